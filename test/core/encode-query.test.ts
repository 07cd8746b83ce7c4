import fc from 'fast-check';
import { encodeModelsQuery, normalizeModelsFilters } from '../../src/core/encode-query';
import { InvalidRequestError, OpenRouterError } from '../../src/core/errors';
import type { ModelsListFilters } from '../../src/core/types';

/** The query as a key → value map (decoded), to check values without caring about percent-encoding. */
function params(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query));
}

/** Expects `fn` to throw an InvalidRequestError whose `field` (and message) names `field`. */
function expectRefused(fn: () => unknown, field: string): InvalidRequestError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidRequestError);
  expect(caught).toBeInstanceOf(OpenRouterError);
  const error = caught as InvalidRequestError;
  expect(error.field).toBe(field);
  expect(error.message).toContain(field);
  expect(error.name).toBe('InvalidRequestError');
  expect(error.code).toBe('invalid_request');
  return error;
}

describe('encodeModelsQuery: each filter on the wire', () => {
  const cases: Array<[string, ModelsListFilters, string, string]> = [
    ['category', { category: 'programming' }, 'category', 'programming'],
    ['category with a slash', { category: 'marketing/seo' }, 'category', 'marketing/seo'],
    [
      'supportedParameters',
      { supportedParameters: ['tools', 'reasoning'] },
      'supported_parameters',
      'reasoning,tools',
    ],
    ['outputModalities list', { outputModalities: ['text', 'image'] }, 'output_modalities', 'image,text'],
    ['outputModalities all', { outputModalities: 'all' }, 'output_modalities', 'all'],
    ['sort', { sort: 'pricing-low-to-high' }, 'sort', 'pricing-low-to-high'],
    ['q', { q: 'claude sonnet' }, 'q', 'claude sonnet'],
    ['inputModalities', { inputModalities: ['image', 'file'] }, 'input_modalities', 'file,image'],
    ['context', { context: 128000 }, 'context', '128000'],
    ['minPrice', { minPrice: 0.5 }, 'min_price', '0.5'],
    ['maxPrice', { maxPrice: 15 }, 'max_price', '15'],
    ['minPrice 0', { minPrice: 0 }, 'min_price', '0'],
    ['minOutputPrice', { minOutputPrice: 1 }, 'min_output_price', '1'],
    ['maxOutputPrice', { maxOutputPrice: 75 }, 'max_output_price', '75'],
    ['arch', { arch: 'Claude' }, 'arch', 'Claude'],
    ['modelAuthors', { modelAuthors: ['openai', 'anthropic'] }, 'model_authors', 'anthropic,openai'],
    ['providers', { providers: ['OpenAI', 'Google Vertex'] }, 'providers', 'Google Vertex,OpenAI'],
    ['distillable true', { distillable: true }, 'distillable', 'true'],
    ['distillable false', { distillable: false }, 'distillable', 'false'],
    ['zdr true', { zdr: true }, 'zdr', 'true'],
    ['region', { region: 'eu' }, 'region', 'eu'],
    ['minAgeDays', { minAgeDays: 0 }, 'min_age_days', '0'],
    ['maxAgeDays', { maxAgeDays: 30 }, 'max_age_days', '30'],
    ['minIntelligenceIndex', { minIntelligenceIndex: 40 }, 'min_intelligence_index', '40'],
    ['maxIntelligenceIndex', { maxIntelligenceIndex: 70.5 }, 'max_intelligence_index', '70.5'],
    ['minCodingIndex', { minCodingIndex: 10 }, 'min_coding_index', '10'],
    ['maxCodingIndex', { maxCodingIndex: 90 }, 'max_coding_index', '90'],
    ['minAgenticIndex', { minAgenticIndex: 5 }, 'min_agentic_index', '5'],
    ['maxAgenticIndex', { maxAgenticIndex: 60 }, 'max_agentic_index', '60'],
    ['minToolSuccessRate', { minToolSuccessRate: 0.9 }, 'min_tool_success_rate', '0.9'],
    ['maxToolSuccessRate', { maxToolSuccessRate: 1 }, 'max_tool_success_rate', '1'],
    ['offset', { offset: 0 }, 'offset', '0'],
    ['offset > 0', { offset: 200 }, 'offset', '200'],
    ['limit', { limit: 50 }, 'limit', '50'],
    ['limit 1', { limit: 1 }, 'limit', '1'],
    ['limit 1000', { limit: 1000 }, 'limit', '1000'],
  ];

  it.each(cases)('%s', (_label, filters, wire, value) => {
    const query = encodeModelsQuery(filters);
    expect(params(query)).toEqual({ [wire]: value });
    // One parameter, snake_case name, nothing else.
    expect(query.split('&')).toHaveLength(1);
    expect(query.startsWith(`${wire}=`)).toBe(true);
  });

  it("text-only output is the server's default: not sent, and the same key as no filter", () => {
    expect(encodeModelsQuery({ outputModalities: ['text'] })).toBe('');
    expect(encodeModelsQuery({ outputModalities: [' text', 'text'], q: 'x' })).toBe('q=x');
    expect(normalizeModelsFilters({ outputModalities: ['text'] })).toEqual({});
    expect(encodeModelsQuery({ outputModalities: ['text', 'image'] })).toBe('output_modalities=image,text');
  });

  it('covers every filter of ModelsListFilters', () => {
    // If a filter is added to the type, this list (and the table above) must grow.
    const all: Required<ModelsListFilters> = {
      category: 'programming',
      supportedParameters: ['tools'],
      outputModalities: ['image'],
      sort: 'newest',
      q: 'x',
      inputModalities: ['text'],
      context: 1,
      minPrice: 0,
      maxPrice: 1,
      minOutputPrice: 0,
      maxOutputPrice: 1,
      arch: 'GPT',
      modelAuthors: ['openai'],
      providers: ['OpenAI'],
      distillable: true,
      zdr: true,
      region: 'us',
      minAgeDays: 0,
      maxAgeDays: 1,
      minIntelligenceIndex: 0,
      maxIntelligenceIndex: 1,
      minCodingIndex: 0,
      maxCodingIndex: 1,
      minAgenticIndex: 0,
      maxAgenticIndex: 1,
      minToolSuccessRate: 0,
      maxToolSuccessRate: 1,
      offset: 0,
      limit: 1,
    };
    const wire = Object.keys(params(encodeModelsQuery(all)));
    expect(wire).toHaveLength(Object.keys(all).length);
    expect(new Set(wire)).toEqual(new Set(cases.map((c) => c[2])));
    for (const name of wire) expect(name).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });

  it('writes commas in lists unescaped and escapes what must be', () => {
    expect(encodeModelsQuery({ modelAuthors: ['openai', 'anthropic'] })).toBe(
      'model_authors=anthropic,openai',
    );
    expect(encodeModelsQuery({ q: 'a b&c=d' })).toBe('q=a%20b%26c%3Dd');
    expect(encodeModelsQuery({ providers: ['Google Vertex'] })).toBe('providers=Google%20Vertex');
    expect(encodeModelsQuery({ q: '100%' })).toBe('q=100%25');
  });

  it('sends zdr only when true (false is the same as unset)', () => {
    expect(encodeModelsQuery({ zdr: false })).toBe('');
    expect(encodeModelsQuery({ zdr: true })).toBe('zdr=true');
  });

  it('folds a list that holds "all" into output_modalities=all', () => {
    expect(encodeModelsQuery({ outputModalities: ['text', 'all'] })).toBe('output_modalities=all');
  });

  it('keeps values the server may add later (open enums)', () => {
    expect(
      params(
        encodeModelsQuery({
          sort: 'cheapest-first',
          category: 'poetry',
          region: 'ap',
          outputModalities: ['hologram'],
        }),
      ),
    ).toEqual({
      sort: 'cheapest-first',
      category: 'poetry',
      region: 'ap',
      output_modalities: 'hologram',
    });
  });
});

