// The Next.js example test: install the packed kit into a copy of examples/next-app (App
// Router), `next build` it (Turbopack, Next's default) against a local stand-in of the API (the
// kit's MSW mock behind a Node HTTP server on 127.0.0.1), `next start` it, and drive it in
// Chromium. Prints ok/FAIL lines and "next-example: N passed, N failed".
//
//   node scripts/next-example-test.mjs [path/to/react-openrouter-models-x.y.z.tgz]
//
// Without a tarball it packs the kit (building first unless SKIP_BUILD is set, as `npm pack`'s
// prepack does). NEXT_BUNDLER=webpack builds with `next build --webpack` instead.
import { exec, execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const started = Date.now();
const root = resolve(fileURLToPath(import.meta.url), '../..');
const example = join(root, 'examples/next-app');
const env = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
};
const run = (cmd, cwd, extra = {}) =>
  execSync(cmd, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...env, ...extra } });
// The stand-in API runs in this process: a build that asks it must not block the event loop.
const runAsync = async (cmd, cwd, extra = {}) =>
  (await promisify(exec)(cmd, { cwd, encoding: 'utf8', maxBuffer: 1 << 24, env: { ...env, ...extra } }))
    .stdout;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

let passed = 0;
let failed = 0;
function report(name, error, out) {
  if (error) {
    failed++;
    console.log(
      `FAIL ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`,
    );
  } else {
    passed++;
    console.log(`ok   ${name}${out ? `: ${String(out).trim().split('\n').pop()}` : ''}`);
  }
}
async function step(name, fn) {
  try {
    report(name, undefined, await fn());
    return true;
  } catch (error) {
    report(name, error);
    return false;
  }
}
function check(condition, message) {
  if (!condition) throw new Error(message);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'orm-next-'));
const app = join(work, 'app');
let tarball = process.argv[2] && resolve(process.argv[2]);
let mock;
let next;
let browser;

