import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The README documents the API: every public name of every entry point, value or type, is
// named in it. The names are read with the TypeScript compiler, as `scripts/count-exports.mjs`
// counts them.
const root = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const named = (name: string) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(readme);

const entries = {
  'react-openrouter-models': 'src/index.ts',
  'react-openrouter-models/core': 'src/core/index.ts',
  'react-openrouter-models/model': 'src/model/index.ts',
  'react-openrouter-models/mock': 'src/mock/index.ts',
};
const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
const files = Object.values(entries).map((file) => path.join(root, file));
const program = ts.createProgram(files, { ...options, noEmit: true });
const checker = program.getTypeChecker();

function publicNames(file: string): { values: string[]; types: string[] } {
  const module = checker.getSymbolAtLocation(program.getSourceFile(path.join(root, file))!)!;
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
  }
  return { values, types };
}

describe('README', () => {
  for (const [entry, file] of Object.entries(entries)) {
    it(`names every export of ${entry}, values and types`, () => {
      const { values, types } = publicNames(file);
      expect(values.length).toBeGreaterThan(0);
      expect({ values: values.filter((n) => !named(n)), types: types.filter((n) => !named(n)) }).toEqual({
        values: [],
        types: [],
      });
    });
  }

  it('./core and ./model are the same names in the main entry', () => {
    const main = publicNames(entries['react-openrouter-models']);
    const all = new Set([...main.values, ...main.types]);
    for (const entry of ['react-openrouter-models/core', 'react-openrouter-models/model'] as const) {
      const { values, types } = publicNames(entries[entry]);
      expect([...values, ...types].filter((name) => !all.has(name))).toEqual([]);
    }
  });

  it('links the changelog', () => {
    expect(readme).toContain('(CHANGELOG.md)');
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
