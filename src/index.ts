export * from './core';
export * from './model';
export * from './query';
export * from './hooks';
export * from './components';
