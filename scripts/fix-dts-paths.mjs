// Gives every relative import in dist/**/*.d.ts its full path (`./x` → `./x.js`,
// `./dir` → `./dir/index.js`), as Node's ESM resolution (TypeScript's node16/nodenext)
// requires. Resolved against the .d.ts files, since barrels that only re-export have
// no .js of their own after bundling.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (p.endsWith('.d.ts')) yield p;
  }
}

const SPEC = /(from\s+|import\s*\(\s*)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g;
let changed = 0;
for (const file of walk(dist)) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(SPEC, (all, head, q, spec) => {
    if (/\.(js|json|css)$/.test(spec)) return all;
    const base = resolve(dirname(file), spec);
    if (existsSync(`${base}.d.ts`)) return `${head}${q}${spec}.js${q}`;
    if (existsSync(join(base, 'index.d.ts'))) return `${head}${q}${spec.replace(/\/$/, '')}/index.js${q}`;
    throw new Error(`${file}: cannot resolve ${spec}`);
  });
  if (next !== text) {
    writeFileSync(file, next);
    changed++;
  }
}
console.log(`fixed import paths in ${changed} .d.ts files`);
