import fs from 'node:fs';
const events = JSON.parse(fs.readFileSync(process.argv[2])).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const mine = events.filter((e) => e.ph === 'X' && e.dur && e.pid === main.pid && e.tid === main.tid);
const keys = mine.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').map((e) => e.ts);
for (const k of (process.argv[3] ?? '0,1').split(',').map(Number)) {
  const start = keys[k], end = keys[k + 1];
  const win = mine.filter((e) => e.ts >= start && e.ts < end);
  const by = new Map();
  for (const e of win) { const n = e.name + (e.name === 'EventDispatch' ? ':' + e.args.data.type : e.name === 'FunctionCall' ? ':' + (e.args?.data?.functionName || '') : ''); by.set(n, (by.get(n) ?? 0) + e.dur / 1000); }
  console.log(`key ${k}: span to last event ${((Math.max(...win.map(e => e.ts + e.dur)) - start)/1000).toFixed(1)} ms`);
  console.log('  ' + [...by].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([n, v]) => `${n} ${v.toFixed(1)}`).join('\n  '));
  // timeline of top-level tasks
  const tops = win.filter(e => e.name === 'RunTask').sort((a,b)=>a.ts-b.ts).map(e => `${((e.ts-start)/1000).toFixed(1)}+${(e.dur/1000).toFixed(1)}`);
  console.log('  tasks:', tops.join(' '));
}
