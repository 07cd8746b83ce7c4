// @vitest-environment node
/**
 * Hostile-input campaign, core layer: property-based tests (fast-check) that attack the
 * client with generated response bodies, the query encoder with generated filters, and the
 * model-id path builder with generated ids.
 *
 * - Responses are served by an injected `fetch` (no MSW: speed), retries off.
 * - `HOSTILE_RUNS` (default 10,000) runs per endpoint; `HOSTILE_SEED` (default fixed) seeds
 *   every property, so a failure replays exactly (fast-check prints the path to shrink it).
 * - Every call races a timeout: a hang fails the property.
 */
import fc from 'fast-check';
import { z } from 'zod';
import {
  createOpenRouterClient,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  OpenRouterError,
  ResponseParseError,
  TimeoutError,
  type OpenRouterClient,
} from '../../src/core';
import type { ModelsListFilters } from '../../src/core';
import { encodeModelsQuery, normalizeModelsFilters } from '../../src/core/encode-query';
import { fixtureJson, MODELS_2025, MODELS_2026 } from '../core/fixtures';
import { failOnUnhandledRejections } from './unhandled-rejections';

failOnUnhandledRejections();

const RUNS = Number(process.env.HOSTILE_RUNS ?? 10_000);
const SEED = Number(process.env.HOSTILE_SEED ?? 20_260_616);
/** A call that has not settled after this long is a hang. */
const HANG_MS = 5_000;
/** Test timeout per property: generous (2 slow cores), the properties take a few seconds. */
const PROPERTY_TIMEOUT = Math.max(120_000, RUNS * 20);

const counts = { bodies: 0, resolved: 0, typedErrors: 0, filters: 0, ids: 0 };

afterAll(() => {
  console.log(
    `hostile: core bodies tried ${counts.bodies} (resolved ${counts.resolved}, typed errors ${counts.typedErrors}), filters encoded or refused ${counts.filters}, model ids tried ${counts.ids}`,
  );
});

// ---------------------------------------------------------------------------------------
// What the kit's types promise: every kept model, field by field (strict: no stray keys).

const str = z.string();
const nonEmpty = z.string().refine((s) => s.trim() !== '', 'empty');
const num = z.number(); // zod 4: finite numbers only (no NaN, no ±Infinity)
const PRICE_FIELDS = [
  'audio',
  'audioOutput',
  'image',
  'imageOutput',
  'imageToken',
  'inputAudioCache',
  'inputCacheRead',
  'inputCacheWrite',
  'inputCacheWrite1h',
  'internalReasoning',
  'request',
  'webSearch',
] as const;
const optionalPrices = Object.fromEntries(PRICE_FIELDS.map((k) => [k, str.optional()]));

const overrideSchema = z.strictObject({
  prompt: str.optional(),
  completion: str.optional(),
  ...optionalPrices,
  minPromptTokens: num.optional(),
  utcStart: num.optional(),
  utcEnd: num.optional(),
  utcDays: z.array(str).optional(),
});

const modelSchema = z.strictObject({
  id: nonEmpty,
  name: nonEmpty,
  canonicalSlug: str,
  created: num,
  description: str.optional(),
  contextLength: num.nullable(),
  architecture: z.strictObject({
    inputModalities: z.array(str),
    outputModalities: z.array(str),
    modality: str.nullable(),
    tokenizer: str.optional(),
    instructType: str.nullable().optional(),
  }),
  pricing: z.strictObject({
    prompt: str,
    completion: str,
    ...optionalPrices,
    discount: num.optional(),
    overrides: z.array(overrideSchema).optional(),
  }),
  topProvider: z.strictObject({
    isModerated: z.boolean(),
    contextLength: num.nullable().optional(),
    maxCompletionTokens: num.nullable().optional(),
  }),
  perRequestLimits: z.strictObject({ promptTokens: num, completionTokens: num }).nullable(),
  supportedParameters: z.array(str),
  defaultParameters: z
    .strictObject({
      temperature: num.nullable().optional(),
      topP: num.nullable().optional(),
      topK: num.nullable().optional(),
      frequencyPenalty: num.nullable().optional(),
      presencePenalty: num.nullable().optional(),
      repetitionPenalty: num.nullable().optional(),
    })
    .nullable(),
  supportedVoices: z.array(str).nullable(),
  links: z.strictObject({ details: str }),
  huggingFaceId: str.nullable().optional(),
  knowledgeCutoff: str.nullable().optional(),
  expirationDate: str.nullable().optional(),
  reasoning: z
    .strictObject({
      mandatory: z.boolean(),
      defaultEffort: str.nullable().optional(),
      defaultEnabled: z.boolean().optional(),
      supportedEfforts: z.array(str.nullable()).nullable().optional(),
      supportsMaxTokens: z.boolean().optional(),
    })
    .optional(),
  benchmarks: z
    .strictObject({
      artificialAnalysis: z
        .strictObject({
          intelligenceIndex: num.nullable(),
          codingIndex: num.nullable(),
          agenticIndex: num.nullable(),
        })
        .optional(),
      designArena: z.array(z.strictObject({ arena: str, category: str, elo: num, rank: num, winRate: num })),
    })
    .optional(),
  aliasTarget: z.strictObject({ slug: str, name: str }).optional(),
});

