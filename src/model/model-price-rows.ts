import { formatPrice, parsePrice, type Price } from './pricing';
import type { PublicPricing } from '../core/types';

type PriceField = Exclude<keyof PublicPricing, 'overrides' | 'discount'>;

export interface ModelPriceRow {
  /** The pricing field, e.g. `prompt`, `inputCacheRead`, `request`. */
  key: PriceField;
  /** e.g. `Input`, `Cache read`, `Per request`. */
  label: string;
  price: Price;
  /** `/M` (per million tokens) or a per-unit suffix such as `/request`, `/image`, `/search`. */
  unit: string;
  /** Whole text, e.g. `$1.40/M`, `Free`, `Variable`, `$0.01/search`. */
  text: string;
}

interface RowSpec {
  key: PriceField;
  label: string;
  /** Per-unit prices are shown as they are; per-token prices per million. */
  per?: 'request' | 'image' | 'search';
  /** Always shown, even when free or unknown. */
  always?: boolean;
  /** Hidden when it equals this other field (the data then repeats the base price). */
  sameAs?: PriceField;
}

const ROWS: readonly RowSpec[] = [
  { key: 'prompt', label: 'Input', always: true },
  { key: 'completion', label: 'Output', always: true },
  { key: 'inputCacheRead', label: 'Cache read' },
  { key: 'inputCacheWrite', label: 'Cache write' },
  { key: 'inputCacheWrite1h', label: 'Cache write (1h)' },
  { key: 'internalReasoning', label: 'Reasoning', sameAs: 'completion' },
  { key: 'audio', label: 'Audio input' },
  { key: 'audioOutput', label: 'Audio output' },
  { key: 'inputAudioCache', label: 'Audio cache' },
  { key: 'imageToken', label: 'Image tokens' },
  // Per input image; recent data repeats the prompt price here (images billed as input tokens).
  { key: 'image', label: 'Image input', per: 'image', sameAs: 'prompt' },
  { key: 'imageOutput', label: 'Image output', per: 'image' },
  { key: 'request', label: 'Per request', per: 'request' },
  { key: 'webSearch', label: 'Web search', per: 'search' },
];

/**
 * The prices of a model, ready to show: input and output always; every other price
 * (cache read/write, reasoning, audio, image, per request, web search) only when it
 * costs something or is variable. Per-token prices are per million tokens (`$1.40/M`);
 * per-request, per-image and per-search prices per unit (`$0.01/search`).
 */
export function modelPriceRows(pricing: PublicPricing): ModelPriceRow[] {
  const rows: ModelPriceRow[] = [];
  for (const spec of ROWS) {
    const raw = pricing[spec.key];
    if (raw === undefined) continue;
    if (spec.sameAs && raw === pricing[spec.sameAs]) continue;
    const price = parsePrice(raw, spec.per ? 1 : 1_000_000);
    if (!spec.always && (price.kind === 'free' || price.kind === 'unknown')) continue;
    const unit = spec.per ? `/${spec.per}` : '/M';
    rows.push({ key: spec.key, label: spec.label, price, unit, text: formatPrice(price, { unit }) });
  }
  return rows;
}
