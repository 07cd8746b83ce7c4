import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeModelsQuery, normalizeModelsFilters } from '../../src/core/encode-query';
import { modelIdOf } from '../../src/core/model-id';
import type { ModelsListFilters } from '../../src/core/types';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  type ModelsUrlState,
} from '../../src/model/url-state';

const SEED = 20261203;
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('claude', 'a b', 'a,b', 'x&y=z', '100%', '?#', ' +'),
);
const item = text.filter((s) => !s.includes(','));
const list = fc.array(item, { maxLength: 4 });
const price = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 1e-7, 1.5e-7, 1e21, 0.1, 2.5),
);
const whole = fc.integer({ min: 0, max: 10_000_000 });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** Any filter object, valid or not, with every filter of the URL and sort and q. */
const anyFilters: fc.Arbitrary<ModelsListFilters> = fc.record(
  {
    arch: text,
    category: text,
    context: fc.integer({ min: 1, max: 2_000_000 }),
    distillable: fc.boolean(),
    inputModalities: list,
    maxAgeDays: whole,
    minAgeDays: whole,
    maxPrice: price,
    minPrice: price,
    maxOutputPrice: price,
    minOutputPrice: price,
    maxIntelligenceIndex: price,
    minIntelligenceIndex: price,
    maxCodingIndex: price,
    minCodingIndex: price,
    maxAgenticIndex: price,
    minAgenticIndex: price,
    maxToolSuccessRate: fraction,
    minToolSuccessRate: fraction,
    modelAuthors: list,
    outputModalities: fc.oneof(list, fc.constant('all' as const)),
    providers: list,
    q: text,
    region: text,
    sort: fc.oneof(fc.constantFrom('newest', 'most-popular', 'pricing-low-to-high'), text),
    supportedParameters: list,
    zdr: fc.boolean(),
  },
  { requiredKeys: [] },
);

const isValid = (f: ModelsListFilters) => {
  try {
    normalizeModelsFilters(f);
    return true;
  } catch {
    return false;
  }
};

const canonicalId = (id: string) => {
  try {
    return modelIdOf(id);
  } catch {
    return undefined;
  }
};
/** A part of a model id: mostly plain, some Unicode, some the core refuses. */
const idPart = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,24}$/),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.constantFrom('~anthropic', 'claude-sonnet-4.5', 'gpt-4o', 'a@b', 'x%41y', '..', '.', 'a b', 'a,b'),
);
/** A model id in canonical form, as `modelIdOf` gives it: `author/slug[:variant]`. */
const validId: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(
      'anthropic/claude-sonnet-4.5',
      'openai/gpt-4o:free',
      '~anthropic/claude-sonnet-latest',
      'z-ai/glm-5.2:thinking',
    ),
    fc
      .tuple(idPart, idPart, fc.option(idPart, { nil: undefined }))
      .map(([a, s, v]) => `${a}/${s}${v === undefined ? '' : `:${v}`}`),
  )
  .map(canonicalId)
  .filter((id): id is string => id !== undefined);

/** A valid state in canonical form (what `filtersFromSearchParams` returns). */
const validState: fc.Arbitrary<ModelsUrlState> = fc
  .tuple(anyFilters.filter(isValid), fc.option(validId, { nil: undefined }))
  .map(([f, details]) => {
    const { sort, q, ...filters } = normalizeModelsFilters(f);
    return {
      filters,
      ...(sort !== undefined && { sort }),
      ...(q !== undefined && { q }),
      ...(details !== undefined && { details }),
    };
  });

const from = filtersFromSearchParams;
const to = filtersToSearchParams;

