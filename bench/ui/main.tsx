// The page that `npm run bench:ui` (scripts/bench-ui.mjs) drives in headless Chromium.
// It renders either our ModelPicker (`models` prop, inside a QueryClientProvider), or
// a plain picker that renders every row and filters with String.includes on each
// keystroke, over the same synthetic catalogue, and times them from inside the page; or
// (kind 'dropin') <ModelPicker /> with no models, inside OpenRouterProvider with a real
// client over the fake network (fake-network.ts, fake-server.worker.ts), measured with
// Chromium's Event Timing and Long Animation Frames (see startObserving / stopObserving).
//
// How the figures are taken (all with performance.now()):
// - open: t0 in a capturing `click` listener on window; t1 in the second requestAnimationFrame
//   after a listbox with at least one option is in the DOM (seen by a MutationObserver or a
//   React commit), i.e. after the frame that shows the list has been painted.
// - keystroke: t0 in a capturing `keydown` listener on window. Every React commit (heard
//   through a stand-in DevTools hook, see index.html) and every DOM change of the page
//   (MutationObserver) schedules rAF → setTimeout 0; t1 is the time of that setTimeout after
//   the last commit/change caused by the key, i.e. once the frame that shows its results has
//   been painted. "Last" = nothing else happened for QUIET_MS and React has no work pending
//   (the root's pendingLanes is 0, so a deferred render still to come is waited for); the
//   quiet wait is not counted. So the figure includes all React work the key causes (every
//   render, commit and effect), style, layout, paint, and the wait for the frame.
// - first frame: whether the frame that painted the key's last change is the first frame after
//   the key (the same rAF timestamp as a rAF requested in the keydown listener), i.e. no render
//   was left for a later frame (a deferred value, an effect's second render, a timer).
// - rows: document.querySelectorAll('[role=option]').length with the full list open.
// - heap: performance.memory.usedJSHeapSize after gc() (Chromium with --expose-gc and
//   --enable-precise-memory-info), with the list open; it includes the catalogue itself.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { modelCapabilities } from '../../src/model/capabilities';
import { parseModelsList } from '../../src/core/parse';
import { formatPrice, perMillion } from '../../src/model/pricing';
import type { Model } from '../../src/core/types';
import { formatTokenCount } from '../../src/model/format-token-count';
import { ModelPicker } from '../../src/components/model-picker/model-picker';
import { ModelCatalogue } from '../../src/components/model-catalogue/model-catalogue';
import { makeSyntheticModels } from '../../src/mock/make-synthetic-models';
import { createOpenRouterClient, type OpenRouterClient } from '../../src/core/client';
import { OpenRouterProvider } from '../../src/hooks/openrouter-provider';
import { createFakeNetwork, type NetworkLog } from './fake-network';
import '../../src/styles/index.css';

interface Instrument {
  orig: {
    setTimeout: (fn: () => void, ms?: number) => number;
    clearTimeout: (id: number) => void;
    requestAnimationFrame: (fn: FrameRequestCallback) => number;
  };
  timers: Map<number, { kind: string; delay: number; seq: number }>;
  listeners: { target: EventTarget; type: string; capture: boolean; seq: number }[];
  seq(): { timer: number; listener: number };
  onCommit(l: () => void): void;
  pendingLanes(): number;
}