describe('encodeModelsQuery: unset and empty values are not sent', () => {
  it('no filters, an empty object and all-undefined give the empty string', () => {
    expect(encodeModelsQuery()).toBe('');
    expect(encodeModelsQuery({})).toBe('');
    expect(
      encodeModelsQuery({
        category: undefined,
        q: undefined,
        offset: undefined,
        modelAuthors: undefined,
        zdr: undefined,
      }),
    ).toBe('');
  });

  it('null is treated as unset', () => {
    expect(encodeModelsQuery({ q: null, context: null } as unknown as ModelsListFilters)).toBe('');
  });

  it('empty strings, whitespace, empty lists and lists of blanks are not sent', () => {
    expect(encodeModelsQuery({ q: '', arch: '   ', category: '', sort: '' })).toBe('');
    expect(
      encodeModelsQuery({
        modelAuthors: [],
        providers: [''],
        supportedParameters: ['  '],
        inputModalities: [],
      }),
    ).toBe('');
    expect(encodeModelsQuery({ outputModalities: [] })).toBe('');
  });

  it('trims strings and list items, and drops duplicates', () => {
    expect(encodeModelsQuery({ q: '  gpt  ' })).toBe('q=gpt');
    expect(encodeModelsQuery({ modelAuthors: [' openai ', 'openai', 'anthropic', ''] })).toBe(
      'model_authors=anthropic,openai',
    );
  });
});