describe('filtersToSearchParams / filtersFromSearchParams', () => {
  it('round trip: from(to(s)) equals s for every valid state, with nothing dropped (fast-check, 1,000 states)', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const params = to(state);
        const read = from(params);
        expect(read.state).toEqual(state);
        expect(read.dropped).toEqual([]);
        expect(read.filters).toEqual(
          normalizeModelsFilters({ ...state.filters, sort: state.sort, q: state.q }),
        );
        // Through the string too, as a URL carries it.
        expect(from('?' + params.toString()).state).toEqual(state);
      }),
      { numRuns: 1000, seed: SEED },
    );
  }, 60_000);

  it(
    "writes the API's own names, in the core's canonical order: the URL's query is the API's query",
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(validState, (state) => {
          const params = to(state);
          const api = encodeModelsQuery({ ...state.filters, sort: state.sort, q: state.q });
          // Same names, same order, same values; then the open details, which the API never sees.
          const details = state.details === undefined ? [] : [['details', state.details]];
          expect([...params]).toEqual([...new URLSearchParams(api), ...details]);
        }),
        { numRuns: 300, seed: SEED },
      );
      const state: ModelsUrlState = {
        filters: { inputModalities: ['text', 'image'], maxPrice: 1 },
        sort: 'newest',
        q: 'claude',
      };
      expect(to(state).toString()).toBe('input_modalities=image,text&max_price=1&q=claude&sort=newest');
      expect(from('input_modalities=image,text&max_price=1&sort=newest&q=claude').state).toEqual({
        filters: { inputModalities: ['image', 'text'], maxPrice: 1 },
        sort: 'newest',
        q: 'claude',
      });
    },
  );

  it('equal states give equal strings, whatever their order; numbers as plain decimals', () => {
    const a = to({
      filters: { modelAuthors: ['openai', 'anthropic', 'openai'], maxPrice: 0.0000001 },
    }).toString();
    const b = to({ filters: { maxPrice: 1e-7, modelAuthors: ['anthropic', 'openai'] } }).toString();
    expect(a).toBe(b);
    expect(a).toBe('max_price=0.0000001&model_authors=anthropic,openai');
  });

  it("keeps an app's own parameters, untouched and first; never writes paging", () => {
    const params = to(
      { filters: { zdr: true }, sort: 'newest' },
      { keep: '?tab=models&sort=old&offset=20&limit=5&x=1&x=2&utm=a%2Cb' },
    );
    expect([...params]).toEqual([
      ['tab', 'models'],
      ['x', '1'],
      ['x', '2'],
      ['utm', 'a,b'],
      ['sort', 'newest'],
      ['zdr', 'true'],
    ]);
    expect(to({ filters: {} }, { keep: new URLSearchParams('q=old&max_price=3') }).toString()).toBe('');
    // Next.js's searchParams record.
    expect(
      to({ filters: {}, q: 'gpt' }, { keep: { tab: ['a', 'b'], q: 'old', none: undefined } }).toString(),
    ).toBe('tab=a&tab=b&q=gpt');
  });

  it('leaves out, rather than throws, a state value the core refuses', () => {
    expect(to({ filters: { minPrice: 5, maxPrice: 1, context: -3 } }).toString()).toBe('max_price=1');
  });

  it('drops and reports values that cannot be right, keeping the rest', () => {
    const { state, dropped } = from(
      '?max_price=cheap&min_price=5&max_output_price=1&min_output_price=2&context=-1&zdr=maybe&distillable=false&input_modalities=image&input_modalities=text&offset=20&limit=0x10&max_tool_success_rate=2&tab=1&context=12',
    );
    expect(state).toEqual({
      filters: { minPrice: 5, maxOutputPrice: 1, distillable: false, inputModalities: ['image'] },
    });
    expect(dropped).toEqual(
      expect.arrayContaining([
        { param: 'max_price', value: 'cheap', reason: 'maxPrice must be a number' },
        {
          param: 'min_output_price',
          value: '2',
          reason: 'Invalid minOutputPrice: must not exceed maxOutputPrice',
        },
        { param: 'context', value: '-1', reason: 'Invalid context: must be a whole number of at least 1' },
        { param: 'zdr', value: 'maybe', reason: 'zdr must be true or false' },
        {
          param: 'input_modalities',
          value: 'text',
          reason: 'input_modalities is repeated: the first one is used',
        },
        { param: 'offset', value: '20', reason: 'paging is not kept in the URL' },
        { param: 'limit', value: '0x10', reason: 'paging is not kept in the URL' },
        {
          param: 'max_tool_success_rate',
          value: '2',
          reason: 'Invalid maxToolSuccessRate: must be a number from 0 to 1',
        },
      ]),
    );
    expect(dropped).toHaveLength(9); // and the second context
    for (const junk of ['1e3', 'Infinity', 'NaN', '0x10', '', ' ', '1,2'])
      expect(from({ max_price: junk }).state).toEqual({ filters: {} });
  });

  describe('details: the model whose details are open', () => {
    it('written last and as it reads; read back, never among the API’s filters', () => {
      const state: ModelsUrlState = {
        filters: { inputModalities: ['image'] },
        sort: 'newest',
        details: 'anthropic/claude-sonnet-4.5',
      };
      expect(to(state).toString()).toBe(
        'input_modalities=image&sort=newest&details=anthropic/claude-sonnet-4.5',
      );
      const read = from('?details=anthropic/claude-sonnet-4.5&input_modalities=image&sort=newest');
      expect(read.state).toEqual(state);
      expect(read.filters).toEqual({ inputModalities: ['image'], sort: 'newest' });
      expect(read.dropped).toEqual([]);
      // Variants and aliases, readable too; an encoded one reads the same.
      expect(to({ filters: {}, details: 'openai/gpt-4o:free' }).toString()).toBe(
        'details=openai/gpt-4o:free',
      );
      expect(to({ filters: {}, details: '~anthropic/claude-sonnet-latest' }).toString()).toBe(
        'details=~anthropic/claude-sonnet-latest',
      );
      expect(from('details=openai%2Fgpt-4o%3Afree').state).toEqual({
        filters: {},
        details: 'openai/gpt-4o:free',
      });
      // Next.js's record, and its once-more encoded id (a router's `%3A`): the canonical id.
      expect(from({ details: 'z-ai/glm-5.2%3Afree' }).state.details).toBe('z-ai/glm-5.2:free');
      expect(from({ details: ' openai/gpt-4o ' }).state.details).toBe('openai/gpt-4o');
    });

    it('drops, with the reason, a details that is not a model id; never throws', () => {
      const cases: Array<[string, string, string]> = [
        ['details=../x', '../x', 'Invalid author: must not contain ".."'],
        ['details=a%2Fb/c', 'a/b/c', 'Invalid slug: must not contain "/"'],
        ['details=a%252Fb/c', 'a%2Fb/c', 'Invalid author: must not contain "/"'],
        ['details=', '', 'Invalid id: must be "author/slug"'],
        ['details=claude', 'claude', 'Invalid id: must be "author/slug"'],
        ['details=a/b:c:d', 'a/b:c:d', 'Invalid variant: must not contain ":"'],
        ['details=a/b%ZZ', 'a/b%ZZ', 'Invalid slug: must be valid percent-encoding'],
        ['details=a/%3Cscript%3E%3F', 'a/<script>?', 'Invalid slug: must not contain "?"'],
        ['details=a/b%23c', 'a/b#c', 'Invalid slug: must not contain "#"'],
        ['details=a/b%00', 'a/b\u0000', 'Invalid slug: must not contain U+0000'],
      ];
      for (const [query, value, reason] of cases) {
        const read = from(query);
        expect(read.state).toEqual({ filters: {} });
        expect(read.dropped).toEqual([{ param: 'details', value, reason }]);
      }
      // Repeated: the first one is used; the rest of the URL is read as ever.
      expect(from('details=a/b&zdr=true&details=c/d')).toEqual({
        state: { filters: { zdr: true }, details: 'a/b' },
        filters: { zdr: true },
        dropped: [{ param: 'details', value: 'c/d', reason: 'details is repeated: the first one is used' }],
      });
    });

    it('a state’s details that is not a model id is left out, not thrown; a kept URL’s is replaced', () => {
      expect(to({ filters: { zdr: true }, details: '../x' }).toString()).toBe('zdr=true');
      expect(to({ filters: {}, details: 'a/b/c' }).toString()).toBe('');
      expect(to({ filters: {} }, { keep: '?tab=1&details=a/b' }).toString()).toBe('tab=1');
      expect(to({ filters: {}, details: 'c/d' }, { keep: '?details=a/b&tab=1' }).toString()).toBe(
        'tab=1&details=c/d',
      );
    });
  });

  it('a hand-edited or stale URL never throws; what it reads is valid, canonical and stable (fast-check, 5,000 URLs)', () => {
    const names = fc.constantFrom(
      'arch',
      'category',
      'context',
      'distillable',
      'input_modalities',
      'max_age_days',
      'min_age_days',
      'max_price',
      'min_price',
      'max_output_price',
      'min_output_price',
      'max_tool_success_rate',
      'min_tool_success_rate',
      'model_authors',
      'output_modalities',
      'providers',
      'q',
      'region',
      'sort',
      'supported_parameters',
      'zdr',
      'offset',
      'limit',
      'tab',
      'details',
      'maxPrice',
      '__proto__',
      'constructor',
    );
    const values = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        'true',
        'false',
        'all',
        '1',
        '-1',
        '0',
        '1e400',
        '1.5',
        '.5',
        '5.',
        'image,text',
        ',,',
        '%E0%A4%A',
        '\u0000',
        'NaN',
        'anthropic/claude-sonnet-4.5',
        'openai/gpt-4o:free',
        '../x',
        'a%2Fb/c',
        'a/b%3Afree',
      ),
      validId,
    );
    const query = fc.oneof(
      fc
        .array(fc.tuple(names, values), { maxLength: 12 })
        .map((pairs) => new URLSearchParams(pairs.map(([n, v]) => [n, v]))),
      fc.string().map((s) => s),
      fc.string({ unit: 'binary' }),
      fc.dictionary(names, fc.oneof(values, fc.array(values, { maxLength: 3 }))),
    );
    fc.assert(
      fc.property(query, (input) => {
        const { state, dropped } = from(input as never);
        // Valid: the core accepts it as it is (already canonical).
        const flat = { ...state.filters, sort: state.sort, q: state.q };
        expect(normalizeModelsFilters(flat)).toEqual(JSON.parse(JSON.stringify(flat)));
        if (state.details !== undefined) expect(modelIdOf(state.details)).toBe(state.details);
        for (const d of dropped) expect(Object.keys(d).sort()).toEqual(['param', 'reason', 'value']);
        // Stable: writing it and reading it back gives it again.
        const again = from(to(state, { keep: input as never }));
        expect([again.state, again.dropped]).toEqual([state, []]);
      }),
      { numRuns: 5000, seed: SEED },
    );
  }, 60_000);

  it('keeps unknown parameters through any round trip (fast-check)', () => {
    const own = fc.array(fc.tuple(fc.constantFrom('tab', 'page', 'utm_source', 'x'), fc.string()), {
      maxLength: 5,
    });
    fc.assert(
      fc.property(validState, own, (state, pairs) => {
        const keep = new URLSearchParams(pairs);
        const out = to(state, { keep });
        expect([...out].slice(0, pairs.length)).toEqual(pairs);
        expect(from(out).state).toEqual(state);
      }),
      { numRuns: 300, seed: SEED },
    );
  }, 60_000);
});
