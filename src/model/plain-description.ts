/**
 * A model description as plain text: OpenRouter's descriptions are Markdown
 * ("Fast-mode variant of [Opus 4.8](/anthropic/claude-opus-4.8) …", "**code generation**"),
 * and the card shows text, never markup. Links keep their label, emphasis and code marks go.
 */
export function plainDescription(text: string): string {
  return (
    text
      .replace(/!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"\n]*")?\)/g, '$1')
      // Bold only as Markdown writes it, between spaces or punctuation ("__init__" and
      // "window.__x" stay as they are).
      .replace(/(^|[\s(])\*\*(?=\S)([^\n*]*?\S)\*\*(?=[\s.,;:!?)]|$)/g, '$1$2')
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/^#{1,6}\s+/gm, '')
  );
}