describe('encodeModelsQuery: canonical output', () => {
  const a: ModelsListFilters = {
    sort: 'newest',
    modelAuthors: ['openai', 'anthropic', 'google'],
    inputModalities: ['image', 'text'],
    context: 100000,
    q: 'chat',
    maxPrice: 10,
    minPrice: 1,
    distillable: false,
    outputModalities: ['text', 'image'],
    limit: 20,
    offset: 40,
  };
  const b: ModelsListFilters = {
    offset: 40,
    limit: 20,
    outputModalities: ['image', 'text'],
    distillable: false,
    minPrice: 1,
    maxPrice: 10,
    q: 'chat',
    context: 100000,
    inputModalities: ['text', 'image', 'text'],
    modelAuthors: ['google', 'anthropic', 'openai'],
    sort: 'newest',
    zdr: false,
    region: undefined,
  };

  it('the same filters in another key order or list order give the same string', () => {
    expect(encodeModelsQuery(a)).toBe(encodeModelsQuery(b));
  });

  it('puts parameters in alphabetical order of their wire name', () => {
    const keys = encodeModelsQuery(a)
      .split('&')
      .map((p) => p.split('=')[0]);
    expect(keys).toEqual([...keys].sort());
    expect(encodeModelsQuery(a)).toBe(
      'context=100000&distillable=false&input_modalities=image,text&limit=20&max_price=10&min_price=1&model_authors=anthropic,google,openai&offset=40&output_modalities=image,text&q=chat&sort=newest',
    );
  });

  it('different filters give different strings', () => {
    expect(encodeModelsQuery({ minPrice: 1 })).not.toBe(encodeModelsQuery({ maxPrice: 1 }));
    expect(encodeModelsQuery({ distillable: true })).not.toBe(encodeModelsQuery({ distillable: false }));
    expect(encodeModelsQuery({ distillable: false })).not.toBe(encodeModelsQuery({}));
  });
});

