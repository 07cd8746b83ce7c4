// npm run bench — one run, one line per figure, ours beside the official SDK's:
//  1. size: the core bundled for the browser (all of it, and createOpenRouterClient alone)
//     against @openrouter/sdk's four model functions + OpenRouterCore, bundled the same way;
//  2. parse time of the 2026 fixture: JSON.parse alone, JSON.parse + parseModelsList,
//     JSON.parse + the SDK's zod schema, interleaved in one loop so machine noise hits all three;
//  3. the size budgets of scripts/check-size.mjs.
// Options (environment): BENCH_ROUNDS (default 500), BENCH_SECONDS (time cap of the parse loop, default 20).

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { ROOT, bundleSize, checkSizes, externalPackages, formatSizeRow, kb } from './check-size.mjs';

const CORE_TARGET = 4 * 1024; // issue 2: the core at most 4 KB gzip
const PARSE_TARGET = 1.5; // × JSON.parse
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 500;
const WARMUP = 30;
const MAX_SECONDS = Number(process.env.BENCH_SECONDS) || 20;
const SDK_FUNCS = ['modelsList', 'modelsGet', 'modelsCount', 'modelsListForUser'];
const FIXTURE = 'models-2026-06-16.json';

const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const ms = (v) => `${v.toFixed(2)} ms`;
const x = (v) => `${v.toFixed(2)}×`;

function header() {
  const sdk = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@openrouter/sdk/package.json'), 'utf8'));
  const cpus = os.cpus();
  console.log(
    `bench ${new Date().toISOString()} · node ${process.version} · ${os.platform()} ${os.arch()} · ${os.availableParallelism()} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}) · esbuild ${esbuild.version} · @openrouter/sdk ${sdk.version}`,
  );
}

async function sizes() {
  const external = externalPackages();
  const core = await bundleSize({ entry: 'src/core/index.ts', external });
  const client = await bundleSize({
    source: "export { createOpenRouterClient } from './src/core/index.ts';",
    external,
  });
  const sdkSource = [
    ...SDK_FUNCS.map((f) => `export { ${f} } from '@openrouter/sdk/funcs/${f}';`),
    "export { OpenRouterCore } from '@openrouter/sdk/core';",
  ].join('\n');
  const sdk = await bundleSize({ source: sdkSource, external });
  const line = (label, s) =>
    `${label.padEnd(60)} ${kb(s.gzip).padStart(9)} gzip  (${kb(s.minified)} minified)`;
  console.log(
    '\nsize — esbuild bundle, ESM, platform browser, minified, tree-shaken; gzip level 9; 1 KB = 1024 B',
  );
  console.log(
    `${line('size  ours: core, everything src/core/index.ts exports', core)}  target ≤ ${kb(CORE_TARGET)}  ${verdict(core.gzip <= CORE_TARGET)}`,
  );
  console.log(
    `${line('size  ours: createOpenRouterClient alone', client)}  target ≤ ${kb(CORE_TARGET)}  ${verdict(client.gzip <= CORE_TARGET)}`,
  );
  console.log(line('size  SDK: modelsList/Get/Count/ListForUser + OpenRouterCore', sdk));
  console.log(
    `size  SDK / ours: ${x(sdk.gzip / core.gzip)} (whole core), ${x(sdk.gzip / client.gzip)} (client alone)`,
  );
}

/** The fixture: the repository's copy when there is one, else ../shared's. */
function fixturePath() {
  const candidates = [
    path.join(ROOT, 'fixtures', FIXTURE),
    path.join(ROOT, '..', 'shared', 'fixtures', FIXTURE),
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`fixture not found: ${candidates.join(' or ')}`);
  return found;
}

