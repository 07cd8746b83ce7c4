/** Small helpers shared inside the core (not exported from the package). */

/** The value when it is a plain object (not null, not an array), else undefined. */
export const obj = (v: unknown): Record<string, any> | undefined => (v && typeof v == 'object' && !Array.isArray(v) ? (v as Record<string, any>) : undefined);

/** camelCase → the API's snake_case: `maxAgeDays` → `max_age_days`, `inputCacheWrite1h` → `input_cache_write_1h`. */
export const snake = (key: string): string => key.replace(/[A-Z]|\d+/g, (c) => '_' + c.toLowerCase());
