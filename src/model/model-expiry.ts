/** Dates further ahead than this are placeholders ("2098-12-31"), not a real retirement. */
const HORIZON_MS = 20 * 365.25 * 24 * 60 * 60 * 1000;

export interface ModelExpiry {
  /** Midnight UTC of the expiration date. */
  date: Date;
  /** The date has passed. */
  past: boolean;
}

/**
 * A model's expiration date, when it has a real one: `"2026-08-10"` → `{ date, past }`.
 * Undefined when there is none, it cannot be read, or it lies more than 20 years ahead
 * (the data uses far-future dates such as `2098-12-31` to mean "no expiry").
 */
export function modelExpiry(
  expirationDate: string | null | undefined,
  now: number = Date.now(),
): ModelExpiry | undefined {
  const date = parseDay(expirationDate);
  if (!date) return undefined;
  if (date.getTime() - now > HORIZON_MS) return undefined;
  return { date, past: date.getTime() + 24 * 60 * 60 * 1000 <= now };
}

/** `"2026-08-10"` (or a full ISO timestamp, or `"2024-05"`) → a Date at midnight UTC; undefined when unreadable. */
export function parseDay(value: string | null | undefined): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day = '01'] = [Number(m[1]), Number(m[2]), m[3]];
  const date = new Date(Date.UTC(year, month - 1, Number(day)));
  return Number.isNaN(date.getTime()) || month < 1 || month > 12 ? undefined : date;
}
