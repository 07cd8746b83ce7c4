import { describe, expect, it } from 'vitest';
import { countActiveFilters } from '../../src/model/update-filters';

describe('countActiveFilters', () => {
  it('counts the controls a person set, not the values they send', () => {
    expect(countActiveFilters({})).toBe(0);
    // "Free models only" sets two values: one filter.
    expect(countActiveFilters({ maxPrice: 0, maxOutputPrice: 0 })).toBe(1);
    expect(countActiveFilters({ maxPrice: 0, maxOutputPrice: 0, inputModalities: ['image'] })).toBe(2);
    // A range is one control, whichever ends are set.
    expect(countActiveFilters({ minPrice: 1, maxPrice: 5 })).toBe(1);
    expect(countActiveFilters({ minPrice: 1, maxPrice: 5, minOutputPrice: 2 })).toBe(2);
    expect(
      countActiveFilters({
        minIntelligenceIndex: 40,
        maxIntelligenceIndex: 60,
        minAgeDays: 1,
        maxAgeDays: 30,
      }),
    ).toBe(2);
    // A price of at most 0 on one side only is a price range, not "free only".
    expect(countActiveFilters({ maxPrice: 0 })).toBe(1);
    // As the toggle reads it: a minimum beside both maxima of 0 is still "free only" (it can only be 0).
    expect(countActiveFilters({ maxPrice: 0, maxOutputPrice: 0, minPrice: 0 })).toBe(1);
    expect(countActiveFilters({ maxPrice: 0, maxOutputPrice: 0, minAgeDays: 3 })).toBe(2);
  });

  it('leaves out sort, q and paging, and values that mean "any"', () => {
    expect(countActiveFilters({ sort: 'newest', q: 'claude', offset: 20, limit: 10 })).toBe(0);
    expect(
      countActiveFilters({ inputModalities: [], outputModalities: undefined, providers: ['Groq'] }),
    ).toBe(1);
    // The same "any" as hasActiveFilters: text-only output is the default, zdr: false is unset.
    expect(countActiveFilters({ outputModalities: ['text'], zdr: false, arch: ' ' })).toBe(0);
  });
});