async function main() {
  if (
    !(await step('pack the kit', () => {
      if (tarball) {
        check(existsSync(tarball), `no tarball at ${tarball}`);
        return `given ${tarball}`;
      }
      const name = run(`npm pack --pack-destination ${work}`, root).trim().split('\n').pop();
      tarball = join(work, name);
      return name;
    }))
  )
    return;

  if (
    !(await step(
      'install the tarball into a copy of examples/next-app (versions pinned in its package.json)',
      () => {
        cpSync(example, app, { recursive: true, filter: (src) => !/[/\\](node_modules|\.next)$/.test(src) });
        const pkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
        pkg.dependencies['react-openrouter-models'] = `file:${tarball}`;
        writeFileSync(join(app, 'package.json'), JSON.stringify(pkg, null, 2));
        const t = Date.now();
        run('npm install --prefer-offline --no-audit --no-fund', app);
        const versions = ['next', 'react', '@tanstack/react-query'].map(
          (n) =>
            `${n} ${JSON.parse(readFileSync(join(app, 'node_modules', n, 'package.json'), 'utf8')).version}`,
        );
        return `${versions.join(', ')} (${seconds(Date.now() - t)})`;
      },
    ))
  )
    return;

  if (
    !(await step("start the stand-in API (the kit's mock, 127.0.0.1)", async () => {
      const { startMockApi } = await import(pathToFileURL(join(app, 'mock-api.mjs')).href);
      mock = await startMockApi();
      return mock.baseUrl;
    }))
  )
    return;
  const appEnv = { NEXT_PUBLIC_OPENROUTER_BASE_URL: mock.baseUrl };
  const apiRequests = async () =>
    (await fetch(`${mock.baseUrl.replace(/\/api\/v1$/, '')}/__requests`)).json();
  const forgetRequests = () =>
    fetch(`${mock.baseUrl.replace(/\/api\/v1$/, '')}/__requests`, { method: 'DELETE' });

  const webpack = process.env.NEXT_BUNDLER === 'webpack';
  if (
    !(await step(
      `next build (${webpack ? 'webpack' : 'Turbopack'}; type-checks the app with exactOptionalPropertyTypes)`,
      async () => {
        const t = Date.now();
        const out = await runAsync(`npx next build${webpack ? ' --webpack' : ''}`, app, appEnv);
        check(
          !/\b(warn|error)\b/i.test(out.replace(/Collecting|Generating/g, '')),
          `the build printed a warning or an error:\n${out}`,
        );
        const routes = out
          .split('\n')
          .filter((l) => /^[┌├└]/.test(l))
          .map((l) => l.replace(/\s+/g, ' ').trim());
        return `${routes.join('; ')} (${seconds(Date.now() - t)})`;
      },
    ))
  )
    return;

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let serverLog = '';
  if (
    !(await step('next start', async () => {
      next = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
        cwd: app,
        env: { ...env, ...appEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      next.stdout.on('data', (d) => (serverLog += d));
      next.stderr.on('data', (d) => (serverLog += d));
      for (let i = 0; i < 100; i++) {
        try {
          if ((await fetch(origin)).ok) return origin;
        } catch {
          // not up yet
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`next start did not answer on ${origin}:\n${serverLog}`);
    }))
  )
    return;

  await step("the prefetched page's weight (the whole list is in the HTML)", async () => {
    const html = Buffer.from(await (await fetch(origin)).arrayBuffer());
    const models = (await (await fetch(`${mock.baseUrl}/models`)).json()).data.length;
    const vision = Buffer.from(await (await fetch(`${origin}/vision`)).arrayBuffer());
    return `/ ${Math.round(html.length / 1024)} KB (${Math.round(gzipSync(html).length / 1024)} KB gzipped) for ${models} models; /vision ${Math.round(vision.length / 1024)} KB (${Math.round(gzipSync(vision).length / 1024)} KB gzipped)`;
  });

  const { chromium } = await import('playwright');
  const executablePath = findChromium();
  if (
    !(await step('launch Chromium', async () => {
      check(executablePath, 'no Chromium found: set CHROMIUM_PATH or run `node scripts/ensure-browser.mjs`');
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      return executablePath;
    }))
  )
    return;

  /** Opens `path` in a fresh page; records the console, page errors and requests to the API. */
  async function visit(path) {
    const page = await browser.newPage();
    const messages = [];
    const browserRequests = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().startsWith(mock.baseUrl))
        messages.push(`${r.status()} for ${r.url()}`);
    });
    page.on('request', (r) => {
      if (r.url().startsWith(mock.baseUrl))
        browserRequests.push(`${r.method()} ${r.url().slice(mock.baseUrl.length)}`);
    });
    await forgetRequests();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    // Hydration is done and effects have run; give a late refetch the time to show up.
    await page.waitForTimeout(500);
    return { page, messages, browserRequests };
  }
  const quiet = (messages) => check(messages.length === 0, `the console said:\n${messages.join('\n')}`);

  await step(
    '/ (prerendered, prefetched): hydrates with no console warning and makes no API request on mount',
    async () => {
      const { page, messages, browserRequests } = await visit('/');
      await page.locator('[data-slot="model-picker-trigger"]').waitFor();
      quiet(messages);
      check(browserRequests.length === 0, `the browser asked the API: ${browserRequests.join(', ')}`);
      await page.close();
      return 'no hydration warning, 0 requests';
    },
  );

  await step('/: the picker picks by keyboard (Enter opens, type, Enter picks)', async () => {
    const { page, messages } = await visit('/');
    await page.focus('[data-slot="model-picker-trigger"]');
    await page.keyboard.press('Enter');
    const input = page.locator('[data-slot="model-picker-input"]');
    await input.waitFor();
    check(
      await input.evaluate((el) => el === document.activeElement),
      'the search box has no focus after Enter on the trigger',
    );
    await page.keyboard.type('z-ai/glm-5.2');
    await page.locator('[role="option"]', { hasText: 'GLM 5.2' }).first().waitFor();
    await page.keyboard.press('Enter');
    const chosen = page.getByTestId('chosen');
    await chosen.filter({ hasText: 'Chosen:' }).waitFor({ timeout: 5000 });
    const text = await chosen.textContent();
    check(text === 'Chosen: z-ai/glm-5.2', `chose "${text}"`);
    check(
      (await page.locator('[data-slot="model-picker-trigger"]').textContent()).includes('GLM 5.2'),
      'the trigger does not show the choice',
    );
    quiet(messages);
    await page.close();
    return text;
  });

  for (const path of ['/model/z-ai/glm-5.2:free', '/model/z-ai/glm-5.2%3Afree']) {
    await step(
      `${path}: a variant id from the route's params shows its model, no request from the browser`,
      async () => {
        const { page, messages, browserRequests } = await visit(path);
        const body = await page.locator('main').textContent();
        check(body.includes('GLM 5.2 (free)'), `the page shows: ${body.slice(0, 200)}`);
        check(body.includes('z-ai/glm-5.2:free'), 'the page does not show the id z-ai/glm-5.2:free');
        check(browserRequests.length === 0, `the browser asked the API: ${browserRequests.join(', ')}`);
        quiet(messages);
        await page.close();
        return 'Z.ai: GLM 5.2 (free), z-ai/glm-5.2:free';
      },
    );
  }

  await step(
    '/model/nobody/no-such-model: "Not found", after exactly one API request (the server\'s; the failed query is dehydrated)',
    async () => {
      const { page, messages, browserRequests } = await visit('/model/nobody/no-such-model');
      const alert = page.getByTestId('model-error');
      await alert.waitFor();
      const text = await alert.textContent();
      check(/not found/i.test(text), `the page says: ${text}`);
      const asked = (await apiRequests()).filter((r) => r.path.includes('/model/nobody/'));
      check(browserRequests.length === 0, `the browser asked the API: ${browserRequests.join(', ')}`);
      check(
        asked.length === 1 && asked[0].origin === null,
        `the API was asked ${asked.length} times: ${JSON.stringify(asked)}`,
      );
      check(
        asked[0].title,
        "the server's request carried no X-OpenRouter-Title (the server's client has attribution)",
      );
      quiet(messages.filter((m) => !/404/.test(m) || !m.startsWith('error: Failed to load resource')));
      await page.close();
      return text.replace(/\s+/g, ' ');
    },
  );

  await step(
    "/vision (a filtered list, prefetched): the server's matches, no request from the browser",
    async () => {
      const { page, messages, browserRequests } = await visit('/vision');
      const expected = (
        await (await fetch(`${mock.baseUrl}/models?input_modalities=image&sort=newest`)).json()
      ).data.length;
      const count = await page.getByTestId('vision-count').textContent();
      const items = await page.locator('[data-testid="vision-list"] li').count();
      check(
        count === `${expected} models` && items === expected,
        `shows "${count}" and ${items} items; the API has ${expected}`,
      );
      check(browserRequests.length === 0, `the browser asked the API: ${browserRequests.join(', ')}`);
      quiet(messages);
      await page.close();
      return `${expected} models`;
    },
  );

  // The catalogue's URL state (the default: no router code) in a real browser and a real router:
  // one page, driven by trusted clicks and keys, reloaded, and walked back and forth.
  const catalogueStarted = Date.now();
  const total = async (query) =>
    (await (await fetch(`${mock.baseUrl}/models?${query}&limit=1`)).json()).total_count;
  const totals = {
    image: await total('input_modalities=image'),
    fileImage: await total('input_modalities=file,image'),
    fileImageGpt: await total('input_modalities=file,image&q=gpt'),
  };
  /** The catalogue after the File click and "gpt" typed: what later steps come back to. */
  const fileImageGpt = {
    search: '?input_modalities=file,image&q=gpt',
    models: totals.fileImageGpt,
    image: true,
    file: true,
    q: 'gpt',
  };
  /** Waits for the catalogue to show `of <total> models`, then checks its filters and search and the URL. */
  async function catalogueShows(page, { search, models, image, file, q }) {
    const count = page.locator('[data-slot="model-catalogue-count-text"]');
    await count
      .filter({ hasText: new RegExp(`^Showing \\d+ of ${models} models$`) })
      .waitFor({ timeout: 10_000 });
    await page.locator('[data-slot="model-catalogue"] [aria-busy="true"]').waitFor({ state: 'detached' });
    const url = new URL(page.url());
    check(url.search === search, `the URL's query is "${url.search}", not "${search}"`);
    const input = page.getByRole('group', { name: 'Input' });
    check(
      (await input.getByRole('checkbox', { name: 'Image' }).isChecked()) === image,
      `Image is ${image ? 'not ' : ''}checked`,
    );
    check(
      (await input.getByRole('checkbox', { name: 'File' }).isChecked()) === file,
      `File is ${file ? 'not ' : ''}checked`,
    );
    const value = await page.getByRole('searchbox', { name: 'Search models' }).inputValue();
    check(value === q, `the search box holds "${value}", not "${q}"`);
    const cards = await page.locator('[data-slot="model-catalogue"] article h3').allTextContents();
    check(cards.length === Math.min(24, models), `${cards.length} cards for ${models} models`);
    return { text: await count.textContent(), cards };
  }
  let catalogue;

  await step(
    "/catalogue?input_modalities=image (a link): the URL's filter shown, no hydration warning, the browser asks for the filtered list only",
    async () => {
      catalogue = await visit('/catalogue?input_modalities=image');
      const { text } = await catalogueShows(catalogue.page, {
        search: '?input_modalities=image',
        models: totals.image,
        image: true,
        file: false,
        q: '',
      });
      // The server rendered the URL's filters (serverSearch), so hydration asks for nothing unfiltered.
      const lists = catalogue.browserRequests.filter((r) => r.includes('limit='));
      check(
        lists.length > 0 && lists.every((r) => r.includes('input_modalities=image')),
        `the browser asked: ${catalogue.browserRequests.join(', ')}`,
      );
      quiet(catalogue.messages);
      return `${text}; the browser asked ${catalogue.browserRequests.join(', ')}`;
    },
  );

  await step(
    '/catalogue: a click on a filter pushes it into the URL, typed keys replace the search in place',
    async () => {
      check(catalogue, 'no catalogue page (the step before failed)');
      const { page } = catalogue;
      const entries = await page.evaluate(() => window.history.length);
      await page.getByRole('group', { name: 'Input' }).getByRole('checkbox', { name: 'File' }).click();
      await catalogueShows(page, {
        search: '?input_modalities=file,image',
        models: totals.fileImage,
        image: true,
        file: true,
        q: '',
      });
      await page.getByRole('searchbox', { name: 'Search models' }).click();
      await page.keyboard.type('gpt');
      await catalogueShows(page, fileImageGpt);
      const added = (await page.evaluate(() => window.history.length)) - entries;
      check(added === 1, `${added} history entries added (one for the filter, none for typing)`);
      quiet(catalogue.messages);
      return `${new URL(page.url()).search}, 1 history entry added`;
    },
  );

  await step('/catalogue: a real reload keeps the filters, the search and the models', async () => {
    check(catalogue, 'no catalogue page (the step before failed)');
    const { page } = catalogue;
    const before = await catalogueShows(page, fileImageGpt);
    // A mark in the page's window: a real reload (a new document) does not keep it.
    await page.evaluate(() => (window.beforeReload = true));
    await page.reload({ waitUntil: 'networkidle' });
    check(!(await page.evaluate(() => window.beforeReload)), 'the page was not reloaded');
    const after = await catalogueShows(page, fileImageGpt);
    check(
      after.cards.join('|') === before.cards.join('|'),
      `other models after the reload: ${after.cards.slice(0, 3).join(', ')}…`,
    );
    quiet(catalogue.messages);
    return after.text;
  });

  await step(
    "/catalogue: Back and Forward restore the filters; Next's router follows the catalogue's URL (router.refresh() keeps it)",
    async () => {
      check(catalogue, 'no catalogue page (the step before failed)');
      const { page } = catalogue;
      await page.goBack();
      await catalogueShows(page, {
        search: '?input_modalities=image',
        models: totals.image,
        image: true,
        file: false,
        q: '',
      });
      await page.goForward();
      await catalogueShows(page, fileImageGpt);
      // Without the router knowing the URL, its next update would write the old one back.
      await page.getByRole('group', { name: 'Input' }).getByRole('checkbox', { name: 'File' }).click();
      const shown = {
        search: '?input_modalities=image&q=gpt',
        models: await total('input_modalities=image&q=gpt'),
        image: true,
        file: false,
        q: 'gpt',
      };
      await catalogueShows(page, shown);
      await page.evaluate(() => window.next.router.refresh());
      await page.waitForLoadState('networkidle');
      await catalogueShows(page, shown);
      quiet(catalogue.messages);
      return `back: ?input_modalities=image, forward: ?input_modalities=file,image&q=gpt`;
    },
  );

  await step(
    "/catalogue: a model's details open into the URL (details=), close back to the entry they opened from, and Back then leaves it",
    async () => {
      check(catalogue, 'no catalogue page (the step before failed)');
      const { page } = catalogue;
      const search = () => page.evaluate(() => window.location.search);
      const before = await search();
      const button = page.locator('[data-slot="model-catalogue-details-button"]').first();
      const name = (await button.getAttribute('aria-label')).replace(/^Details of /, '');
      await button.click();
      const dialog = page.getByRole('dialog', { name });
      await dialog.waitFor();
      const opened = await search();
      check(/[?&]details=[^&]+/.test(opened), `the URL after opening: ${opened}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction((s) => window.location.search === s, before);
      // Back leaves the page as it was before the dialog: to the entry before the File click.
      await page.goBack();
      await catalogueShows(page, fileImageGpt);
      check((await page.getByRole('dialog').count()) === 0, 'a dialog is open after Back');
      quiet(catalogue.messages);
      await page.close();
      return `opened ${opened}, closed ${before}, Back: ?input_modalities=file,image&q=gpt; the catalogue's checks took ${seconds(Date.now() - catalogueStarted)}`;
    },
  );

  await step(
    "the browser's requests are simple (no attribution header, no CORS preflight), and next start logged no error",
    async () => {
      // The picker's server search above sent GETs from the browser: each must be a simple request.
      const { page } = await visit('/');
      await page.focus('[data-slot="model-picker-trigger"]');
      await page.keyboard.press('Enter');
      await page.keyboard.type('claude');
      await page.waitForResponse(
        (r) => r.url().startsWith(`${mock.baseUrl}/models?`) && r.url().includes('q=claude'),
        { timeout: 5000 },
      );
      const log = await apiRequests();
      await page.close();
      const options = log.filter((r) => r.method === 'OPTIONS');
      check(options.length === 0, `preflights: ${options.map((r) => r.path).join(', ')}`);
      check(
        log.every((r) => r.title === null),
        'the browser sent an attribution header',
      );
      check(
        !/window is not defined|document is not defined|Error:/i.test(serverLog),
        `next start logged:\n${serverLog}`,
      );
      return `${log.length} GET from the browser (the picker's server search), 0 OPTIONS`;
    },
  );
}

try {
  await main();
} catch (error) {
  report('unexpected', error);
} finally {
  await browser?.close().catch(() => {});
  if (next?.pid) {
    try {
      process.kill(-next.pid, 'SIGTERM'); // the process group npx started
    } catch {
      // already gone
    }
  }
  await mock?.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`next-example: ${passed} passed, ${failed} failed (${seconds(Date.now() - started)})`);
process.exit(failed ? 1 : 0);
