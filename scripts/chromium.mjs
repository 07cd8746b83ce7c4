// Where the browser tests, the benchmarks and the package check find Chromium, and the
// flags they launch it with. One place, so `npm test`, `npm run bench:ui` and the
// consumer test agree on which browser runs.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags for a headless Chromium in a container (as root it refuses to start sandboxed). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright's own Chromium, when `npx playwright install chromium` has downloaded it. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const path = require('playwright').chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium to launch: `CHROMIUM_PATH` when set, else a system Chromium or Chrome, else
 * Playwright's own download; `undefined` when there is none.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return SYSTEM_PATHS.find(isExecutable) ?? playwrightChromium();
}
