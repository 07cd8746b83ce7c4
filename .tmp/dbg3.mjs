import { chromium } from 'playwright';
import http from 'node:http'; import fs from 'node:fs'; import path from 'node:path';
const dir='/tmp/benchout';
const server = http.createServer((req,res)=>{const f=path.join(dir,new URL(req.url,'http://x').pathname); if(!fs.existsSync(f)||fs.statSync(f).isDirectory()){res.writeHead(404).end();return;} res.writeHead(200,{'content-type': f.endsWith('.js')?'text/javascript':f.endsWith('.css')?'text/css':'text/html'}); fs.createReadStream(f).pipe(res);}).listen(0);
await new Promise(r=>server.on('listening',r));
const browser = await chromium.launch({executablePath:'/usr/bin/chromium',args:['--no-sandbox','--disable-gpu','--js-flags=--expose-gc','--enable-precise-memory-info']});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', e => console.log('err', e.message));
await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
await page.waitForFunction(() => window.__bench?.ready === true);
await page.evaluate(() => window.__bench.prepare(50000));
await page.evaluate(() => window.__bench.mount('picker'));
await page.click('button');
await page.waitForTimeout(500);
await page.focus('[role=combobox]');
await page.evaluate(() => { addEventListener('keydown', () => { globalThis.__key = performance.now(); globalThis.__perf = []; requestAnimationFrame(() => setTimeout(() => globalThis.__perf.push('frame@' + (performance.now() - globalThis.__key).toFixed(1)))); }, true); });
const show = async (ch) => { await page.waitForTimeout(150); console.log(JSON.stringify(ch), await page.evaluate(() => globalThis.__perf.splice(0).join(' '))); };
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
for (let rep = 0; rep < 6; rep++) {
  for (const ch of 'claude sonnet'.slice(0, 3)) { if (rep === 4 && ch === 'c') await cdp.send('Profiler.start');  await page.keyboard.type(ch); await show(ch); if (rep === 4 && ch === 'l') { const { profile } = await cdp.send('Profiler.stop'); fs.writeFileSync('/tmp/c.cpuprofile', JSON.stringify(profile)); } }
  for (const ch of 'ude sonnet') { await page.keyboard.type(ch); await page.waitForTimeout(100); }
  await page.waitForTimeout(400);
  await page.keyboard.press('Control+A'); await page.keyboard.press('Backspace'); await show('clear');
}
await browser.close(); server.close();
