import { describe, expect, it } from 'vitest';
import { plainDescription } from '../../src/model/plain-description';
import { mockModels } from '../../src/mock';

describe('plainDescription', () => {
  it('keeps a link’s label, drops emphasis, code marks and heading marks', () => {
    expect(plainDescription('Fast-mode variant of [Opus 4.8](/anthropic/claude-opus-4.8) - identical')).toBe(
      'Fast-mode variant of Opus 4.8 - identical',
    );
    expect(plainDescription('from [Poolside](https://poolside.ai "home"), their')).toBe(
      'from Poolside, their',
    );
    expect(plainDescription('Strong at **code generation** and **reasoning**; call `tools`.')).toBe(
      'Strong at code generation and reasoning; call tools.',
    );
    expect(plainDescription('## Notes\nLine two')).toBe('Notes\nLine two');
  });

  it('leaves text without Markdown alone, asterisks and brackets included', () => {
    for (const s of [
      '2x * 3 = 6',
      'a [bracket] here',
      'price ** 2',
      'a**b**c',
      'snake_case__name',
      '__init__ and __main__',
      `window.__x='a'"><svg onload="window.__x='b'"`,
      'Learn more: https://platform.claude.com/docs',
    ])
      expect(plainDescription(s)).toBe(s);
  });

  it('leaves no link syntax in any description of the recorded catalogue', () => {
    const withLinks = mockModels.filter((m) => /\]\(/.test(m.description ?? ''));
    expect(withLinks.length).toBeGreaterThan(10);
    for (const m of withLinks) expect(plainDescription(m.description!)).not.toMatch(/\]\(|\*\*/);
  });
});
