/**
 * The URL as an `href` when it is an absolute http(s) URL, else `undefined`.
 * Links built from model data go through this, so a `javascript:`, `data:` or
 * `vbscript:` value (or anything unparsable) never reaches an `href`.
 *
 * ```ts
 * safeHref('https://huggingface.co/zai-org/GLM-5.2') // 'https://huggingface.co/zai-org/GLM-5.2'
 * safeHref('javascript:alert(1)')                    // undefined
 * ```
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // Credentials in a link are a phishing trick (`https://openrouter.ai@evil.example`).
  if (parsed.username || parsed.password) return undefined;
  return parsed.href;
}