const listSchema = z.strictObject({
  data: z.array(modelSchema),
  totalCount: num.min(0),
  totalCountKnown: z.boolean(),
  links: z.strictObject({ next: str.nullable() }),
  dropped: z.array(
    z.strictObject({ index: z.number().int().min(0), id: str.min(1).optional(), reason: nonEmpty }),
  ),
});
const countSchema = z.strictObject({ data: z.strictObject({ count: num.min(0) }) });
const getSchema = z.strictObject({ data: modelSchema });

/** Plain data only: no prototype tricks from a `__proto__` key in the JSON. Iterative: the value may be deep. */
function assertPlain(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype)
      throw new Error('a value with an unexpected prototype');
    for (const v of Object.values(value)) stack.push(v);
  }
}

function expectTyped<T>(schema: z.ZodType<T>, value: unknown): void {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new Error(`typed data breaks its promise: ${JSON.stringify(r.error.issues.slice(0, 3))}`);
  assertPlain(value);
}

// ---------------------------------------------------------------------------------------
// Generated responses

const fixtures: Record<string, unknown>[] = [
  ...fixtureJson<{ data: Record<string, unknown>[] }>(MODELS_2026).data.slice(0, 60),
  ...fixtureJson<{ data: Record<string, unknown>[] }>(MODELS_2025).data.slice(0, 20),
];

/** Sets `obj[path]` as an own property (also for `__proto__`), creating plain parents on the way. */
function setPath(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let cur: Record<string, unknown> = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const next = Object.prototype.hasOwnProperty.call(cur, path[i]) ? cur[path[i]] : undefined;
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      const fresh = {};
      Object.defineProperty(cur, path[i], {
        value: fresh,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      cur = fresh;
    } else cur = next as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete cur[last];
  else Object.defineProperty(cur, last, { value, enumerable: true, writable: true, configurable: true });
}

const MODEL_PATHS: readonly (readonly string[])[] = [
  ['id'],
  ['name'],
  ['canonical_slug'],
  ['created'],
  ['description'],
  ['context_length'],
  ['architecture'],
  ['architecture', 'modality'],
  ['architecture', 'input_modalities'],
  ['architecture', 'output_modalities'],
  ['architecture', 'tokenizer'],
  ['architecture', 'instruct_type'],
  ['pricing'],
  ['pricing', 'prompt'],
  ['pricing', 'completion'],
  ['pricing', 'image'],
  ['pricing', 'input_cache_read'],
  ['pricing', 'discount'],
  ['pricing', 'overrides'],
  ['top_provider'],
  ['top_provider', 'is_moderated'],
  ['top_provider', 'context_length'],
  ['top_provider', 'max_completion_tokens'],
  ['per_request_limits'],
  ['per_request_limits', 'prompt_tokens'],
  ['supported_parameters'],
  ['default_parameters'],
  ['default_parameters', 'temperature'],
  ['supported_voices'],
  ['hugging_face_id'],
  ['knowledge_cutoff'],
  ['expiration_date'],
  ['links'],
  ['links', 'details'],
  ['reasoning'],
  ['reasoning', 'supported_efforts'],
  ['reasoning', 'default_effort'],
  ['benchmarks'],
  ['benchmarks', 'design_arena'],
  ['benchmarks', 'artificial_analysis'],
  ['benchmarks', 'artificial_analysis', 'intelligence_index'],
  ['alias_target'],
  ['alias_target', 'slug'],
];

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 }));
const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
);
/** Any JSON value (a wrong type wherever it lands): mostly scalars, sometimes arrays and nested objects. */
const json = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
/** Numbers as the server might send them, and numbers that are not. */
const numberish = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '-1',
    '0',
    '',
    ' ',
    '0x10',
    '1_000',
    '١٢٣',
    '0.0000014',
  ),
);
/** Enum-like values the kit has never seen. */
const unknownEnum = fc.oneof(
  fc.constantFrom('hologram', 'smell', 'text+hologram->text', '->', '+', 'TEXT', ''),
  fc.string({ maxLength: 20 }),
);
const stringList = fc.array(fc.oneof(unknownEnum, json), { maxLength: 6 });
/** Huge strings, 64 Ki – 1 Mi characters (built once and flattened: the cost is the client's, not the generator's). */
const HUGE = [16, 18, 20].map(
  (p) => JSON.parse(JSON.stringify(`Huge <b>${'x'.repeat(2 ** p - 40)} \u202e é 😀 end`)) as string,
);
const hugeString = fc.constantFrom(...HUGE);

