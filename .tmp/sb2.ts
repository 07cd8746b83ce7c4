import { makeSyntheticModels } from '../src/mock/make-synthetic-models';
import { parseModelsList } from '../src/core/parse';
import { fold } from '../src/core/search-index';
const models = parseModelsList({ data: makeSyntheticModels(50000, 2026) })!.data;
const n = models.length;
const names = models.map(m => fold(m.name));
const hay = models.map((m, i) => names[i] + '\u0000' + fold(m.id));
const first = new Uint16Array(n); names.forEach((s, i) => first[i] = s.charCodeAt(0));
const masks = new Int32Array(2*n);
const bit = (c: number) => c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 41 + c % 23;
hay.forEach((h, i) => { let lo = 0, hi = 0; for (let c = 0; c < h.length; c++) { const b = bit(h.charCodeAt(c)); if (b < 32) lo |= 1 << b; else hi |= 1 << (b - 32); } masks[2*i] = lo; masks[2*i+1] = hi; });
// bigram hash mask: 32 bits
const bi = new Int32Array(n);
hay.forEach((h, i) => { let m = 0; for (let c = 1; c < h.length; c++) m |= 1 << (((h.charCodeAt(c-1) * 31) + h.charCodeAt(c)) & 31); bi[i] = m; });
function searchA(q: string) {
  let wantLo = 0, wantHi = 0; for (let c = 0; c < q.length; c++) { const b = bit(q.charCodeAt(c)); if (b < 32) wantLo |= 1 << b; else wantHi |= 1 << (b - 32); }
  let wantBi = 0; for (let c = 1; c < q.length; c++) wantBi |= 1 << (((q.charCodeAt(c-1) * 31) + q.charCodeAt(c)) & 31);
  const f = q.charCodeAt(0);
  const prefix: number[] = [], rest: number[] = [];
  const scan = q.length > 1;
  for (let i = 0; i < n; i++) {
    if ((masks[2*i] & wantLo) !== wantLo || (masks[2*i+1] & wantHi) !== wantHi || (bi[i] & wantBi) !== wantBi) continue;
    if (scan && hay[i].indexOf(q) < 0) continue;
    (first[i] === f && (q.length === 1 || names[i].startsWith(q)) ? prefix : rest).push(i);
  }
  return prefix.length === 0 ? rest : rest.length === 0 ? prefix : prefix.concat(rest);
}
function all() { const a: number[] = []; for (let i = 0; i < n; i++) a.push(i); return a; }
function all2() { return Array.from({ length: n }, (_, i) => i); }
for (let r = 0; r < 8; r++) {
  const out: string[] = [];
  for (const q of ['c', 'cl', 'cla']) { const t = performance.now(); const res = searchA(q); out.push(`${q}:${res.length}:${(performance.now() - t).toFixed(2)}`); }
  let t = performance.now(); all(); out.push('all ' + (performance.now() - t).toFixed(2));
  t = performance.now(); all2(); out.push('all2 ' + (performance.now() - t).toFixed(2));
  if (r > 5) console.log(out.join('  '));
}
{
  const q = 'cl';
  let passChar = 0, passPair = 0, found = 0;
  const wantPair = 1 << (((q.charCodeAt(0) * 31) + q.charCodeAt(1)) & 31);
  const bit64 = (h: string) => { let lo = 0, hi = 0; for (let c = 1; c < h.length; c++) { const x = ((h.charCodeAt(c-1) * 31) + h.charCodeAt(c)) & 63; if (x < 32) lo |= 1 << x; else hi |= 1 << (x - 32); } return [lo, hi]; };
  const qx = ((q.charCodeAt(0) * 31) + q.charCodeAt(1)) & 63;
  let pass64 = 0; let avgLen = 0;
  for (let i = 0; i < n; i++) {
    avgLen += hay[i].length;
    if (!hay[i].includes('c') || !hay[i].includes('l')) continue;
    passChar++;
    if (bi[i] & wantPair) passPair++;
    const [lo, hi] = bit64(hay[i]); if (qx < 32 ? lo & (1 << qx) : hi & (1 << (qx - 32))) pass64++;
    if (hay[i].includes(q)) found++;
  }
  console.log({ passChar, passPair, pass64, found, avgLen: avgLen / n });
}
