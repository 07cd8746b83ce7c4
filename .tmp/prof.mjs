import fs from 'node:fs';
const p = JSON.parse(fs.readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n);
let t = p.startTime; const samples = [];
for (let i = 0; i < p.samples.length; i++) { t += p.timeDeltas[i]; samples.push([t, byId.get(p.samples[i]), p.timeDeltas[i+1] ?? 0]); }
const bursts = []; let cur = null;
const GAP = +(process.argv[4] || 8) * 1000;
for (const [ts, n, dt] of samples) {
  if (n.callFrame.functionName === '(idle)') continue;
  if (!cur || ts - cur.end > GAP) { cur = { start: ts, end: ts, total: 0, fns: new Map(), incl: new Map() }; bursts.push(cur); }
  cur.end = ts; cur.total += dt;
  const k = (n.callFrame.functionName || '(anon)') + ':' + n.callFrame.lineNumber;
  cur.fns.set(k, (cur.fns.get(k) ?? 0) + dt);
  const seen = new Set();
  for (let x = n; x; x = parent.get(x.id)) { const kk = (x.callFrame.functionName || '(anon)') + ':' + x.callFrame.lineNumber; if (seen.has(kk)) continue; seen.add(kk); cur.incl.set(kk, (cur.incl.get(kk) ?? 0) + dt); }
}
for (const b of bursts.slice(0, +process.argv[3] || 6)) {
  console.log(`burst at ${((b.start - p.startTime)/1000).toFixed(1)} ms, span ${((b.end-b.start)/1000).toFixed(1)} ms, busy ${(b.total/1000).toFixed(1)} ms`);
  console.log('  self:', [...b.fns].sort((a, c) => c[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${(v/1000).toFixed(1)}`).join(' | '));
  console.log('  incl:', [...b.incl].sort((a, c) => c[1] - a[1]).slice(0, 25).map(([k, v]) => `${k} ${(v/1000).toFixed(1)}`).join(' | '));
}