/** `arb` in about one run out of `n`, else null. */
const rarely = <T>(n: number, arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
/** A string with markup, controls, bidi and zero-width characters. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u202Eevil',
    'a\u200Bb',
    '\u0000',
    '\uD800',
    '\uDFFF',
    '&amp;&#x3C;',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const mutationValue = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: json },
  { weight: 2, arbitrary: numberish },
  { weight: 2, arbitrary: stringList },
  { weight: 2, arbitrary: unknownEnum },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.dictionary(key, json, { maxKeys: 4 }) },
);

const mutation = fc.tuple(fc.constantFrom(...MODEL_PATHS), mutationValue);

/** A fixture-shaped model entry: a real one with random fields changed, nulled, removed and added. */
const modelEntry = fc
  .record({
    base: fc.constantFrom(...fixtures),
    mutations: fc.array(mutation, { maxLength: 6 }),
    extras: fc.array(fc.tuple(key, json), { maxLength: 3 }),
    huge: rarely(
      400,
      fc.tuple(fc.constantFrom(['name'], ['description'], ['id'], ['extra_blob']), hugeString),
    ),
  })
  .map(({ base, mutations, extras, huge }) => {
    const m = structuredClone(base);
    for (const [path, value] of mutations) setPath(m, path, value);
    for (const [k, v] of extras) setPath(m, [k], v);
    if (huge) setPath(m, huge[0], huge[1]);
    return m as unknown;
  });

/** A model entry, or something else in its place. */
const entry = fc.oneof({ weight: 8, arbitrary: modelEntry }, { weight: 1, arbitrary: json });

/** `{ "a": { "a": ... } }` `depth` levels deep, as text (deeper than any recursive walk survives). */
const deepCache = new Map<string, string>();
const deepJson = (depth: number, open = '{"a":', close = '}') => {
  const k = `${depth}${open}`;
  let text = deepCache.get(k);
  if (text === undefined) deepCache.set(k, (text = `${open.repeat(depth)}0${close.repeat(depth)}`));
  return text;
};
// 12,000 levels overflow any recursive walk (Node's stack holds ~10,000 frames); deeper only costs JSON.parse time.
const depth = fc.constantFrom(64, 500, 2_000, 12_000);

type Body = { text: string | null };

/** A list body: valid-shaped with drift, a wrong top-level shape, or a deep one. */
const listBody: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 200,
    arbitrary: fc
      .record({
        data: fc.array(entry, { maxLength: 5 }),
        total_count: fc.option(fc.oneof(numberish, json), { nil: undefined }),
        links: fc.option(fc.oneof(json, fc.record({ next: fc.oneof(fc.string(), json) })), {
          nil: undefined,
        }),
        extras: fc.array(fc.tuple(key, json), { maxLength: 2 }),
      })
      .map(({ data, total_count, links, extras }) => {
        const body: Record<string, unknown> = { data };
        if (total_count !== undefined) body.total_count = total_count;
        if (links !== undefined) body.links = links;
        for (const [k, v] of extras) setPath(body, [k], v);
        return body;
      })
      .map((value) => ({ text: JSON.stringify(value) })),
  },
  { weight: 40, arbitrary: json.map((value) => ({ text: JSON.stringify(value) })) },
  { weight: 20, arbitrary: fc.record({ data: json }).map((value) => ({ text: JSON.stringify(value) })) },
  {
    weight: 4,
    arbitrary: fc.tuple(depth, modelEntry).map(([d, m]) => {
      // A deep value inside a kept model, and as a sibling of `data`.
      const model = JSON.stringify(m);
      const inner =
        model.length > 2 && model.startsWith('{')
          ? `{"deep":${deepJson(d, '[', ']')},${model.slice(1)}`
          : model;
      return { text: `{"deep":${deepJson(d)},"data":[${inner}]}` };
    }),
  },
);

const countBody: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 120,
    arbitrary: fc
      .record({
        count: fc.oneof(numberish, json, fc.nat()),
        extras: fc.array(fc.tuple(key, json), { maxLength: 2 }),
      })
      .map(({ count, extras }) => {
        const data: Record<string, unknown> = { count };
        for (const [k, v] of extras) setPath(data, [k], v);
        return { data };
      })
      .map((value) => ({ text: JSON.stringify(value) })),
  },
  { weight: 40, arbitrary: json.map((value) => ({ text: JSON.stringify(value) })) },
  { weight: 20, arbitrary: fc.record({ data: json }).map((value) => ({ text: JSON.stringify(value) })) },
  { weight: 3, arbitrary: depth.map((d) => ({ text: `{"data":{"count":1,"deep":${deepJson(d)}}}` })) },
);

const getBody: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 160,
    arbitrary: entry.map((data) => ({ data })).map((value) => ({ text: JSON.stringify(value) })),
  },
  { weight: 40, arbitrary: json.map((value) => ({ text: JSON.stringify(value) })) },
  { weight: 20, arbitrary: fc.constant({ text: '{"data":null}' }) },
  { weight: 3, arbitrary: depth.map((d) => ({ text: `{"data":${deepJson(d)}}` })) },
);

