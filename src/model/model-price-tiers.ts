import { formatPrice, perMillion } from './pricing';
import type { PricingOverride, PublicPricing } from '../core/types';
import { formatTokenCount } from './format-token-count';

export interface ModelPriceTier {
  /** When the tier applies, e.g. `> 200K tokens` or `01:00–04:00 UTC`. */
  condition: string;
  /** The prices that change, e.g. `$6.00/M in, $22.50/M out`. */
  prices: string;
  /** `condition: prices`. */
  text: string;
}

const FIELDS: ReadonlyArray<readonly [keyof PricingOverride, string]> = [
  ['prompt', 'in'],
  ['completion', 'out'],
  ['inputCacheRead', 'cache read'],
  ['inputCacheWrite', 'cache write'],
  ['inputCacheWrite1h', 'cache write (1h)'],
  ['audio', 'audio in'],
  ['inputAudioCache', 'audio cache'],
];

const clock = (hhmm: number) => {
  const h = Math.floor(hhmm / 100);
  const m = Math.round(hhmm % 100);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
};

function conditionOf(o: PricingOverride): string {
  const parts: string[] = [];
  if (typeof o.minPromptTokens === 'number' && Number.isFinite(o.minPromptTokens))
    parts.push(`> ${formatTokenCount(o.minPromptTokens)} tokens`);
  if (typeof o.utcStart === 'number' && typeof o.utcEnd === 'number')
    parts.push(`${clock(o.utcStart)}–${clock(o.utcEnd)} UTC`);
  if (o.utcDays && o.utcDays.length > 0) parts.push(o.utcDays.join(', '));
  return parts.length > 0 ? parts.join(', ') : 'Other conditions';
}

/**
 * Conditional prices from `pricing.overrides` (long-context tiers, time windows), e.g.
 * `> 200K tokens: $6.00/M in, $22.50/M out`. Entries that change no price are left out.
 */
export function modelPriceTiers(pricing: PublicPricing): ModelPriceTier[] {
  const tiers: ModelPriceTier[] = [];
  for (const override of pricing.overrides ?? []) {
    const prices = FIELDS.flatMap(([key, word]) => {
      const value = override[key];
      if (typeof value !== 'string') return [];
      const price = perMillion(value);
      return price.kind === 'unknown' ? [] : [`${formatPrice(price)} ${word}`];
    }).join(', ');
    if (!prices) continue;
    const condition = conditionOf(override);
    tiers.push({ condition, prices, text: `${condition}: ${prices}` });
  }
  return tiers;
}