declare global {
  interface Window {
    __benchInstrument: Instrument;
    __bench: typeof bench;
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const SEED = 2026;
const QUIET_MS = 60;
const instr = window.__benchInstrument;
const later = (ms: number) => new Promise<void>((r) => instr.orig.setTimeout(r, ms));
const frame = () => new Promise<number>((r) => instr.orig.requestAnimationFrame(r));
const now = () => performance.now();

// ---------------------------------------------------------------- the catalogue

let models: Model[] = [];

/** The catalogue "already loaded": n synthetic models, parsed once. */
function prepare(n: number) {
  models = [];
  const t = now();
  const parsed = parseModelsList({ data: makeSyntheticModels(n, SEED) });
  if (!parsed || parsed.data.length !== n)
    throw new Error(`expected ${n} models, got ${parsed?.data.length}`);
  models = parsed.data;
  return { ms: now() - t, count: models.length };
}

// ---------------------------------------------------------------- the plain picker

function priceSummary(model: Model): string {
  const input = perMillion(model.pricing.prompt);
  const output = perMillion(model.pricing.completion);
  if (input.kind === 'free' && output.kind === 'free') return 'Free';
  if (input.kind === 'variable' || output.kind === 'variable') return 'Variable price';
  return `${formatPrice(input)} in · ${formatPrice(output)} out`;
}

/** One row, as a typical picker renders it: same markup and CSS as ours, no memo. */
function PlainRow({ model, onSelect }: { model: Model; onSelect(id: string): void }) {
  const caps = modelCapabilities(model);
  const badges: string[] = [];
  if (caps.vision) badges.push('Vision');
  if (caps.tools) badges.push('Tools');
  if (caps.reasoning) badges.push('Reasoning');
  return (
    // As in the kit's picker: the combobox's input keeps focus and has the keys.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
    <div
      role="option"
      aria-selected={false}
      data-slot="model-picker-item"
      style={{ height: 60, boxSizing: 'border-box' }}
      onClick={() => onSelect(model.id)}
    >
      <div data-slot="model-picker-item-main">
        <span data-slot="model-picker-item-name" title={model.name}>
          {model.name}
        </span>
        <span data-slot="model-picker-item-id" title={model.id}>
          {model.id}
        </span>
      </div>
      <div data-slot="model-picker-item-meta">
        <span data-slot="model-picker-item-price">{priceSummary(model)}</span>
        {model.contextLength ? (
          <span data-slot="model-picker-item-context">{formatTokenCount(model.contextLength)} ctx</span>
        ) : null}
        {badges.map((b) => (
          <span key={b} data-slot="model-picker-item-badge">
            {b}
          </span>
        ))}
      </div>
    </div>
  );
}

/** The naive pattern: an input, and every matching row rendered; String.includes per keystroke. */
function PlainPicker({ models }: { models: readonly Model[] }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [value, setValue] = useState<string>();
  const q = query.trim().toLowerCase();
  const shown = q
    ? models.filter((m) => m.name.toLowerCase().includes(q) || m.id.toLowerCase().includes(q))
    : models;
  return (
    <div data-orm="" style={{ position: 'relative' }}>
      <button type="button" data-slot="model-picker-trigger" onClick={() => setOpen((o) => !o)}>
        {value ?? 'Choose a model'}
      </button>
      {open && (
        <div
          data-orm=""
          data-slot="model-picker-content"
          style={{ position: 'absolute', top: '100%', left: 0, marginTop: 6 }}
        >
          <div data-slot="model-picker-toolbar">
            <div data-slot="model-picker-search">
              <input
                // A typical picker focuses its search box as it opens.
                // eslint-disable-next-line jsx-a11y/no-autofocus
                autoFocus
                role="combobox"
                aria-expanded
                aria-controls="plain-listbox"
                aria-label="Search models"
                data-slot="model-picker-input"
                placeholder="Search models…"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
              />
            </div>
          </div>
          <div
            id="plain-listbox"
            role="listbox"
            aria-label="Models"
            data-slot="model-picker-list"
            style={{ maxHeight: 360, overflowY: 'auto' }}
          >
            {shown.map((m) => (
              <PlainRow
                key={m.id}
                model={m}
                onSelect={(id) => {
                  setValue(id);
                  setOpen(false);
                }}
              />
            ))}
          </div>
          <div data-slot="model-picker-status">{shown.length.toLocaleString('en-US')} models</div>
        </div>
      )}
    </div>
  );
}

// ---------------------------------------------------------------- mounting

// 'bare': an uncontrolled input and nothing else (no React update on typing), for the floor
// of the keystroke figure: the wait for the next frame and its paint.
// 'dropin': <ModelPicker /> as apps use it, with no models prop: OpenRouterProvider with a real
// createOpenRouterClient whose fetch is the fake network (list from the client, server search).
// 'catalogue': <ModelCatalogue urlState={false} /> in the same provider over the same network.
type Kind = 'picker' | 'plain' | 'bare' | 'dropin' | 'catalogue';
let root: Root | null = null;
let queryClient: QueryClient | null = null;

// ---------------------------------------------------------------- the drop-in path's network

/** The fake network's latency: each answer comes this long after its request. */
const LATENCY_MS = 150;
let network: ReturnType<typeof createFakeNetwork> | null = null;
let orClient: OpenRouterClient | null = null;
const net = () => (network ??= createFakeNetwork(LATENCY_MS, (fn, ms) => instr.orig.setTimeout(fn, ms)));

/** The fake server's catalogue: n synthetic models, the same as prepare(n) makes (same seed). */
async function prepareServer(n: number) {
  const msg = await net().prepare(n, SEED);
  orClient = createOpenRouterClient({ fetch: net().fetch });
  return msg.type === 'ready' ? msg.ms : NaN;
}

/** Resolves once the drop-in picker's list is there and no request is in flight (polled every 50 ms). */
async function settled(timeoutMs = 120_000) {
  const t = now();
  for (;;) {
    const list = document.querySelector('[role=listbox]');
    if (
      list?.getAttribute('data-state') === 'ready' &&
      list.querySelector('[role=option]') &&
      net().inFlight() === 0
    )
      return now() - t;
    if (now() - t > timeoutMs) throw new Error('the drop-in list did not load');
    await later(50);
  }
}

/** The requests sent since the last call: how many, how many with q, models and bytes received. */
function takeRequests() {
  const log: NetworkLog[] = net().takeLog();
  const searches = log.filter((r) => new URL(r.url).searchParams.has('q'));
  return {
    requests: log.length,
    searches: searches.length,
    searchUrls: searches.map((r) => new URL(r.url).search),
    /** Every request: its query and the models its answer held (for BENCH_UI_TRACE). */
    urls: log.map((r) => `${new URL(r.url).search || '(none)'} → ${r.count}`),
    models: log.reduce((s, r) => s + r.count, 0),
    bytes: log.reduce((s, r) => s + r.bytes, 0),
    aborted: log.filter((r) => r.aborted).length,
  };
}

function App({ kind }: { kind: Kind }) {
  return (
    <div style={{ padding: 16 }}>
      {kind === 'picker' ? (
        <ModelPicker models={models} storage={null} />
      ) : kind === 'dropin' ? (
        <OpenRouterProvider client={orClient!}>
          <ModelPicker storage={null} />
        </OpenRouterProvider>
      ) : kind === 'catalogue' ? (
        <OpenRouterProvider client={orClient!}>
          <ModelCatalogue urlState={false} />
        </OpenRouterProvider>
      ) : kind === 'plain' ? (
        <PlainPicker models={models} />
      ) : (
        <input role="combobox" aria-expanded={false} aria-controls="bare-listbox" aria-label="Bare input" />
      )}
    </div>
  );
}

/** Mounts one picker (closed); resolves after the frame that shows it is painted. */
async function mount(kind: Kind) {
  unmount();
  const el = document.getElementById('app')!;
  queryClient = new QueryClient();
  const client = queryClient;
  const t = now();
  root = createRoot(el);
  flushSync(() =>
    root!.render(
      <QueryClientProvider client={client}>
        <App kind={kind} />
      </QueryClientProvider>,
    ),
  );
  await frame();
  await frame();
  return now() - t;
}

function unmount() {
  root?.unmount();
  root = null;
  queryClient = null;
}

// ---------------------------------------------------------------- open timing

let openT0 = 0;
let openWaiting: ((ms: number) => void) | null = null;
let openSeen = false;

function checkOpen() {
  if (!openWaiting || openSeen) return;
  if (!document.querySelector('[role=listbox] [role=option]')) return;
  openSeen = true;
  const done = openWaiting;
  instr.orig.requestAnimationFrame(() => instr.orig.requestAnimationFrame(() => done(now() - openT0)));
}

/** Arm before the click; resolves with click → list painted (ms). */
function armOpen(): Promise<number> {
  openSeen = false;
  openT0 = 0;
  return new Promise<number>((resolve) => {
    openWaiting = (ms) => {
      openWaiting = null;
      resolve(ms);
    };
  });
}
let openPromise: Promise<number> | null = null;
function startOpenMeasure() {
  openPromise = armOpen();
}
function openResult() {
  return openPromise!;
}

window.addEventListener(
  'click',
  () => {
    if (openWaiting && !openT0) openT0 = now();
  },
  true,
);

// ---------------------------------------------------------------- keystroke timing

let keyT0 = 0;
let armed = false;
let seq = 0;
let paintedSeq = -1;
let lastActivity = 0;
let lastPaint = 0;
let quietTimer = 0;
let keyDone: number | null = null;
let keyWaiter: ((ms: number) => void) | null = null;
let trace: string[] = [];
// The frame (its rAF timestamp) that painted each activity of the current key; seq 1 is the
// keydown itself, whose rAF runs in the first frame after the key.
const frameOf = new Map<number, number>();
const frames = { first: 0, later: 0 };

/** A commit or a DOM change: t1 moves to the paint after it (rAF → setTimeout 0). */
function activity(source: string) {
  if (!armed) return;
  const s = ++seq;
  lastActivity = now();
  trace.push(
    `${source}@${(lastActivity - keyT0).toFixed(1)}${source === 'commit' ? `(lanes ${instr.pendingLanes()})` : ''}`,
  );
  instr.orig.requestAnimationFrame((frameTime) => {
    frameOf.set(s, frameTime);
    instr.orig.setTimeout(() => {
      if (s !== seq) return;
      paintedSeq = s;
      lastPaint = now();
      checkQuiet();
    }, 0);
  });
}

/** Done once the last change is painted, nothing happened for QUIET_MS and React has no work left. */
function checkQuiet() {
  instr.orig.clearTimeout(quietTimer);
  if (!armed) return;
  const wait = lastActivity + QUIET_MS - now();
  if (paintedSeq === seq && wait <= 0 && instr.pendingLanes() === 0) {
    armed = false;
    keyDone = lastPaint - keyT0;
    // Were the key's last changes painted in the same frame as the first one after the key?
    if (frameOf.get(paintedSeq) === frameOf.get(1)) frames.first++;
    else frames.later++;
    keyWaiter?.(keyDone);
    keyWaiter = null;
    return;
  }
  // One timer per check, not a polling loop: the bench adds as little work as it can.
  quietTimer = instr.orig.setTimeout(checkQuiet, Math.max(wait, 5));
}

// Off while the drop-in path types: there the browser's own Event Timing measures the keys.
let keyTiming = true;
window.addEventListener(
  'keydown',
  () => {
    if (!keyTiming) return;
    keyT0 = now();
    armed = true;
    seq = 0;
    paintedSeq = -1;
    keyDone = null;
    trace = [];
    frameOf.clear();
    activity('key');
  },
  true,
);

/** How many keys since the last call had their results painted in the first frame after the key, and how many later. */
function takeFrames() {
  const out = { ...frames };
  frames.first = frames.later = 0;
  return out;
}

/** Resolves with keydown → results painted (ms) for the last key pressed. */
function keyResult(): Promise<number> {
  if (keyDone !== null) return Promise.resolve(keyDone);
  return new Promise((resolve) => {
    keyWaiter = resolve;
  });
}

instr.onCommit(() => {
  activity('commit');
  checkOpen();
});
new MutationObserver(() => {
  activity('dom');
  checkOpen();
}).observe(document.body, { childList: true, subtree: true, characterData: true });

// ---------------------------------------------------------------- Event Timing and Long Animation Frames

// The drop-in path's measure, the browser's own: Event Timing (what INP reads: from the key's
// hardware timestamp to the paint of the frame after its handlers, rounded to 8 ms) for every
// event of 16 ms or more, and Long Animation Frames (frames over 50 ms; blocking = the part
// over 50 ms). Observed from start() to stop(), i.e. over the typing and the time after it.
let eventObserver: PerformanceObserver | null = null;
let loafObserver: PerformanceObserver | null = null;
// interactionId: Chromium has it; TypeScript's DOM types of this version do not yet.
type EventEntry = PerformanceEventTiming & { interactionId: number };
let events: EventEntry[] = [];
let loafs: PerformanceEntry[] = [];

// Long Animation Frames' fields (TypeScript's DOM types of this version lack them).
interface LoafEntry extends PerformanceEntry {
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: { invoker: string; invokerType: string; duration: number; forcedStyleAndLayoutDuration: number }[];
}

function describeFrame(f: LoafEntry) {
  const end = f.startTime + f.duration;
  const scripts = [...f.scripts]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((x) => `${x.invoker || x.invokerType} ${x.duration.toFixed(0)}`)
    .join(', ');
  const render = f.renderStart > 0 ? end - f.renderStart : 0;
  const layout = f.styleAndLayoutStart > 0 ? end - f.styleAndLayoutStart : 0;
  return `${f.duration.toFixed(0)} ms at ${(f.startTime - observedFrom).toFixed(0)} [scripts: ${scripts || 'none'}; render ${render.toFixed(0)}, style+layout ${layout.toFixed(0)}]`;
}
let observedFrom = 0;

function startObserving() {
  observedFrom = now();
  events = [];
  loafs = [];
  keyTiming = false;
  eventObserver = new PerformanceObserver((list) => events.push(...(list.getEntries() as EventEntry[])));
  eventObserver.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  loafObserver = new PerformanceObserver((list) => loafs.push(...list.getEntries()));
  loafObserver.observe({ type: 'long-animation-frame' });
  return (
    PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') &&
    PerformanceObserver.supportedEntryTypes.includes('event')
  );
}

function stopObserving() {
  events.push(...((eventObserver?.takeRecords() ?? []) as EventEntry[]));
  loafs.push(...(loafObserver?.takeRecords() ?? []));
  eventObserver?.disconnect();
  loafObserver?.disconnect();
  eventObserver = loafObserver = null;
  keyTiming = true;
  const interactions = events.filter((e) => e.interactionId > 0);
  const worst = interactions.reduce<EventEntry | null>(
    (w, e) => (!w || e.duration > w.duration ? e : w),
    null,
  );
  const long = loafs.filter((f) => f.duration > 50);
  const firstId = interactions.reduce((m, e) => Math.min(m, e.interactionId), Infinity);
  const slowEvents = events.length;
  // Let the entries go: an event entry's target is a DOM node, which would keep the unmounted
  // picker (and its list) alive into the next figure's heap.
  events = [];
  loafs = [];
  return {
    // The worst key press, as INP reads it (the longest event of an interaction).
    worstKey: worst?.duration ?? 0,
    worstKeyType: worst?.name ?? '',
    // The first key press alone (on a fresh page: the search's first run over the list) and
    // the worst of the others.
    firstKey: interactions
      .filter((e) => e.interactionId === firstId)
      .reduce((m, e) => Math.max(m, e.duration), 0),
    restKey: interactions
      .filter((e) => e.interactionId !== firstId)
      .reduce((m, e) => Math.max(m, e.duration), 0),
    interactions: new Set(interactions.map((e) => e.interactionId)).size,
    slowEvents,
    longFrames: long.length,
    blocking: long.reduce((s, f) => s + (f.duration - 50), 0),
    // Script time inside those frames: the page's own work (a frame much longer than its
    // scripts and rendering was waiting for a CPU on a busy machine).
    longScript: long.reduce((s, f) => s + (f as LoafEntry).scripts.reduce((t, x) => t + x.duration, 0), 0),
    worstFrame: long.reduce((m, f) => Math.max(m, f.duration), 0),
    // What each long frame ran (for BENCH_UI_TRACE): its scripts by entry point, and the
    // rendering at its end (style, layout, paint).
    frames: long.map((f) => describeFrame(f as LoafEntry)),
  };
}

// ---------------------------------------------------------------- heap and leaks

async function heap() {
  for (let i = 0; i < 3; i++) {
    window.gc?.();
    await later(20);
  }
  return performance.memory?.usedJSHeapSize ?? NaN;
}

let leakMark = { timer: 0, listener: 0 };
function markResources() {
  leakMark = instr.seq();
}
/** Timers and global listeners created since markResources() that are still there. */
function leftovers() {
  const timers = [...instr.timers.values()].filter((t) => t.seq > leakMark.timer);
  const listeners = instr.listeners.filter((l) => l.seq > leakMark.listener);
  const targetName = (t: EventTarget) =>
    t === window ? 'window' : t === document ? 'document' : t === document.body ? 'body' : 'html';
  return {
    timers: timers.map((t) => `${t.kind} ${t.delay} ms`),
    listeners: listeners.map((l) => `${targetName(l.target)} ${l.type}${l.capture ? ' (capture)' : ''}`),
  };
}
/** Unmounts and empties the query cache (the drop-in path's lists, so the next mount fetches again). */
function unmountAndClear() {
  const client = queryClient;
  unmount();
  client?.clear();
}
function clearQueryCache() {
  // Not reachable after unmount otherwise; the runner asks only to see what the cache holds.
  lastClient?.clear();
}
let lastClient: QueryClient | null = null;
function keepClient() {
  lastClient = queryClient;
}
function dropClient() {
  lastClient = null;
}

const bench = {
  prepare,
  /** Lets the catalogue go (the drop-in path has its models from the fake server only). */
  release: () => void (models = []),
  prepareServer,
  settled,
  takeRequests,
  /** Requests sent and not yet answered (the catalogue's runner waits for 0). */
  inFlight: () => net().inFlight(),
  startObserving,
  stopObserving,
  unmountAndClear,
  mount,
  unmount,
  startOpenMeasure,
  openResult,
  keyResult,
  takeFrames,
  heap,
  rows: () => document.querySelectorAll('[role=option]').length,
  markResources,
  leftovers,
  keepClient,
  dropClient,
  clearQueryCache,
  trace: () => trace.join(' '),
  ready: true,
};
window.__bench = bench;
