// The consumer test: pack the kit, install the tarball into scratch projects outside the
// repository, and use it as an app would. Prints "N passed, N failed".
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const version = (name) => lock.packages[`node_modules/${name}`].version;
const run = (cmd, cwd) => execSync(cmd, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

let passed = 0;
let failed = 0;
function step(name, fn) {
  try {
    const out = fn();
    passed++;
    console.log(`ok   ${name}${out ? `: ${String(out).trim().split('\n').pop()}` : ''}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`);
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
      devDependencies: { typescript: version('typescript'), '@types/react': version('@types/react'), '@types/react-dom': version('@types/react-dom') },
    }),
  );
  return run('npm install --prefer-offline --no-audit --no-fund', app);
});

for (const moduleResolution of ['bundler', 'nodenext']) {
  // The strictest common setting beside: exactOptionalPropertyTypes (an app that turns it on
  // must still compile the README's examples).
  const exact = moduleResolution === 'bundler';
  step(`type-check the app (moduleResolution ${moduleResolution}${exact ? ', exactOptionalPropertyTypes' : ''})`, () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', lib: ['ES2022', 'DOM'], jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: false,
          module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext', moduleResolution, types: [],
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

step("'use client' heads hook, component and context modules, not the core or plain helpers", () => {
  const dist = join(app, 'node_modules/react-openrouter-models/dist');
  const head = (f) => readFileSync(join(dist, f), 'utf8').slice(0, 20);
  const client = [
    'hooks/use-models.js',
    'components/model-picker/model-picker.js',
    'hooks/openrouter-provider.js',
    'components/filter-panel/use-filter-panel.js',
    'components/model-picker/model-picker-context.js',
    'hooks/use-catalog-facets.js',
  ];
  // A server component calls these (e.g. countActiveFilters on searchParams): no client boundary.
  const plain = [
    'core/client.js',
    'query/models-query-options.js',
    'index.js',
    'model/index.js',
    'model/update-filters.js',
    'model/describe-error.js',
    'model/filter-choices.js',
    'model/catalog-facets.js',
    'model/model-sort-labels.js',
  ];
  for (const f of client) if (!head(f).includes('use client')) throw new Error(`${f} lacks 'use client'`);
  for (const f of plain) if (head(f).includes('use client')) throw new Error(`${f} has 'use client'`);
  return `${client.length} client modules, ${plain.length} plain ones checked`;
});

step('styles.css keeps its colours through a build that lowers light-dark() (Vite 8\'s default CSS target)', () => {
  const css = join(app, 'node_modules/react-openrouter-models/dist/styles.css');
  return run(`node ${join(root, 'scripts/check-lowered-css.mjs')} ${css}`, root);
});

const bare = join(work, 'core-only');
step('import react-openrouter-models/core in plain Node with no React installed', () => {
  cpSync(join(root, 'test/consumer/core-only.mjs'), join(bare, 'core-only.mjs'));
  writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'core-only', private: true, type: 'module', dependencies: { 'react-openrouter-models': `file:${tarball}` } }));
  run('npm install --prefer-offline --no-audit --no-fund --legacy-peer-deps --omit=optional', bare);
  return run('node core-only.mjs', bare);
});

rmSync(work, { recursive: true, force: true });
console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
