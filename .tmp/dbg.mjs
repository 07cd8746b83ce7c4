import { chromium } from 'playwright';
import http from 'node:http'; import fs from 'node:fs'; import path from 'node:path';
const dir='/tmp/benchout';
const server = http.createServer((req,res)=>{const f=path.join(dir,new URL(req.url,'http://x').pathname); if(!fs.existsSync(f)||fs.statSync(f).isDirectory()){res.writeHead(404).end();return;} res.writeHead(200,{'content-type': f.endsWith('.js')?'text/javascript':f.endsWith('.css')?'text/css':'text/html'}); fs.createReadStream(f).pipe(res);}).listen(0);
await new Promise(r=>server.on('listening',r));
const browser = await chromium.launch({executablePath:'/usr/bin/chromium',args:['--no-sandbox','--disable-gpu','--js-flags=--expose-gc','--enable-precise-memory-info']});
const page = await browser.newPage();
page.on('console', m => console.log('console:', m.text()));
page.on('pageerror', e => console.log('err', e.message));
await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
await page.waitForFunction(() => window.__bench?.ready === true);
await page.evaluate(() => window.__bench.prepare(50000));
await page.evaluate(() => window.__bench.mount('picker'));
await page.click('[data-slot=model-picker-trigger], button');
await page.waitForTimeout(500);
await page.focus('[role=combobox]');
await page.evaluate(() => { addEventListener('keydown', () => { globalThis.__key = performance.now(); globalThis.__perf = []; requestAnimationFrame(() => setTimeout(() => globalThis.__perf.push('frame@' + (performance.now() - globalThis.__key).toFixed(1)))); }, true); });
for (let r = 0; r < 6; r++) for (const ch of ['c', 'l', 'Backspace', 'Backspace']) { if (ch.length > 1) await page.keyboard.press(ch); else await page.keyboard.type(ch); await page.waitForTimeout(200); console.log(ch, await page.evaluate(() => globalThis.__perf.splice(0).join(' '))); }
await browser.close(); server.close();
