// The consumer test: pack the kit, install the tarball into scratch projects outside the
// repository, and use it as an app would. Prints "N passed, N failed".
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const version = (name) => lock.packages[`node_modules/${name}`].version;
const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' };
const run = (cmd, cwd) => execSync(cmd, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env });

let passed = 0;
let failed = 0;
function step(name, fn) {
  try {
    const out = fn();
    passed++;
    console.log(`ok   ${name}${out ? `: ${String(out).trim().split('\n').pop()}` : ''}`);
  } catch (error) {
    failed++;
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    console.log(`FAIL ${name}\n${output || error.message}`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'orm-consumer-'));
let tarball;
step('build and pack', () => {
  if (!process.env.SKIP_BUILD) run('npm run build', root);
  const name = run(`npm pack --pack-destination ${work}`, root).trim().split('\n').pop();
  tarball = join(work, name);
  return name;
});

const app = join(work, 'app');
step('install the tarball with react, react-dom and @tanstack/react-query', () => {
  cpSync(join(root, 'test/consumer'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'consumer-app',
      private: true,
      type: 'module',
      dependencies: {
        'react-openrouter-models': `file:${tarball}`,
        react: version('react'),
        'react-dom': version('react-dom'),
        '@tanstack/react-query': version('@tanstack/react-query'),
      },
      devDependencies: {
        typescript: version('typescript'),
        '@types/react': version('@types/react'),
        '@types/react-dom': version('@types/react-dom'),
      },
    }),
  );
  return run('npm install --prefer-offline --no-audit --no-fund', app);
});

for (const moduleResolution of ['bundler', 'nodenext']) {
  // The strictest common setting beside: exactOptionalPropertyTypes (an app that turns it on
  // must still compile the README's examples).
  const exact = moduleResolution === 'bundler';
  const title = `moduleResolution ${moduleResolution}${exact ? ', exactOptionalPropertyTypes' : ''}`;
  step(`type-check the app (${title})`, () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
          moduleResolution,
          types: [],
          // As TypeScript 6+ does by default: the styles import needs the package's own declaration.
          noUncheckedSideEffectImports: true,
          exactOptionalPropertyTypes: exact,
        },
        files: ['app.tsx'],
      }),
    );
    return run('npx tsc -p tsconfig.json', app) || 'no errors';
  });
}

step('render the picker with react-dom/server in plain Node', () => run('node ssr.mjs', app));

// Which built modules need 'use client', read from the built code itself (so moving or renaming
// a file cannot change the answer): one that renders JSX (react/jsx-runtime), makes a context,
// forwards a ref or memoizes a component, or calls a hook (an imported use* from React, TanStack,
// Radix or the kit's own modules) defines a component, a context or a hook. A barrel only
// re-exports what it imports: it is plain, as are the core, the model helpers and the query options.
const CLIENT_REACT = new Set(['createContext', 'forwardRef', 'memo']);
function definesClientCode(code) {
  const body = code
    .replace(/^import[^;]*;?$/gm, '')
    .replace(/^export\s*\{[^}]*\};?$/gm, '')
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .replace(/^(['"])use client\1;?/, '');
  const names = [];
  for (const [, list, from] of code.matchAll(/^import\s*\{([^}]*)\}\s*from\s*"([^"]+)";?$/gm)) {
    for (const spec of list.split(',')) {
      const [imported, local = imported] = spec.trim().split(/\s+as\s+/);
      if (!imported) continue;
      const client =
        from === 'react/jsx-runtime' ||
        (from === 'react' && CLIENT_REACT.has(imported)) ||
        /^use[A-Z]/.test(imported) ||
        from.startsWith('@radix-ui/');
      if (client) names.push(local);
    }
  }
  // `import * as Select from "@radix-ui/react-select"`, `import React from "react"`: the whole module.
  for (const [, local, from] of code.matchAll(/^import\s+(?:\*\s+as\s+)?(\w+)\s+from\s*"([^"]+)";?$/gm)) {
    if (/^(react|react\/jsx-runtime|@radix-ui\/.*)$/.test(from)) names.push(local);
  }
  return names.some((name) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(body));
}

step("'use client' heads exactly the built modules that define a hook, a component or a context", () => {
  const dist = join(app, 'node_modules/react-openrouter-models/dist');
  const files = readdirSync(dist, { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.replaceAll('\\', '/'));
  const wrong = [];
  let client = 0;
  for (const file of files) {
    const code = readFileSync(join(dist, file), 'utf8');
    const needs = definesClientCode(code);
    const has = /^(['"])use client\1/.test(code);
    if (needs) client++;
    if (needs !== has) wrong.push(`${file} ${has ? 'has' : 'lacks'} 'use client'`);
  }
  // Anchors, so that a detector that finds nothing (or everything) cannot pass.
  const anchors = { 'hooks/use-models.js': true, 'hooks/openrouter-provider.js': true, 'index.js': false };
  for (const [file, needs] of Object.entries(anchors)) {
    if (!files.includes(file)) wrong.push(`${file} is missing`);
    else if (definesClientCode(readFileSync(join(dist, file), 'utf8')) !== needs)
      wrong.push(`${file} misread`);
  }
  if (wrong.length) throw new Error(wrong.join('\n'));
  return `${client} client modules, ${files.length - client} plain ones`;
});

step(
  "styles.css keeps its colours through a build lowering light-dark() (Vite 8's default CSS target)",
  () => {
    const css = join(app, 'node_modules/react-openrouter-models/dist/styles.css');
    return run(`node ${join(root, 'scripts/check-lowered-css.mjs')} ${css}`, root);
  },
);

const bare = join(work, 'core-only');
step('import react-openrouter-models/core in plain Node with no React installed', () => {
  cpSync(join(root, 'test/consumer/core-only.mjs'), join(bare, 'core-only.mjs'));
  const dependencies = { 'react-openrouter-models': `file:${tarball}` };
  const pkg = { name: 'core-only', private: true, type: 'module', dependencies };
  writeFileSync(join(bare, 'package.json'), JSON.stringify(pkg));
  run('npm install --prefer-offline --no-audit --no-fund --legacy-peer-deps --omit=optional', bare);
  return run('node core-only.mjs', bare);
});

rmSync(work, { recursive: true, force: true });
console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