/** The core's parser bundled to a temporary ES module and imported (no TypeScript runtime needed). */
async function importCore() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rom-bench-'));
  try {
    const outfile = path.join(dir, 'core.mjs');
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ['src/core/parse.ts'],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile,
      logLevel: 'silent',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

async function parseTimes() {
  const file = fixturePath();
  const text = readFileSync(file, 'utf8');
  const { parseModelsList } = await importCore();
  const { ModelsListResponse$inboundSchema: sdkSchema } =
    await import('@openrouter/sdk/models/modelslistresponse.js');

  const ours = parseModelsList(JSON.parse(text));
  const count = JSON.parse(text).data.length;
  console.log(
    `\nparse — ${path.relative(process.cwd(), file)} (${kb(Buffer.byteLength(text))}, ${count} models)`,
  );
  console.log(`parse ours keeps ${ours.data.length}/${count} models, drops ${ours.dropped.length}`);

  // The SDK's schema requires `links` and `total_count`, which the 2026 body does not carry yet.
  // When it refuses the body as recorded, time it on the same body with those two fields added.
  let sdkText = text;
  const raw = sdkSchema.safeParse(JSON.parse(text));
  if (raw.success) {
    console.log(`parse SDK accepts the fixture as recorded: ${raw.data.data.length}/${count} models`);
  } else {
    const issues = raw.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    console.log(
      `parse SDK REJECTS the fixture as recorded (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${issues.slice(0, 4).join('; ')}${issues.length > 4 ? '; …' : ''}`,
    );
    const patched = JSON.parse(text);
    patched.links ??= { next: null };
    patched.total_count ??= patched.data.length;
    sdkText = JSON.stringify(patched);
    const retry = sdkSchema.safeParse(JSON.parse(sdkText));
    if (!retry.success) {
      console.log('parse SDK still rejects it with links and total_count added: no SDK timing');
      sdkText = undefined;
    } else {
      console.log(
        `parse SDK timed on the same body plus "links":{"next":null},"total_count":${count}: it keeps ${retry.data.data.length}/${count} models`,
      );
    }
  }

  const cases = [
    { label: 'JSON.parse alone', run: () => JSON.parse(text).data.length },
    {
      label: 'JSON.parse + parseModelsList (ours)',
      run: () => parseModelsList(JSON.parse(text)).data.length,
    },
  ];
  if (sdkText !== undefined)
    cases.push({
      label: 'JSON.parse + SDK ModelsListResponse$inboundSchema.parse',
      run: () => sdkSchema.parse(JSON.parse(sdkText)).data.length,
    });

  let sink = 0;
  for (let i = 0; i < WARMUP; i++) for (const c of cases) sink += c.run();
  const samples = cases.map(() => []);
  const deadline = performance.now() + MAX_SECONDS * 1000;
  let rounds = 0;
  // Interleaved: every round runs each case once, the starting case rotating (ABC, BCA, CAB, …),
  // so noise, GC and frequency changes fall on all of them alike.
  for (; rounds < ROUNDS && (rounds < 50 || performance.now() < deadline); rounds++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (rounds + k) % cases.length;
      const t0 = performance.now();
      sink += cases[i].run();
      samples[i].push(performance.now() - t0);
    }
  }
  if (sink === 0) console.log('(nothing parsed?)');

  const stats = samples.map(summary);
  const base = stats[0].median;
  console.log(`parse ${WARMUP} warm-up rounds, then ${rounds} interleaved rounds; per parse, median and p95`);
  cases.forEach((c, i) => {
    const s = stats[i];
    let tail = '';
    if (i === 1) {
      const ratio = s.median / base;
      tail = `  ${x(ratio)} JSON.parse (+${ms(s.median - base)})  target ≤ ${x(PARSE_TARGET)}  ${verdict(ratio <= PARSE_TARGET)}`;
    } else if (i === 2) {
      tail = `  ${x(s.median / base)} JSON.parse  (${x(s.median / stats[1].median)} ours)`;
    }
    console.log(
      `parse ${c.label.padEnd(58)} median ${ms(s.median).padStart(9)}  p95 ${ms(s.p95).padStart(9)}${tail}`,
    );
  });
}

async function budgets() {
  console.log(
    `\nsize budgets (scripts/check-size.mjs; peers and runtime deps external: ${externalPackages().join(', ')})`,
  );
  for (const row of await checkSizes()) console.log(formatSizeRow(row));
}

header();
await sizes();
await parseTimes();
await budgets();
