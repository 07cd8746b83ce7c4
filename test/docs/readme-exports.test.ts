import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as kit from '../../src';
import * as mock from '../../src/mock';

// The README documents the API of every export: each runtime export is named in it.
const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const named = (name: string) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(readme);

describe('README', () => {
  it('names every runtime export of the package', () => {
    expect(Object.keys(kit).filter((name) => !named(name))).toEqual([]);
  });

  it('names every runtime export of react-openrouter-models/mock', () => {
    expect(Object.keys(mock).filter((name) => !named(name))).toEqual([]);
  });
});
