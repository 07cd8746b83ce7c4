/** Small helpers shared inside the core (not exported from the package). */

/** The value when it is a plain object (not null, not an array), else undefined. */
export const obj = (v: unknown): Record<string, any> | undefined =>
  v && typeof v == 'object' && !Array.isArray(v) ? (v as Record<string, any>) : undefined;

/** camelCase → the API's snake_case: `maxAgeDays` → `max_age_days`, `inputCacheWrite1h` → `input_cache_write_1h`. */
export const snake = (key: string): string => key.replace(/[A-Z]|\d+/g, (c) => '_' + c.toLowerCase());

/**
 * A number ≥ 0 as a plain decimal, exactly as JavaScript writes it but without an exponent:
 * `1e-7` → `"0.0000001"`, `1.5e-7` → `"0.00000015"`, `1e21` → `"1000000000000000000000"`.
 * Only the digits of `String(n)` are moved, so no floating-point noise is added.
 */
export function plainDecimal(n: number): string {
  const [mantissa, exponent] = String(n).split('e');
  if (!exponent) return mantissa;
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + +exponent;
  if (point <= 0) return '0.' + '0'.repeat(-point) + digits;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return digits.slice(0, point) + '.' + digits.slice(point);
}
