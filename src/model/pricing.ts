/**
 * Prices in the API are USD per token (or per request / image) as decimal strings;
 * people read them per million tokens. `"0"` is free, `"-1"` (any negative) is a
 * variable price (routers), `""` or garbage is unknown.
 */
export type Price =
  | { kind: 'free' }
  | { kind: 'variable' }
  | { kind: 'unknown' }
  | { kind: 'paid'; /** USD per million tokens (or per unit for per-unit prices). */ usd: number };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses a price string and scales it by `scale` (1e6 for per-token → per-million). */
export function parsePrice(value: string | number | null | undefined, scale = 1): Price {
  // Only plain decimals: `Number('  ')` is 0 (would read as free) and `Number('0x10')` is 16.
  const n = typeof value == 'number' ? value : DECIMAL.test(value?.trim() ?? '') ? Number(value) : NaN;
  if (!isFinite(n)) return { kind: 'unknown' };
  if (n < 0) return { kind: 'variable' };
  // Round away binary noise: "0.0000014" × 1e6 is 1.4000000000000001.
  return n ? { kind: 'paid', usd: Number((n * scale).toPrecision(12)) } : { kind: 'free' };
}

/** A per-token price string as USD per million tokens: `"0.0000014"` → `{ kind: 'paid', usd: 1.4 }`. */
export function perMillion(perToken: string | number | null | undefined): Price {
  return parsePrice(perToken, 1_000_000);
}

/** USD per million tokens as a number (0 when free); null when variable or unknown. */
export function perMillionValue(perToken: string | number | null | undefined): number | null {
  const p = perMillion(perToken);
  return p.kind === 'paid' ? p.usd : p.kind === 'free' ? 0 : null;
}

export interface FormatPriceOptions {
  /** Text after the amount, e.g. `/M` (default) or `/request`. */
  unit?: string;
  /** Words for the special cases. */
  free?: string;
  variable?: string;
  unknown?: string;
}

/** `{ kind: 'paid', usd: 1.4 }` → `"$1.40/M"`; free → `"Free"`; variable → `"Variable"`; unknown → `"—"`. */
export function formatPrice(price: Price, options: FormatPriceOptions = {}): string {
  const { unit = '/M', free = 'Free', variable = 'Variable', unknown = '—' } = options;
  return price.kind == 'paid' ? formatUsd(price.usd) + unit : { free, variable, unknown }[price.kind];
}

/** Dollars with two decimals, and more only when a smaller price needs them: `$0.075`, `$0.0004`. */
export function formatUsd(usd: number): string {
  // Thousands by hand: toLocaleString builds a number formatter on every call (about a
  // millisecond each, paid per row on every keystroke of the picker).
  if (usd >= 100)
    return (
      '$' +
      (usd < 1e21
        ? String(Math.round(usd)).replace(/\B(?=(\d{3})+$)/g, ',')
        : usd.toLocaleString('en-US', { maximumFractionDigits: 0 }))
    );
  if (usd >= 0.01 || usd === 0) {
    const s = usd.toFixed(usd < 1 ? 3 : 2).replace(/(\.\d\d)0$/, '$1');
    return `$${s}`;
  }
  // Two significant digits, in plain decimals (`String(5e-7)` would be "5e-7").
  const rounded = Number(usd.toPrecision(2));
  const digits = Math.min(20, Math.max(2, 1 - Math.floor(Math.log10(rounded))));
  return `$${rounded.toFixed(digits).replace(/(\.\d*?[1-9])0+$/, '$1')}`;
}
