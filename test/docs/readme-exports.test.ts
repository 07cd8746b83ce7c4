import { readdirSync, readFileSync } from 'node:fs';
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

describe('README on error.code (issue 13)', () => {
  // Every code the core makes itself (`code: 'missing_bearer'` …), found in its source.
  const coreDir = path.resolve(__dirname, '../../src/core');
  const source = readdirSync(coreDir)
    .map((file) => readFileSync(path.join(coreDir, file), 'utf8'))
    .join('\n');
  const codes = [...new Set([...source.matchAll(/\bcode: '([a-z_]+)'/g)].map((m) => m[1]))];

  it('documents every code the kit makes itself', () => {
    expect(codes.length).toBeGreaterThanOrEqual(4);
    expect(codes.filter((code) => !readme.includes(`'${code}'`))).toEqual([]);
  });

  it('says what the code does without a code in the body: the HTTP status, not undefined', () => {
    expect(readme).not.toMatch(/`undefined` when there is none/);
    expect(readme).toMatch(/else the HTTP\s+status/);
  });
});
