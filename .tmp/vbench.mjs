import { Virtualizer } from '@tanstack/virtual-core';
const ids = Array.from({length: 50000}, (_, i) => `author${i%300}/model-${i}`);
let idx = ids.map((_, i) => i);
for (const keyKind of ['string', 'index']) {
  const v = new Virtualizer({ count: 50000, getScrollElement: () => null, estimateSize: (i) => i < 3 ? 28 : 60, getItemKey: keyKind === 'string' ? (i) => ids[idx[i]] : (i) => i, scrollToFn() {}, observeElementRect() {}, observeElementOffset() {} });
  v._willUpdate?.();
  for (let r = 0; r < 5; r++) {
    for (const n of [22000, 50000, 12000]) {
      idx = ids.map((_, i) => i).slice(0, n);
      v.setOptions({ ...v.options, count: n, getItemKey: keyKind === 'string' ? (i) => ids[idx[i]] : (i) => i });
      const t = performance.now();
      v.getMeasurements();
      if (r === 4) console.log(keyKind, n, (performance.now() - t).toFixed(2), 'ms');
    }
  }
}
