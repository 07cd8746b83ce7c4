import { InvalidRequestError } from './errors';
import type { ModelIdParts } from './types';

// Control characters (C0, DEL, C1), and bidi / zero-width marks that make an id
// read as something it is not; lone surrogates (\p{Cs}), which no URL can encode.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\s/\\?#%]|\p{Cs}/u;

function checkPart(field: string, value: unknown): string {
  if (typeof value != 'string' || !value || value.length > 256)
    throw new InvalidRequestError(field, 'must be a string of 1 to 256 characters');
  const ch = FORBIDDEN.exec(value)?.[0];
  // Printable characters as they are, the others by code point (never raw).
  if (ch)
    throw new InvalidRequestError(
      field,
      `must not contain ${ch > ' ' && ch < '\x7f' ? `"${ch}"` : `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`}`,
    );
  if (value == '.' || value.includes('..')) throw new InvalidRequestError(field, 'must not contain ".."');
  return value;
}

/**
 * A router hands an id's parts percent-encoded (Next.js: `glm-5.2%3Afree`), and no OpenRouter
 * id holds a `%`: a part with one is decoded once, then checked like any other (so an encoded
 * `/` is still refused, and `%253A` keeps its `%`).
 */
function decodeOnce(field: string, value: unknown): unknown {
  if (typeof value != 'string' || !value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new InvalidRequestError(field, 'must be valid percent-encoding');
  }
}

/** What `models.get` accepts: `"author/slug:variant"` or its parts. `slug` may carry the `:variant` itself. */
export type ModelRef = string | { author: string; slug: string; variant?: string };

/** A reference's parts, every one checked; `variant` only when there is one. */
function partsOf(ref: ModelRef): ModelIdParts {
  let author: unknown, slug: unknown, variant: unknown;
  if (typeof ref == 'string') {
    const slash = ref.indexOf('/');
    if (slash < 0) throw new InvalidRequestError('id', 'must be "author/slug"');
    author = ref.slice(0, slash);
    slug = ref.slice(slash + 1);
  } else if (ref && typeof ref == 'object') {
    ({ author, slug, variant } = ref);
  } else {
    throw new InvalidRequestError('id', 'must be "author/slug" or { author, slug }');
  }
  author = decodeOnce('author', author);
  slug = decodeOnce('slug', slug);
  variant = decodeOnce('variant', variant);
  checkPart('author', author);
  // An object's slug is checked whole first (once decoded); a string's slug and variant one by one.
  if (typeof ref == 'object') checkPart('slug', slug);
  else if ((slug as string).includes('/')) throw new InvalidRequestError('slug', 'must not contain "/"');
  const colon = typeof slug == 'string' ? slug.indexOf(':') : -1;
  if (colon >= 0) {
    if (variant !== undefined)
      throw new InvalidRequestError('variant', 'is given twice (in slug and in variant)');
    variant = (slug as string).slice(colon + 1);
    slug = (slug as string).slice(0, colon);
  }
  checkPart('slug', slug);
  if (variant === undefined) return { author, slug } as ModelIdParts;
  if (checkPart('variant', variant).includes(':'))
    throw new InvalidRequestError('variant', 'must not contain ":"');
  return { author, slug, variant } as ModelIdParts;
}

/**
 * Split a model id into its parts: `"openai/gpt-4:free"` → `{ author: 'openai', slug: 'gpt-4', variant: 'free' }`.
 * Aliases keep their tilde: `"~anthropic/claude-sonnet-latest"` → author `~anthropic`.
 * Percent-encoded parts are decoded once (`"z-ai/glm-5.2%3Afree"` → variant `free`).
 * Throws `InvalidRequestError` for anything that is not exactly `author/slug[:variant]`.
 */
export function parseModelId(id: string): ModelIdParts {
  if (typeof id != 'string') throw new InvalidRequestError('id', 'must be a string like "author/slug"');
  return partsOf(id);
}

/** The reverse of `parseModelId`. */
export function formatModelId(parts: ModelIdParts): string {
  return `${parts.author}/${parts.slug}${parts.variant ? `:${parts.variant}` : ''}`;
}

/**
 * The request path of `GET /model/{author}/{slug}` for a model reference, after
 * checking every part. Never returns a path outside `/model/{author}/{slug}`.
 */
export function modelPath(ref: ModelRef): string {
  // ':' and '@' are legal in a path segment; keep them readable.
  const [author, slug] = modelIdOf(ref)
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/%3A|%40/g, decodeURIComponent));
  return `/model/${author}/${slug}`;
}

/** Canonical model id (no path encoding) of a reference: `{ author, slug }` → `author/slug`. */
export function modelIdOf(ref: ModelRef): string {
  return formatModelId(partsOf(ref));
}