/** An error body: OpenRouter's `{ error }` with drift, a proxy's HTML, or nothing. */
const errorBody: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 120,
    arbitrary: fc
      .record({
        code: fc.oneof(fc.integer(), fc.string(), json),
        message: fc.oneof(
          { weight: 200, arbitrary: fc.string() },
          { weight: 80, arbitrary: hostileText },
          { weight: 80, arbitrary: json },
          { weight: 2, arbitrary: hugeString },
        ),
        metadata: fc.option(fc.oneof(json, fc.dictionary(key, json, { maxKeys: 4 })), { nil: undefined }),
      })
      .map((error) => ({ error }))
      .map((value) => ({ text: JSON.stringify(value) })),
  },
  {
    weight: 3,
    arbitrary: depth.map((d) => ({
      text: `{"error":{"code":500,"message":"deep","metadata":${deepJson(d)}}}`,
    })),
  },
  { weight: 3, arbitrary: depth.map((d) => ({ text: `{"error":${deepJson(d)}}` })) },
  {
    weight: 20,
    arbitrary: fc.constant({
      text: '{"error":{"metadata":{"__proto__":{"polluted":true}},"message":"proto"}}',
    }),
  },
  { weight: 20, arbitrary: json.map((value) => ({ text: JSON.stringify(value) })) },
);

const HTML =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><script>alert(1)</script></body></html>';

/** The body's text mangled the ways networks and proxies mangle it. */
function mangled(body: fc.Arbitrary<Body>): fc.Arbitrary<Body> {
  return fc.oneof(
    { weight: 10, arbitrary: body },
    // Truncated JSON: cut anywhere.
    {
      weight: 3,
      arbitrary: fc
        .tuple(body, fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([b, f]) => ({ text: (b.text ?? '').slice(0, Math.floor((b.text ?? '').length * f)) })),
    },
    // Not JSON at all.
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            HTML,
            '',
            ' ',
            'null',
            'undefined',
            'NaN',
            '{',
            '[',
            '{"data":',
            '\uFEFF{"data":[]}',
            'OK',
            '<?xml version="1.0"?><data/>',
          ),
          fc.string({ unit: 'binary', maxLength: 200 }),
          rarely(20, hugeString).map((h) => h ?? 'not json'),
        )
        .map((text) => ({ text })),
    },
  );
}

interface Served {
  status: number;
  body: Body;
  contentType: string | null;
  retryAfter: string | null;
  /** How the transport behaves: answer, refuse (fetch rejects), or drop the connection mid-body. */
  transport: 'answer' | 'reject' | 'drop';
  rejection: unknown;
}

const NULL_BODY_STATUS = new Set([204, 205, 304]);
const rejection = fc.oneof(
  fc.constant(new TypeError('fetch failed')),
  fc.constant(new DOMException('Network down', 'NetworkError')),
  fc.constant(new Error('ECONNRESET')),
  fc.string(),
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(42),
  fc.constant({ message: 42 }),
);

function served(success: fc.Arbitrary<Body>): fc.Arbitrary<Served> {
  return fc
    .record({
      // Mostly 200 with a generated body; else any status a Response can carry, with any body.
      status: fc.oneof(
        { weight: 6, arbitrary: fc.constant(200) },
        { weight: 1, arbitrary: fc.integer({ min: 200, max: 299 }) },
        { weight: 4, arbitrary: fc.integer({ min: 300, max: 599 }) },
      ),
      success: mangled(success),
      failure: mangled(errorBody),
      contentType: fc.constantFrom('application/json', 'text/html; charset=utf-8', 'text/plain', null),
      retryAfter: fc.oneof(
        fc.constant(null),
        fc.constantFrom(
          '0',
          '1',
          '3.5',
          '-1',
          '99999999999999999999',
          'Wed, 21 Oct 2015 07:28:00 GMT',
          'soon',
        ),
        fc.string({ maxLength: 30 }),
      ),
      transport: fc.constantFrom<Served['transport']>(
        'answer',
        'answer',
        'answer',
        'answer',
        'answer',
        'answer',
        'answer',
        'answer',
        'reject',
        'drop',
      ),
      rejection,
    })
    .map(({ status, success, failure, contentType, retryAfter, transport, rejection }) => ({
      status,
      body: status < 300 ? success : failure,
      contentType,
      retryAfter,
      transport,
      rejection,
    }));
}

function responseFor(s: Served): Response {
  const headers = new Headers();
  if (s.contentType) headers.set('content-type', s.contentType);
  if (s.retryAfter !== null) {
    try {
      headers.set('retry-after', s.retryAfter);
    } catch {
      // not a valid header value: the server could not send it either
    }
  }
  if (NULL_BODY_STATUS.has(s.status)) return new Response(null, { status: s.status, headers });
  if (s.transport === 'drop') {
    const text = s.body.text ?? '';
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text.slice(0, Math.floor(text.length / 2))));
        controller.error(new TypeError('terminated'));
      },
    });
    return new Response(stream, { status: s.status, headers });
  }
  return new Response(s.body.text, { status: s.status, headers });
}

