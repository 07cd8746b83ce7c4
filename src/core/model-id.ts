import { InvalidRequestError } from './errors';
import type { ModelIdParts } from './types';

// Control characters (C0, DEL, C1), and bidi / zero-width marks that make an id
// read as something it is not.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\s/\\?#%]/;

function checkPart(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new InvalidRequestError(field, 'must be a string');
  if (value.length === 0) throw new InvalidRequestError(field, 'must not be empty');
  if (value.length > 256) throw new InvalidRequestError(field, 'is longer than 256 characters');
  const bad = FORBIDDEN.exec(value);
  if (bad) {
    const ch = bad[0];
    const shown = ch === '/' || ch === '?' || ch === '#' || ch === '\\' || ch === '%' ? `"${ch}"` : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new InvalidRequestError(field, `must not contain ${shown}`);
  }
  if (value === '.' || value.includes('..')) throw new InvalidRequestError(field, 'must not contain ".."');
  return value;
}

/**
 * Split a model id into its parts: `"openai/gpt-4:free"` → `{ author: 'openai', slug: 'gpt-4', variant: 'free' }`.
 * Aliases keep their tilde: `"~anthropic/claude-sonnet-latest"` → author `~anthropic`.
 * Throws `InvalidRequestError` for anything that is not exactly `author/slug[:variant]`.
 */
export function parseModelId(id: string): ModelIdParts {
  if (typeof id !== 'string') throw new InvalidRequestError('id', 'must be a string like "author/slug"');
  const slash = id.indexOf('/');
  if (slash < 0) throw new InvalidRequestError('id', `"${truncate(id)}" is not of the form "author/slug"`);
  const author = checkPart('author', id.slice(0, slash));
  const rest = id.slice(slash + 1);
  if (rest.includes('/')) throw new InvalidRequestError('slug', 'must not contain "/"');
  const colon = rest.indexOf(':');
  const slug = checkPart('slug', colon < 0 ? rest : rest.slice(0, colon));
  if (colon < 0) return { author, slug };
  return { author, slug, variant: checkVariant(rest.slice(colon + 1)) };
}

function checkVariant(value: unknown): string {
  const variant = checkPart('variant', value);
  if (variant.includes(':')) throw new InvalidRequestError('variant', 'must not contain ":"');
  return variant;
}

/** The reverse of `parseModelId`. */
export function formatModelId(parts: ModelIdParts): string {
  return `${parts.author}/${parts.slug}${parts.variant ? `:${parts.variant}` : ''}`;
}

/** What `models.get` accepts: `"author/slug:variant"` or its parts. `slug` may carry the `:variant` itself. */
export type ModelRef = string | { author: string; slug: string; variant?: string };

/**
 * The request path of `GET /model/{author}/{slug}` for a model reference, after
 * checking every part. Never returns a path outside `/model/{author}/{slug}`.
 */
export function modelPath(ref: ModelRef): string {
  let author: string;
  let slug: string;
  if (typeof ref === 'string') {
    const p = parseModelId(ref);
    author = p.author;
    slug = p.variant ? `${p.slug}:${p.variant}` : p.slug;
  } else if (typeof ref === 'object' && ref !== null) {
    author = checkPart('author', ref.author);
    const s = checkPart('slug', ref.slug);
    const colon = s.indexOf(':');
    if (colon === 0) throw new InvalidRequestError('slug', 'must not start with ":"');
    // The same rules as the string form: one variant at most, and no ":" inside it.
    if (colon > 0) {
      if (ref.variant !== undefined) throw new InvalidRequestError('variant', 'is given twice (in slug and in variant)');
      checkVariant(s.slice(colon + 1));
    }
    slug = ref.variant === undefined ? s : `${s}:${checkVariant(ref.variant)}`;
  } else {
    throw new InvalidRequestError('id', 'must be "author/slug" or { author, slug }');
  }
  return `/model/${encodeSegment(author)}/${encodeSegment(slug)}`;
}

/** Canonical model id (no path encoding) of a reference: `{ author, slug }` → `author/slug`. */
export function modelIdOf(ref: ModelRef): string {
  if (typeof ref === 'string') return formatModelId(parseModelId(ref));
  const path = modelPath(ref);
  return path
    .slice('/model/'.length)
    .split('/')
    .map((s) => decodeURIComponent(s))
    .join('/');
}

function encodeSegment(s: string): string {
  // ':' , '~' , '@' are legal in a path segment; keep them readable.
  return encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%40/g, '@');
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
