// Size budgets: each entry point bundled for the browser (esbuild: ESM, platform browser,
// minified, tree-shaken), gzip level 9, with the packages an app installs beside the kit
// (peerDependencies and dependencies: react, react-dom, @tanstack/react-query, @radix-ui/*,
// @tanstack/react-virtual) left external, as the app's own bundler shares them.
//
//   node scripts/check-size.mjs      one line per entry; exit code 1 when a budget is exceeded
//
// `npm run bench` prints the same lines through `checkSizes()` below.

import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const KB = 1024;

/** Budgets, in bytes of gzip. Change them here. */
// Budgets hold today's size with a little room, so a change that grows a layer is seen.
// Their history is in the README (Benchmarks).
export const BUDGETS = {
  core: { entry: 'src/core/index.ts', gzip: 6.75 * KB },
  model: { entry: 'src/model/index.ts', gzip: 7.75 * KB },
  hooks: { entry: 'src/hooks/index.ts', gzip: 9.5 * KB },
  // What an app pays for one component (tree-shaken from the main entry).
  picker: {
    entry: 'ModelPicker alone',
    source: "export { ModelPicker } from './src/index.ts';",
    gzip: 28.75 * KB,
  },
  catalogue: {
    entry: 'ModelCatalogue alone',
    source: "export { ModelCatalogue } from './src/index.ts';",
    gzip: 34 * KB,
  },
  kit: { entry: 'src/index.ts', gzip: 44 * KB },
};

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The packages an app installs beside the kit: its peers and runtime dependencies (subpaths included). */
export function externalPackages() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return [...Object.keys(pkg.peerDependencies ?? {}), ...Object.keys(pkg.dependencies ?? {})];
}

/**
 * Bundles one entry (a file, or `source` as the text of a stdin module resolved from the
 * repository root) the way an app's bundler would for the browser, and measures it.
 * Returns { minified, gzip, css, inputs } in bytes; `inputs` lists each input file's share
 * of the minified output, largest first.
 */
export async function bundleSize({ entry, source, external = [] }) {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    ...(source === undefined
      ? { entryPoints: [entry] }
      : { stdin: { contents: source, resolveDir: ROOT, sourcefile: 'size-entry.ts', loader: 'ts' } }),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    treeShaking: true,
    jsx: 'automatic',
    external,
    write: false,
    // Nothing is written; an outdir only lets a CSS import become its own output.
    outdir: path.join(os.tmpdir(), 'react-openrouter-models-size'),
    metafile: true,
    logLevel: 'silent',
  });
  let minified = 0;
  let gzip = 0;
  let css = 0;
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.js')) {
      minified += file.contents.length;
      gzip += gzipSync(file.contents, { level: 9 }).length;
    } else if (file.path.endsWith('.css')) {
      css += gzipSync(file.contents, { level: 9 }).length;
    }
  }
  const inputs = Object.values(result.metafile.outputs)
    .flatMap((o) => Object.entries(o.inputs))
    .map(([file, { bytesInOutput }]) => [file, bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  return { minified, gzip, css, inputs };
}

/** `7.33 KB` (1 KB = 1024 bytes). */
export function kb(bytes) {
  return `${(bytes / KB).toFixed(2)} KB`;
}

const budgetText = (bytes) => `${Number((bytes / KB).toFixed(2))} KB`;

/** Measures every entry in BUDGETS. An entry whose file does not exist yet comes back with `missing: true`. */
export async function checkSizes(budgets = BUDGETS) {
  const external = externalPackages();
  const rows = [];
  for (const [name, { entry, source, gzip: budget }] of Object.entries(budgets)) {
    if (source === undefined && !existsSync(path.join(ROOT, entry))) {
      rows.push({ name, entry, budget, missing: true, ok: true });
      continue;
    }
    const size = await bundleSize({ entry, source, external });
    rows.push({ name, entry, budget, ...size, ok: size.gzip <= budget });
  }
  return rows;
}

/** `size core 3.20 KB gzip / budget 4 KB  ok`, plus the largest inputs when over. */
export function formatSizeRow(row) {
  if (row.missing)
    return `size ${row.name} — ${row.entry} does not exist yet, skipped (budget ${budgetText(row.budget)})`;
  const verdict = row.ok ? 'ok' : `OVER by ${kb(row.gzip - row.budget)}`;
  const css = row.css ? ` (+ ${kb(row.css)} gzip of CSS, not counted)` : '';
  const lines = [
    `size ${row.name} ${kb(row.gzip)} gzip / budget ${budgetText(row.budget)}  ${verdict}${css}`,
  ];
  if (!row.ok) {
    const top = row.inputs
      .slice(0, 5)
      .map(([file, bytes]) => `${file} ${kb(bytes)}`)
      .join(', ');
    lines.push(`  largest inputs (minified, before gzip): ${top}`);
  }
  return lines.join('\n');
}

async function main() {
  const rows = await checkSizes();
  console.log(
    `size budgets: esbuild ESM, browser, minified, gzip -9; external: ${externalPackages().join(', ')}`,
  );
  for (const row of rows) console.log(formatSizeRow(row));
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 2;
  });
}
