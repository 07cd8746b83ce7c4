/**
 * A token count as people read it: `128000` → `"128K"`, `1048576` → `"1M"`,
 * `2097152` → `"2.1M"`, `131072` → `"131K"`, `512` → `"512"`.
 */
export function formatTokenCount(tokens: number): string {
  if (!Number.isFinite(tokens) || tokens < 0) return '—';
  if (tokens >= 999_500) return `${trim((tokens / 1_000_000).toFixed(1))}M`;
  if (tokens >= 1_000) return `${Math.round(tokens / 1_000)}K`;
  return String(Math.round(tokens));
}

const trim = (s: string) => s.replace(/\.0$/, '');
