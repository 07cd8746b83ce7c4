// Lowers a stylesheet as Vite 8's default production build does (Lightning CSS, targets
// "baseline widely available", which predate light-dark()), renders the kit's element in
// Chromium in light and dark (system, and a .dark ancestor), and fails unless each gets the
// kit's colours. Used by the consumer test on the installed dist/styles.css.
//   node scripts/check-lowered-css.mjs path/to/styles.css
import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const file = process.argv[2];
const targets = { chrome: 111 << 16, edge: 111 << 16, firefox: 114 << 16, safari: (16 << 16) | (4 << 8) };
const lowered = transform({
  filename: 'styles.css',
  code: readFileSync(file),
  minify: true,
  targets,
}).code.toString();
if (!lowered.includes('--lightningcss-light'))
  throw new Error('nothing was lowered: the check no longer tests what it should');

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const want = {
  light: ['rgb(255, 255, 255)', 'rgb(22, 24, 29)'],
  dark: ['rgb(21, 23, 28)', 'rgb(236, 238, 242)'],
};
const seen = [];
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.setContent(
      `<style>${lowered}</style><div data-orm data-slot="model-picker-content" id="system">a</div><div class="dark"><div data-orm data-slot="model-picker-content" id="dark">b</div></div>`,
    );
    const got = await page.evaluate(() =>
      Object.fromEntries(
        ['system', 'dark'].map((id) => {
          const s = getComputedStyle(document.getElementById(id));
          return [id, [s.backgroundColor, s.color]];
        }),
      ),
    );
    await page.close();
    for (const [id, expected] of [
      ['system', want[scheme]],
      ['dark', want.dark],
    ]) {
      if (got[id].join() !== expected.join())
        throw new Error(
          `${scheme} scheme, ${id}: background and text ${got[id].join(' / ')}, expected ${expected.join(' / ')}`,
        );
      seen.push(`${scheme}/${id} ${got[id][0]}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`lowered (${(lowered.length / 1024).toFixed(1)} KB) and rendered: ${seen.join(', ')}`);
