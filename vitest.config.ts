import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const storybookDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/**
 * A fresh browser config per project (a shared object makes Vitest see two projects with
 * the same name). The Chromium that `scripts/ensure-browser.mjs` found or installed
 * (`CHROMIUM_PATH`, Debian's chromium, or Playwright's own).
 */
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'] },
        },
      },
      {
        // Every story is a test in real Chromium: it renders, its play function passes, and
        // axe (addon-a11y, `a11y.test: 'error'` in preview.tsx) finds no violation.
        extends: true,
        plugins: [storybookTest({ configDir: storybookDir })],
        test: {
          name: 'storybook',
          browser: chromium(),
          // A story's test is its render, its play function and the axe scan of the page;
          // error stories wait out the kit's retries (about 4 s) first.
          // The decorators, loaders (the MSW worker), parameters and addon-a11y of
          // .storybook/preview.tsx apply on their own (addon-vitest ≥ 10.3 provisions them).
          testTimeout: 60_000,
        },
      },
    ],
  },
});