/** A client whose `fetch` serves `s`, and the URLs it was asked for. */
function clientFor(
  s: Served,
  options: { baseUrl?: string; apiKey?: string } = {},
): { client: OpenRouterClient; urls: string[] } {
  const urls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    urls.push(String(input));
    if (s.transport === 'reject') throw s.rejection;
    return responseFor(s);
  }) as typeof globalThis.fetch;
  return { client: createOpenRouterClient({ fetch, retries: { strategy: 'none' }, ...options }), urls };
}

const HANG = Symbol('hang');

/** Settles like `promise`, or with HANG after HANG_MS. */
async function raced<T>(
  promise: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<typeof HANG>((resolve) => {
    timer = setTimeout(() => resolve(HANG), HANG_MS);
  });
  try {
    const value = await Promise.race([promise, hang]);
    if (value === HANG) throw new Error(`the call did not settle within ${HANG_MS} ms`);
    return { ok: true, value: value as T };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('the call did not settle')) throw error;
    return { ok: false, error };
  } finally {
    clearTimeout(timer);
  }
}

/** The call threw: it must be one of the kit's typed errors, consistent with what was served. */
function expectTypedError(error: unknown, s: Served): void {
  if (!(error instanceof OpenRouterError)) {
    throw new Error(
      `not an OpenRouterError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
  expect(typeof error.message).toBe('string');
  expect(typeof error.status).toBe('number');
  expect(error.name).toMatch(/Error$/);
  if (s.transport === 'reject') expect(error).toBeInstanceOf(NetworkError);
  else if (s.status >= 300) expect(error.status).toBe(s.status);
  if (error.metadata !== undefined) assertPlain(error.metadata);
  // An app logs errors: the error, metadata and all, must serialise (a 12,000-level-deep
  // metadata object would make JSON.stringify, structuredClone and error trackers throw).
  expect(() => JSON.stringify(error)).not.toThrow();
  counts.typedErrors++;
}

/** A 2xx whose whole body arrived and parses as JSON. */
function cleanJson(s: Served): { value: unknown } | undefined {
  if (s.transport !== 'answer' || s.status >= 300 || NULL_BODY_STATUS.has(s.status)) return undefined;
  try {
    // Response.text() decodes UTF-8 and drops a leading byte-order mark, as every fetch does.
    return { value: JSON.parse((s.body.text ?? '').replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return undefined;
  }
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const readable = (v: unknown) =>
  isObj(v) &&
  typeof v.id === 'string' &&
  v.id.trim() !== '' &&
  typeof v.name === 'string' &&
  v.name.trim() !== '';

/** A list call: typed data that keeps exactly the readable entries, or a typed error. */
async function checkList(s: Served, call: (c: OpenRouterClient) => Promise<unknown>) {
  counts.bodies++;
  const { client } = clientFor(s, { apiKey: 'sk-or-v1-PROPKEY-000' });
  const r = await raced(call(client));
  const clean = cleanJson(s);
  const tolerable = clean && isObj(clean.value) && Array.isArray(clean.value.data);
  if (!r.ok) {
    // Tolerance: a 2xx JSON body with a `data` array never fails as a whole.
    if (tolerable) throw new Error(`a readable list was rejected: ${String(r.error)}`);
    return expectTypedError(r.error, s);
  }
  if (!tolerable) throw new Error('resolved although the response was not a readable list');
  counts.resolved++;
  expectTyped(listSchema, r.value);
  const list = r.value as z.infer<typeof listSchema>;
  const raw = (clean.value as { data: unknown[] }).data;
  expect(list.data.length + list.dropped.length).toBe(raw.length);
  expect(list.data.map((m) => m.id)).toEqual(raw.filter(readable).map((m) => (m as { id: string }).id));
  expect(list.dropped.map((d) => d.index)).toEqual(raw.flatMap((m, i) => (readable(m) ? [] : [i])));
}

const fcParams = (extra: Partial<fc.Parameters<unknown>> = {}) => ({
  numRuns: RUNS,
  seed: SEED,
  endOnFailure: true,
  ...extra,
});

describe(`core under ${RUNS.toLocaleString('en-US')} generated responses per endpoint (seed ${SEED})`, () => {
  afterAll(() => {
    // No generated `__proto__` key reached a shared prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test(
    'models.list: typed data or a typed error, never a TypeError or a hang',
    async () => {
      await fc.assert(
        fc.asyncProperty(served(listBody), (s) => checkList(s, (c) => c.models.list())),
        fcParams(),
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'models.listForUser: the same, with a bearer',
    async () => {
      await fc.assert(
        fc.asyncProperty(served(listBody), (s) =>
          checkList(s, (c) => c.models.listForUser({ bearer: 'sk-or-v1-PROPBEARER-111' })),
        ),
        fcParams({ seed: SEED + 1 }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'models.count: a finite count ≥ 0, or a typed error',
    async () => {
      await fc.assert(
        fc.asyncProperty(served(countBody), async (s) => {
          counts.bodies++;
          const { client } = clientFor(s);
          const r = await raced(client.models.count());
          const clean = cleanJson(s);
          const v = clean?.value;
          const raw = isObj(v) && isObj(v.data) ? v.data.count : undefined;
          const n =
            typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
          const readableCount = Number.isFinite(n) && n >= 0;
          if (!r.ok) {
            if (readableCount)
              throw new Error(`a readable count (${String(raw)}) was rejected: ${String(r.error)}`);
            if (clean) expect(r.error).toBeInstanceOf(ResponseParseError);
            return expectTypedError(r.error, s);
          }
          if (!readableCount)
            throw new Error(`resolved although the count was not readable (${String(raw)})`);
          counts.resolved++;
          expectTyped(countSchema, r.value);
          expect((r.value as { data: { count: number } }).data.count).toBe(n);
        }),
        fcParams({ seed: SEED + 2 }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    'models.get: one typed model, NotFoundError for an empty body, or another typed error',
    async () => {
      await fc.assert(
        fc.asyncProperty(served(getBody), async (s) => {
          counts.bodies++;
          const { client, urls } = clientFor(s);
          const r = await raced(client.models.get('openai/gpt-4:free'));
          expect(urls).toEqual(['https://openrouter.ai/api/v1/model/openai/gpt-4:free']);
          const clean = cleanJson(s);
          const data = clean && isObj(clean.value) ? clean.value.data : undefined;
          if (!r.ok) {
            if (clean && readable(data)) throw new Error(`a readable model was rejected: ${String(r.error)}`);
            if (clean)
              expect(r.error instanceof ResponseParseError || r.error instanceof NotFoundError).toBe(true);
            if (clean && (data === null || data === undefined)) expect(r.error).toBeInstanceOf(NotFoundError);
            return expectTypedError(r.error, s);
          }
          if (!clean || !readable(data))
            throw new Error('resolved although the response held no readable model');
          counts.resolved++;
          expectTyped(getSchema, r.value);
          expect((r.value as { data: { id: string } }).data.id).toBe((data as { id: string }).id);
        }),
        fcParams({ seed: SEED + 3 }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  test('a response that never comes, or a body that never ends, is a TimeoutError (never a hang)', async () => {
    const stalls = [
      // fetch ignores its signal and never settles
      () => new Promise<Response>(() => {}),
      // headers arrive, the body never ends
      () => Promise.resolve(new Response(new ReadableStream({ start() {} }), { status: 200 })),
      // headers arrive, a few bytes, then nothing
      () =>
        Promise.resolve(
          new Response(
            new ReadableStream({
              start(c) {
                c.enqueue(new TextEncoder().encode('{"data":['));
              },
            }),
            { status: 200 },
          ),
        ),
    ];
    const calls: Array<(c: OpenRouterClient) => Promise<unknown>> = [
      (c) => c.models.list(),
      (c) => c.models.count(),
      (c) => c.models.get('a/b'),
      (c) => c.models.listForUser({ bearer: 't' }),
    ];
    for (const stall of stalls) {
      for (const call of calls) {
        counts.bodies++;
        const client = createOpenRouterClient({
          fetch: stall as never,
          retries: { strategy: 'none' },
          timeoutMs: 20,
        });
        const r = await raced(call(client));
        expect(r.ok).toBe(false);
        expect((r as { error: unknown }).error).toBeInstanceOf(TimeoutError);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------
// The query encoder over generated filters

/** Wire names in their canonical order (the encoder's own table is private: this is the spec). */
const WIRE: Record<
  string,
  [wire: string, kind: 'list' | 'modalities' | 'string' | 'bool' | 'true-only' | 'number']
> = {
  arch: ['arch', 'string'],
  category: ['category', 'string'],
  context: ['context', 'number'],
  distillable: ['distillable', 'bool'],
  inputModalities: ['input_modalities', 'list'],
  limit: ['limit', 'number'],
  maxAgeDays: ['max_age_days', 'number'],
  maxAgenticIndex: ['max_agentic_index', 'number'],
  maxCodingIndex: ['max_coding_index', 'number'],
  maxIntelligenceIndex: ['max_intelligence_index', 'number'],
  maxOutputPrice: ['max_output_price', 'number'],
  maxPrice: ['max_price', 'number'],
  maxToolSuccessRate: ['max_tool_success_rate', 'number'],
  minAgeDays: ['min_age_days', 'number'],
  minAgenticIndex: ['min_agentic_index', 'number'],
  minCodingIndex: ['min_coding_index', 'number'],
  minIntelligenceIndex: ['min_intelligence_index', 'number'],
  minOutputPrice: ['min_output_price', 'number'],
  minPrice: ['min_price', 'number'],
  minToolSuccessRate: ['min_tool_success_rate', 'number'],
  modelAuthors: ['model_authors', 'list'],
  offset: ['offset', 'number'],
  outputModalities: ['output_modalities', 'modalities'],
  providers: ['providers', 'list'],
  q: ['q', 'string'],
  region: ['region', 'string'],
  sort: ['sort', 'string'],
  supportedParameters: ['supported_parameters', 'list'],
  zdr: ['zdr', 'true-only'],
};

const anyUnit = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'a',
      'b',
      'z',
      'A',
      '0',
      '9',
      ' ',
      ',',
      '&',
      '=',
      '?',
      '#',
      '%',
      '+',
      '/',
      '.',
      '~',
      ':',
      '\t',
      '\n',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  // Lone surrogates: what a broken paste or a cut emoji leaves in a text box.
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀') },
);
const filterString = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('text', 'image', 'openai', 'anthropic', 'newest', 'GPT', 'eu', 'programming'),
  },
  { weight: 6, arbitrary: fc.string({ unit: anyUnit, maxLength: 12 }) },
);
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.string({ maxLength: 5 }),
  fc.array(fc.oneof(fc.integer(), fc.constant(null)), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

function filterValue(kind: (typeof WIRE)[string][1]): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'list':
      return fc.oneof(
        { weight: 8, arbitrary: fc.array(filterString, { maxLength: 5 }) },
        { weight: 1, arbitrary: junk },
        { weight: 1, arbitrary: fc.array(junk, { minLength: 1, maxLength: 2 }) },
      );
    case 'modalities':
      return fc.oneof(
        { weight: 2, arbitrary: fc.constant('all') },
        { weight: 6, arbitrary: fc.array(fc.oneof(filterString, fc.constant('all')), { maxLength: 4 }) },
        { weight: 1, arbitrary: junk },
      );
    case 'string':
      return fc.oneof({ weight: 8, arbitrary: filterString }, { weight: 1, arbitrary: junk });
    case 'bool':
    case 'true-only':
      return fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: junk });
    case 'number':
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -5, max: 2000 }) },
        { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
        { weight: 2, arbitrary: fc.double() },
        { weight: 1, arbitrary: junk },
      );
  }
}

const filtersArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    known: fc.record(
      Object.fromEntries(Object.entries(WIRE).map(([name, [, kind]]) => [name, filterValue(kind)])),
      { requiredKeys: [] },
    ),
    undefinedKeys: fc.subarray(Object.keys(WIRE), { maxLength: 3 }),
    unknown: rarely(
      8,
      fc.tuple(
        fc.constantFrom(
          'foo',
          'output_modalities',
          'input_modalities',
          'toString',
          'constructor',
          '__proto__',
          '',
        ),
        junk,
      ),
    ),
  })
  .map(({ known, undefinedKeys, unknown }) => {
    const f: Record<string, unknown> = { ...known };
    for (const k of undefinedKeys) if (!(k in f)) f[k] = undefined;
    if (unknown)
      Object.defineProperty(f, unknown[0], {
        value: unknown[1],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return f;
  });

/** The same filters, keys in reverse order and lists reversed with their first item repeated. */
function shuffled(f: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(f).reverse()) {
    const v = f[k];
    const value = Array.isArray(v) && v.length > 0 ? [...v].reverse().concat([v[0]]) : v;
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

describe('the query encoder over generated filters', () => {
  test(
    'encodes canonically (idempotent, order-independent) or refuses naming a field',
    () => {
      const byWire = new Map(Object.values(WIRE).map(([wire, kind]) => [wire, kind]));
      const order = Object.values(WIRE).map(([wire]) => wire);
      fc.assert(
        fc.property(filtersArb, (filters) => {
          counts.filters++;
          let query: string;
          try {
            query = encodeModelsQuery(filters as ModelsListFilters);
          } catch (error) {
            if (!(error instanceof InvalidRequestError))
              throw new Error(`refused with ${String(error)} instead of an InvalidRequestError`);
            expect(Object.keys(filters)).toContain(error.field);
            expect(error.message).toContain(error.field);
            // Refused whatever the order.
            expect(() => encodeModelsQuery(shuffled(filters) as ModelsListFilters)).toThrow(
              InvalidRequestError,
            );
            return;
          }
          // Order- and duplicate-independent.
          expect(encodeModelsQuery(shuffled(filters) as ModelsListFilters)).toBe(query);
          // Idempotent: the normal form encodes the same, and normalising it again changes nothing.
          const normal = normalizeModelsFilters(filters as ModelsListFilters);
          expect(encodeModelsQuery(normal)).toBe(query);
          expect(normalizeModelsFilters(normal)).toEqual(normal);
          // Shape: known wire names, each once, in canonical order; values fully escaped.
          if (query === '') return;
          const pairs = query.split('&').map((p) => {
            const eq = p.indexOf('=');
            expect(eq).toBeGreaterThan(0);
            return [p.slice(0, eq), p.slice(eq + 1)] as const;
          });
          const names = pairs.map(([n]) => n);
          expect(names).toEqual(order.filter((w) => names.includes(w)));
          for (const [name, raw] of pairs) {
            expect(raw).toMatch(/^[A-Za-z0-9\-_.!~*'()%,]+$/);
            const value = decodeURIComponent(raw);
            expect(value).toBe(value.trim());
            expect(value).not.toBe('');
            const kind = byWire.get(name)!;
            if (kind === 'list' || (kind === 'modalities' && value !== 'all')) {
              const items = value.split(',');
              expect(items.every((i) => i !== '' && i === i.trim())).toBe(true);
              expect(items).toEqual([...new Set(items)].sort());
            }
          }
          // What a server's URL parser reads back is exactly the canonical pairs.
          const parsed = [...new URL(`https://x.example/models?${query}`).searchParams];
          expect(parsed).toEqual(pairs.map(([n, raw]) => [n, decodeURIComponent(raw)]));
        }),
        fcParams({ seed: SEED + 4 }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------
// Model ids: no generated author/slug ever leaves /model/{author}/{slug}

const idUnit = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.constantFrom(
      'a',
      'b',
      'z',
      '0',
      '-',
      '_',
      '.',
      '~',
      '@',
      ':',
      '!',
      '$',
      '&',
      "'",
      '(',
      '*',
      '+',
      ',',
      ';',
      '=',
    ),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '/',
      '\\',
      '?',
      '#',
      '%',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\u200b',
      '\u202e',
      '\ufeff',
      '\uff0e',
      '\u2025',
      '\u3002',
      '%2e',
      '%2F',
      '..',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDFFF', '😀') },
);
const part = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: idUnit, maxLength: 10 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '.',
      '..',
      '...',
      '~anthropic',
      'gpt-4',
      'a'.repeat(256),
      'a'.repeat(257),
      '%2e%2e',
      '..%2f',
      'model',
      'models',
    ),
  },
);
const BASES = [
  'https://openrouter.ai/api/v1',
  'https://eu.openrouter.ai/api/v1/',
  'https://proxy.example.com/or',
  'http://localhost:8787',
];

