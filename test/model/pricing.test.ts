import { formatPrice, formatUsd, parsePrice, perMillion, perMillionValue } from '../../src/model/pricing';
import { fixtureJson, MODELS_2025, MODELS_2026 } from '../core/fixtures';

describe('perMillion', () => {
  it('"0.0000014" per token is exactly 1.4 per million', () => {
    expect(perMillion('0.0000014')).toEqual({ kind: 'paid', usd: 1.4 });
  });

  it('rounds away binary noise', () => {
    expect(Number('0.0000029') * 1e6).not.toBe(2.9); // the trap: 2.9000000000000004
    expect(perMillion('0.0000029')).toEqual({ kind: 'paid', usd: 2.9 });
  });

  it.each([
    ['0.000003', 3],
    ['0.000015', 15],
    ['0.000075', 75],
    ['0.00000026', 0.26],
    ['0.0000001', 0.1],
    ['0.00000001', 0.01],
    ['0.00001875', 18.75],
    ['0.0000044', 4.4],
    ['0.00012', 120],
    ['1e-6', 1],
    ['  0.000002  ', 2],
  ])('%j → %d', (perToken, usd) => {
    expect(perMillion(perToken)).toEqual({ kind: 'paid', usd });
  });

  it('accepts numbers as well as strings', () => {
    expect(perMillion(0.0000014)).toEqual({ kind: 'paid', usd: 1.4 });
    expect(perMillion(0)).toEqual({ kind: 'free' });
    expect(perMillion(-1)).toEqual({ kind: 'variable' });
  });

  it('"0" is free', () => {
    expect(perMillion('0')).toEqual({ kind: 'free' });
    expect(perMillion('0.0')).toEqual({ kind: 'free' });
    expect(perMillion('0.000000')).toEqual({ kind: 'free' });
  });

  it('"-1" (any negative) is a variable price', () => {
    expect(perMillion('-1')).toEqual({ kind: 'variable' });
    expect(perMillion('-0.5')).toEqual({ kind: 'variable' });
  });

  it.each([
    '',
    '   ',
    'abc',
    'free',
    '1.2.3',
    '$1',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '0b1',
    '1,5',
    null,
    undefined,
  ])('%j is unknown (never free, never a number)', (value) => {
    expect(perMillion(value as string)).toEqual({ kind: 'unknown' });
  });

  it('non-finite numbers are unknown', () => {
    expect(perMillion(Number.NaN)).toEqual({ kind: 'unknown' });
    expect(perMillion(Number.POSITIVE_INFINITY)).toEqual({ kind: 'unknown' });
  });

  it('every price string in both fixtures reads as free, variable or paid (never unknown)', () => {
    for (const name of [MODELS_2026, MODELS_2025]) {
      const { data } = fixtureJson<{ data: Array<{ id: string; pricing: Record<string, unknown> }> }>(name);
      for (const model of data) {
        for (const [key, value] of Object.entries(model.pricing)) {
          if (typeof value !== 'string') continue;
          const price = perMillion(value);
          expect(price.kind, `${name} ${model.id} pricing.${key}=${value}`).not.toBe('unknown');
          if (price.kind === 'paid') expect(Number.isFinite(price.usd) && price.usd > 0).toBe(true);
        }
      }
    }
  });
});

describe('parsePrice', () => {
  it('scales by 1 by default (per request / per image prices)', () => {
    expect(parsePrice('0.024')).toEqual({ kind: 'paid', usd: 0.024 });
    expect(parsePrice('0.01', 1000)).toEqual({ kind: 'paid', usd: 10 });
  });
});

describe('perMillionValue', () => {
  it('is the number for a paid price, 0 for free, null for variable or unknown', () => {
    expect(perMillionValue('0.0000014')).toBe(1.4);
    expect(perMillionValue('0')).toBe(0);
    expect(perMillionValue('-1')).toBeNull();
    expect(perMillionValue('')).toBeNull();
    expect(perMillionValue(undefined)).toBeNull();
  });
});

describe('formatUsd', () => {
  it.each([
    [0, '$0.00'],
    [1.4, '$1.40'],
    [1, '$1.00'],
    [15, '$15.00'],
    [18.75, '$18.75'],
    [0.5, '$0.50'],
    [0.26, '$0.26'],
    [0.075, '$0.075'],
    [0.01, '$0.01'],
    [0.0004, '$0.0004'],
    [0.00045, '$0.00045'],
    [0.004567, '$0.0046'],
    [0.0000005, '$0.0000005'],
    [0.00000012345, '$0.00000012'],
    [100, '$100'],
    [150, '$150'],
    [1234.5, '$1,235'],
  ])('%d → %s', (usd, text) => {
    expect(formatUsd(usd)).toBe(text);
  });

  it('never prints exponent notation', () => {
    for (const usd of [1e-7, 5e-8, 1.5e-9, 1e-12]) expect(formatUsd(usd)).not.toMatch(/e/i);
  });
});

describe('formatPrice', () => {
  it('a paid price with the default unit', () => {
    expect(formatPrice(perMillion('0.0000014'))).toBe('$1.40/M');
    expect(formatPrice(perMillion('0.000075'))).toBe('$75.00/M');
    expect(formatPrice(perMillion('0.00000026'))).toBe('$0.26/M');
  });

  it('free, variable and unknown', () => {
    expect(formatPrice(perMillion('0'))).toBe('Free');
    expect(formatPrice(perMillion('-1'))).toBe('Variable');
    expect(formatPrice(perMillion(''))).toBe('—');
    expect(formatPrice(perMillion(' '))).toBe('—');
  });

  it('takes another unit and other words', () => {
    expect(formatPrice(parsePrice('0.024'), { unit: '/image' })).toBe('$0.024/image');
    expect(formatPrice(perMillion('0'), { free: 'Gratis' })).toBe('Gratis');
    expect(formatPrice(perMillion('-1'), { variable: 'Depends' })).toBe('Depends');
    expect(formatPrice(perMillion('x'), { unknown: 'n/a' })).toBe('n/a');
  });
});