describe('encodeModelsQuery: values that cannot be right are refused, naming the field', () => {
  it.each([
    ['context', { context: -1 }],
    ['context', { context: 0 }],
    ['context', { context: 1.5 }],
    ['context', { context: Number.NaN }],
    ['context', { context: Number.POSITIVE_INFINITY }],
    ['minPrice', { minPrice: -0.01 }],
    ['maxPrice', { maxPrice: Number.NaN }],
    ['maxPrice', { maxPrice: Number.POSITIVE_INFINITY }],
    ['minOutputPrice', { minOutputPrice: Number.NEGATIVE_INFINITY }],
    ['maxOutputPrice', { maxOutputPrice: -5 }],
    ['offset', { offset: -1 }],
    ['offset', { offset: 2.5 }],
    ['limit', { limit: 0 }],
    ['limit', { limit: 1001 }],
    ['limit', { limit: 10.5 }],
    ['limit', { limit: -3 }],
    ['minAgeDays', { minAgeDays: -1 }],
    ['maxAgeDays', { maxAgeDays: 1.5 }],
    ['minIntelligenceIndex', { minIntelligenceIndex: -1 }],
    ['maxCodingIndex', { maxCodingIndex: Number.NaN }],
    ['minToolSuccessRate', { minToolSuccessRate: 1.5 }],
    ['maxToolSuccessRate', { maxToolSuccessRate: -0.1 }],
  ] as Array<[string, ModelsListFilters]>)('%s in %o', (field, filters) => {
    expectRefused(() => encodeModelsQuery(filters), field);
  });

  it.each([
    ['minPrice', 'maxPrice', { minPrice: 5, maxPrice: 1 }],
    ['minOutputPrice', 'maxOutputPrice', { minOutputPrice: 10, maxOutputPrice: 2 }],
    ['minAgeDays', 'maxAgeDays', { minAgeDays: 30, maxAgeDays: 7 }],
    ['minIntelligenceIndex', 'maxIntelligenceIndex', { minIntelligenceIndex: 60, maxIntelligenceIndex: 50 }],
    ['minCodingIndex', 'maxCodingIndex', { minCodingIndex: 2, maxCodingIndex: 1 }],
    ['minAgenticIndex', 'maxAgenticIndex', { minAgenticIndex: 2, maxAgenticIndex: 1 }],
    ['minToolSuccessRate', 'maxToolSuccessRate', { minToolSuccessRate: 0.9, maxToolSuccessRate: 0.5 }],
  ] as Array<[string, string, ModelsListFilters]>)('%s > %s', (lo, hi, filters) => {
    const error = expectRefused(() => encodeModelsQuery(filters), lo);
    expect(error.message).toContain(hi);
  });

  it('an equal minimum and maximum is fine', () => {
    expect(params(encodeModelsQuery({ minPrice: 3, maxPrice: 3 }))).toEqual({
      min_price: '3',
      max_price: '3',
    });
  });

  it.each([
    ['context', { context: '1000' }],
    ['minPrice', { minPrice: '1' }],
    ['limit', { limit: true }],
    ['distillable', { distillable: 'true' }],
    ['distillable', { distillable: 1 }],
    ['zdr', { zdr: 'yes' }],
    ['q', { q: 42 }],
    ['sort', { sort: ['newest'] }],
    ['category', { category: {} }],
    ['modelAuthors', { modelAuthors: 'openai' }],
    ['modelAuthors', { modelAuthors: ['openai', 7] }],
    ['providers', { providers: [null] }],
    ['outputModalities', { outputModalities: 'text' }],
    ['inputModalities', { inputModalities: { 0: 'text' } }],
  ] as Array<[string, Record<string, unknown>]>)('wrong type: %s in %o', (field, filters) => {
    expectRefused(() => encodeModelsQuery(filters as ModelsListFilters), field);
  });

  it('refuses a list item holding a comma (it would split on the wire)', () => {
    expectRefused(() => encodeModelsQuery({ modelAuthors: ['openai,anthropic'] }), 'modelAuthors');
  });

  it('refuses an unknown filter key, naming it (a typo must not be ignored silently)', () => {
    expectRefused(
      () => encodeModelsQuery({ catgory: 'programming' } as unknown as ModelsListFilters),
      'catgory',
    );
    expectRefused(
      () => encodeModelsQuery({ model_authors: ['openai'] } as unknown as ModelsListFilters),
      'model_authors',
    );
  });

  it('ignores an unknown key whose value is undefined', () => {
    expect(encodeModelsQuery({ extra: undefined } as unknown as ModelsListFilters)).toBe('');
  });

  it('refuses keys outside the allowed set of an endpoint', () => {
    const allowed = new Set(['outputModalities']);
    expect(encodeModelsQuery({ outputModalities: 'all' }, allowed)).toBe('output_modalities=all');
    expectRefused(() => encodeModelsQuery({ q: 'x' }, allowed), 'q');
  });

  it('refuses filters that are not an object', () => {
    expectRefused(() => encodeModelsQuery(null as unknown as ModelsListFilters), 'filters');
    expectRefused(() => encodeModelsQuery('q=x' as unknown as ModelsListFilters), 'filters');
  });
});

