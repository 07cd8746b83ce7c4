// Counts the public names of each entry point with the TypeScript compiler: values (functions,
// classes, constants, components) and types apart. `node scripts/count-exports.mjs [--names]`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const entries = {
  '.': 'src/index.ts',
  './core': 'src/core/index.ts',
  './model': 'src/model/index.ts',
  './mock': 'src/mock/index.ts',
};
const files = Object.values(entries).map((f) => resolve(root, f));
const { config } = ts.readConfigFile(resolve(root, 'tsconfig.json'), ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
const program = ts.createProgram(files, { ...options, noEmit: true });
const checker = program.getTypeChecker();

const names = process.argv.includes('--names');
for (const [entry, file] of Object.entries(entries)) {
  const module = checker.getSymbolAtLocation(program.getSourceFile(resolve(root, file)));
  const values = [];
  const types = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
  }
  const total = values.length + types.length;
  const counts = `${String(total).padStart(3)} names: ${values.length} values, ${types.length} types`;
  console.log(`${entry.padEnd(8)} ${counts}`);
  if (names) console.log(`  values: ${values.sort().join(', ')}\n  types: ${types.sort().join(', ')}`);
}
