// First step of `npm test`: make sure a Chromium is there for the browser tests, before
// anything slow runs. Finds one (CHROMIUM_PATH, Debian's chromium, Playwright's own); where
// there is none, gets one where this machine can (`apt-get install chromium` as root on
// Debian, else Playwright's installer); else stops at once with one line that says what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const HOW =
  'npm test needs Chromium for its browser tests: install it (Debian/Ubuntu: `apt-get install chromium`; ' +
  'elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

function run(command, args) {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    // apt's progress is noise here; its errors still show.
    stdio: ['ignore', command === 'apt-get' ? 'ignore' : 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 10 * 60_000,
  });
  return result.status === 0;
}

function report(path) {
  console.log(`ensure-browser: Chromium at ${path}`);
  process.exit(0);
}

if (process.env.CHROMIUM_PATH && !findChromium()) {
  console.error(
    `ensure-browser: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file. ${HOW}`,
  );
  process.exit(1);
}

let found = findChromium();
if (found) report(found);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("ensure-browser: no Chromium found; installing Debian's chromium (root, apt-get)…");
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
    found = findChromium();
    if (found) report(found);
  }
} else if (process.env.ENSURE_BROWSER_DOWNLOAD !== '0') {
  console.log("ensure-browser: no Chromium found; trying Playwright's installer…");
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    found = findChromium();
    if (found) report(found);
  }
}

console.error(`ensure-browser: no Chromium found. ${HOW}`);
process.exit(1);
