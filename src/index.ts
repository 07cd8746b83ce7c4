export * from './core';
export * from './query';
export * from './hooks';
export * from './components';