describe('normalizeModelsFilters', () => {
  it('two filter objects that ask the same question normalise to equal objects', () => {
    const a = normalizeModelsFilters({
      modelAuthors: ['openai', 'anthropic'],
      q: ' gpt ',
      zdr: false,
      outputModalities: ['text', 'image'],
    });
    const b = normalizeModelsFilters({
      outputModalities: ['image', 'text', 'text'],
      q: 'gpt',
      modelAuthors: ['anthropic', 'openai'],
      arch: '',
    });
    expect(a).toEqual(b);
    expect(a).toEqual({
      modelAuthors: ['anthropic', 'openai'],
      outputModalities: ['image', 'text'],
      q: 'gpt',
    });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('keeps each kind of value with its type', () => {
    expect(
      normalizeModelsFilters({
        context: 4096,
        minPrice: 0.25,
        distillable: false,
        zdr: true,
        outputModalities: 'all',
        sort: 'newest',
        q: 'a,b & c',
        providers: ['Google Vertex'],
        offset: 0,
        limit: 10,
      }),
    ).toEqual({
      context: 4096,
      minPrice: 0.25,
      distillable: false,
      zdr: true,
      outputModalities: 'all',
      sort: 'newest',
      q: 'a,b & c',
      providers: ['Google Vertex'],
      offset: 0,
      limit: 10,
    });
  });

  it('unset, empty and default-equivalent filters normalise to {}', () => {
    expect(normalizeModelsFilters()).toEqual({});
    expect(normalizeModelsFilters({})).toEqual({});
    expect(normalizeModelsFilters({ q: '', modelAuthors: [], zdr: false, category: undefined })).toEqual({});
  });

  it('is idempotent and encodes to the same query', () => {
    const filters: ModelsListFilters = {
      modelAuthors: ['b', 'a'],
      minPrice: 1,
      maxPrice: 2,
      outputModalities: ['all', 'text'],
      q: ' x ',
    };
    const once = normalizeModelsFilters(filters);
    expect(normalizeModelsFilters(once)).toEqual(once);
    expect(encodeModelsQuery(once)).toBe(encodeModelsQuery(filters));
  });

  it('refuses what encodeModelsQuery refuses', () => {
    expectRefused(() => normalizeModelsFilters({ context: -1 }), 'context');
    expectRefused(() => normalizeModelsFilters({ minPrice: 2, maxPrice: 1 }), 'minPrice');
  });
});

describe('properties (fast-check)', () => {
  const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
  const filtersArb: fc.Arbitrary<ModelsListFilters> = fc.record(
    {
      category: word,
      supportedParameters: fc.array(word, { maxLength: 4 }),
      outputModalities: fc.oneof(fc.constant('all' as const), fc.array(word, { maxLength: 3 })),
      sort: word,
      q: fc.string({ maxLength: 12 }),
      inputModalities: fc.array(word, { maxLength: 3 }),
      context: fc.integer({ min: 1, max: 2_000_000 }),
      minPrice: fc.double({ min: 0, max: 100, noNaN: true }),
      arch: word,
      modelAuthors: fc.array(word, { maxLength: 4 }),
      providers: fc.array(word, { maxLength: 4 }),
      distillable: fc.boolean(),
      zdr: fc.boolean(),
      region: word,
      minAgeDays: fc.integer({ min: 0, max: 1000 }),
      offset: fc.integer({ min: 0, max: 10_000 }),
      limit: fc.integer({ min: 1, max: 1000 }),
    },
    { requiredKeys: [] },
  );

  function shuffled<T>(items: readonly T[], seed: number): T[] {
    const out = [...items];
    let s = seed;
    for (let i = out.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  it('key order and list order never change the query', () => {
    fc.assert(
      fc.property(filtersArb, fc.integer({ min: 1, max: 1e6 }), (filters, seed) => {
        const entries = shuffled(Object.entries(filters), seed).map(([k, v]) => [
          k,
          Array.isArray(v) ? shuffled(v, seed + 1) : v,
        ]);
        expect(encodeModelsQuery(Object.fromEntries(entries))).toBe(encodeModelsQuery(filters));
      }),
    );
  });

  it('normalising never changes the query, and the query always parses back', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const query = encodeModelsQuery(filters);
        expect(encodeModelsQuery(normalizeModelsFilters(filters))).toBe(query);
        const names = [...new URLSearchParams(query).keys()];
        expect(new Set(names).size).toBe(names.length);
        expect(names).toEqual([...names].sort());
      }),
    );
  });
});

