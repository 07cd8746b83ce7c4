// Writes dist/styles.css: src/styles/index.css with its @import lines inlined, in order.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
function inline(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_, rel) => inline(resolve(dirname(file), rel), seen));
}
const css = inline(resolve(root, 'src/styles/index.css'));
mkdirSync(resolve(root, 'dist'), { recursive: true });
writeFileSync(resolve(root, 'dist/styles.css'), css);
// Types for `import 'react-openrouter-models/styles.css'`: TypeScript checks side-effect
// imports (`noUncheckedSideEffectImports`, the default from TypeScript 6), and an app without
// a bundler's `*.css` declaration would otherwise fail to compile.
writeFileSync(resolve(root, 'dist/styles.css.d.ts'), 'export {};\n');
console.log(`dist/styles.css ${(css.length / 1024).toFixed(1)} KB`);