function expectInside(url: string, base: string, author: string, slug: string) {
  const b = new URL(base);
  const u = new URL(url); // how fetch reads it
  expect(u.origin).toBe(b.origin);
  expect(u.search).toBe('');
  expect(u.hash).toBe('');
  const basePath = b.pathname.replace(/\/+$/, '');
  expect(u.pathname.startsWith(`${basePath}/model/`)).toBe(true);
  const rest = u.pathname.slice(basePath.length).split('/');
  // ['', 'model', author, slug]: exactly 4 segments after the base path
  expect(rest).toHaveLength(4);
  expect(rest[1]).toBe('model');
  expect(decodeURIComponent(rest[2])).toBe(decodedOnce(author));
  expect(decodeURIComponent(rest[3])).toBe(slug.split(':').map(decodedOnce).join(':'));
}

/** A part as the client reads it: a percent-encoded one (a router's param) is decoded once. */
const decodedOnce = (part: string) => (part.includes('%') ? decodeURIComponent(part) : part);

describe('model ids over generated authors and slugs', () => {
  const okFetch = (urls: string[]) =>
    (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response('{"data":{"id":"a/b","name":"B"}}', { status: 200 });
    }) as typeof globalThis.fetch;

  test(
    '{ author, slug, variant }: a request inside /model/{author}/{slug}, or an InvalidRequestError and no request',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          part,
          part,
          fc.option(part, { freq: 2, nil: undefined }),
          fc.constantFrom(...BASES),
          async (author, slug, variant, base) => {
            counts.ids++;
            const urls: string[] = [];
            const client = createOpenRouterClient({
              baseUrl: base,
              fetch: okFetch(urls),
              retries: { strategy: 'none' },
            });
            const ref = variant === undefined ? { author, slug } : { author, slug, variant };
            const r = await raced(client.models.get(ref));
            if (!r.ok) {
              if (!(r.error instanceof InvalidRequestError))
                throw new Error(`not an InvalidRequestError: ${String(r.error)}`);
              expect(urls).toEqual([]);
              return;
            }
            expect(urls).toHaveLength(1);
            expectInside(urls[0], base, author, variant === undefined ? slug : `${slug}:${variant}`);
          },
        ),
        fcParams({ seed: SEED + 5 }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  test(
    '"author/slug:variant" strings: the same',
    async () => {
      const idString = fc.oneof(
        fc
          .tuple(part, part, fc.option(part, { nil: undefined }))
          .map(([a, s, v]) => `${a}/${s}${v === undefined ? '' : `:${v}`}`),
        fc.string({ unit: idUnit, maxLength: 20 }),
      );
      await fc.assert(
        fc.asyncProperty(idString, fc.constantFrom(...BASES), async (id, base) => {
          counts.ids++;
          const urls: string[] = [];
          const client = createOpenRouterClient({
            baseUrl: base,
            fetch: okFetch(urls),
            retries: { strategy: 'none' },
          });
          const r = await raced(client.models.get(id));
          if (!r.ok) {
            if (!(r.error instanceof InvalidRequestError))
              throw new Error(`not an InvalidRequestError: ${String(r.error)}`);
            expect(urls).toEqual([]);
            return;
          }
          expect(urls).toHaveLength(1);
          const slash = id.indexOf('/');
          expectInside(urls[0], base, id.slice(0, slash), id.slice(slash + 1));
        }),
        fcParams({ seed: SEED + 6 }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