describe('a null or undefined bound is no bound (issue 13)', () => {
  const pairs: Array<[keyof ModelsListFilters, keyof ModelsListFilters, number]> = [
    ['minPrice', 'maxPrice', 5],
    ['minOutputPrice', 'maxOutputPrice', 5],
    ['minAgeDays', 'maxAgeDays', 30],
    ['minIntelligenceIndex', 'maxIntelligenceIndex', 60],
    ['minCodingIndex', 'maxCodingIndex', 2],
    ['minAgenticIndex', 'maxAgenticIndex', 2],
    ['minToolSuccessRate', 'maxToolSuccessRate', 0.9],
  ];

  it.each(pairs)('%s with %s null or undefined sends the minimum alone', (lo, hi, value) => {
    for (const none of [null, undefined]) {
      const filters = { [lo]: value, [hi]: none } as unknown as ModelsListFilters;
      const wire = lo.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
      expect(params(encodeModelsQuery(filters))).toEqual({ [wire]: String(value) });
      expect(normalizeModelsFilters(filters)).toEqual({ [lo]: value });
    }
  });

  it.each(pairs)('%s null with %s set sends the maximum alone', (lo, hi, value) => {
    const filters = { [lo]: null, [hi]: value } as unknown as ModelsListFilters;
    const wire = hi.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
    expect(params(encodeModelsQuery(filters))).toEqual({ [wire]: String(value) });
  });
});

describe('numbers on the wire are plain decimals (issue 13)', () => {
  it.each([
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [0.1, '0.1'],
    [0.3, '0.3'],
    [123.456, '123.456'],
    [1e21, '1000000000000000000000'],
    [1.25e22, '12500000000000000000000'],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [-0, '0'],
  ])('%s → %s', (value, decimal) => {
    expect(encodeModelsQuery({ minPrice: value })).toBe(`min_price=${decimal}`);
    expect(encodeModelsQuery({ maxOutputPrice: value })).toBe(`max_output_price=${decimal}`);
  });

  it('any number ≥ 0 goes out as digits and a point only, and reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true }), (value) => {
        const wire = encodeModelsQuery({ maxPrice: value }).slice('max_price='.length);
        expect(wire).toMatch(/^\d+(\.\d+)?$/);
        expect(Number(wire)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});
