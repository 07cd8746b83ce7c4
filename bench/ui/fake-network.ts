// The fake network of bench:ui's drop-in path: a `fetch` for createOpenRouterClient that sends
// each request to the fake server (fake-server.worker.ts, off the main thread) and answers
// LATENCY_MS after it was sent (later only if the server took longer), as a Response whose body
// the client reads and parses on the main thread, as it would a real one. An aborted request
// rejects at once with an AbortError, like fetch. It counts what was asked and what came back.

import type { FromServer, ToServer } from './fake-server.worker';

export interface NetworkLog {
  url: string;
  /** Models in the answer (0 for an error or an aborted request). */
  count: number;
  bytes: number;
  aborted: boolean;
}

export function createFakeNetwork(latencyMs: number, setTimer: (fn: () => void, ms: number) => unknown) {
  const worker = new Worker(new URL('./fake-server.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (msg: FromServer) => void>();
  let ids = 0;
  let inFlight = 0;
  const log: NetworkLog[] = [];
  worker.onmessage = (e: MessageEvent<FromServer>) => {
    const done = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    done?.(e.data);
  };
  const send = (msg: ToServer) =>
    new Promise<FromServer>((resolve) => {
      waiting.set(msg.id, resolve);
      worker.postMessage(msg);
    });

  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal ?? undefined;
    const entry: NetworkLog = { url, count: 0, bytes: 0, aborted: false };
    log.push(entry);
    const sent = performance.now();
    inFlight++;
    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        inFlight--;
        fn();
      };
      const abort = () =>
        finish(() => {
          entry.aborted = true;
          reject(signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
        });
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      void send({ type: 'request', id: ++ids, url }).then((msg) => {
        if (msg.type !== 'response') return;
        setTimer(
          () =>
            finish(() => {
              signal?.removeEventListener('abort', abort);
              entry.count = msg.count;
              entry.bytes = msg.body.byteLength;
              resolve(
                new Response(msg.body, {
                  status: msg.status,
                  headers: { 'content-type': 'application/json' },
                }),
              );
            }),
          Math.max(0, sent + latencyMs - performance.now()),
        );
      });
    });
  };

  return {
    fetch,
    /** The server's catalogue: n synthetic models (makeSyntheticModels(n, seed)). */
    prepare: (n: number, seed: number) => send({ type: 'prepare', id: ++ids, n, seed }),
    inFlight: () => inFlight,
    /** The requests since the last call. */
    takeLog: () => log.splice(0),
  };
}
