// Writes dist/styles.css: src/styles/index.css with its @import lines inlined, in order.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
function inline(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_, rel) =>
    inline(resolve(dirname(file), rel), seen),
  );
}
const css = shipTokens(inline(resolve(root, 'src/styles/index.css')));
mkdirSync(resolve(root, 'dist'), { recursive: true });
writeFileSync(resolve(root, 'dist/styles.css'), css);
// Types for `import 'react-openrouter-models/styles.css'`: TypeScript checks side-effect
// imports (`noUncheckedSideEffectImports`, the default from TypeScript 6), and an app without
// a bundler's `*.css` declaration would otherwise fail to compile.
writeFileSync(resolve(root, 'dist/styles.css.d.ts'), 'export {};\n');
console.log(`dist/styles.css ${(css.length / 1024).toFixed(1)} KB`);

/**
 * Makes the stylesheet survive a build that lowers `light-dark()` for older browsers (Vite 8's
 * default CSS target does, with Lightning CSS): lowered inside a custom property on `:root`,
 * where the kit sets no `color-scheme`, a token resolves to both colours at once and the kit
 * loses every colour. So in the shipped file:
 * - the `:root` tokens sit inside `@supports (color: light-dark(#000, #fff))`, which such a
 *   build leaves as written (and which a browser without `light-dark()` skips);
 * - every `var(--orm-x)` carries its default as a fallback, which such a build lowers where it
 *   is used, inside the kit's elements, where the scheme is known.
 * An app's own tokens (on `:root` or any ancestor) still win over both.
 */
function shipTokens(text) {
  const block = /^:root \{\n([\s\S]*?)^\}\n/m.exec(text);
  if (!block) throw new Error('build-css: no :root token block in src/styles/tokens.css');
  const tokens = new Map();
  for (const m of block[1].matchAll(/^\s*(--orm-[a-z0-9-]+):\s*([^;]+);/gm)) tokens.set(m[1], m[2].trim());
  if (tokens.size < 10) throw new Error(`build-css: only ${tokens.size} tokens read`);
  const guarded = `@supports (color: light-dark(#000, #fff)) {\n:root {\n${block[1]}}\n}\n`;
  const withFallbacks = (css) =>
    css.replace(/var\((--orm-[a-z0-9-]+)\)/g, (whole, name) =>
      tokens.has(name) ? `var(${name}, ${tokens.get(name)})` : whole,
    );
  return (
    withFallbacks(text.slice(0, block.index)) +
    guarded +
    withFallbacks(text.slice(block.index + block[0].length))
  );
}
