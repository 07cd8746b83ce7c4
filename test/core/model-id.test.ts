import fc from 'fast-check';
import { createOpenRouterClient } from '../../src/core/client';
import { InvalidRequestError } from '../../src/core/errors';
import { formatModelId, modelIdOf, modelPath, parseModelId, type ModelRef } from '../../src/core/model-id';
import { modelKeys } from '../../src/query/model-keys';

function refusal(fn: () => unknown): InvalidRequestError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    return error as InvalidRequestError;
  }
  throw new Error('expected an InvalidRequestError, nothing was thrown');
}

describe('parseModelId', () => {
  it.each([
    ['openai/gpt-4', { author: 'openai', slug: 'gpt-4' }],
    ['openai/gpt-4:free', { author: 'openai', slug: 'gpt-4', variant: 'free' }],
    ['deepseek/deepseek-r1:thinking', { author: 'deepseek', slug: 'deepseek-r1', variant: 'thinking' }],
    ['~anthropic/claude-sonnet-latest', { author: '~anthropic', slug: 'claude-sonnet-latest' }],
    ['meta-llama/llama-3.1-8b-instruct', { author: 'meta-llama', slug: 'llama-3.1-8b-instruct' }],
    ['z-ai/glm-4.5-air:free', { author: 'z-ai', slug: 'glm-4.5-air', variant: 'free' }],
    ['openrouter/auto', { author: 'openrouter', slug: 'auto' }],
    ['qwen/qwen3-235b-a22b-07-25', { author: 'qwen', slug: 'qwen3-235b-a22b-07-25' }],
  ])('%s', (id, parts) => {
    expect(parseModelId(id)).toEqual(parts);
    expect(formatModelId(parseModelId(id))).toBe(id);
  });

  it('has no variant key when there is none', () => {
    expect('variant' in parseModelId('openai/gpt-4')).toBe(false);
  });
});

describe('formatModelId', () => {
  it('joins the parts', () => {
    expect(formatModelId({ author: 'openai', slug: 'gpt-4' })).toBe('openai/gpt-4');
    expect(formatModelId({ author: 'openai', slug: 'gpt-4', variant: 'free' })).toBe('openai/gpt-4:free');
    expect(formatModelId({ author: '~anthropic', slug: 'claude-sonnet-latest' })).toBe(
      '~anthropic/claude-sonnet-latest',
    );
  });
});

describe('modelPath', () => {
  it.each<[ModelRef, string]>([
    ['openai/gpt-4', '/model/openai/gpt-4'],
    ['openai/gpt-4:free', '/model/openai/gpt-4:free'],
    ['~anthropic/claude-sonnet-latest', '/model/~anthropic/claude-sonnet-latest'],
    [{ author: 'openai', slug: 'gpt-4' }, '/model/openai/gpt-4'],
    [{ author: 'openai', slug: 'gpt-4:free' }, '/model/openai/gpt-4:free'],
    [{ author: 'openai', slug: 'gpt-4', variant: 'free' }, '/model/openai/gpt-4:free'],
    [{ author: '~anthropic', slug: 'claude-sonnet-latest' }, '/model/~anthropic/claude-sonnet-latest'],
    ['openai/gpt-4@2024', '/model/openai/gpt-4@2024'],
  ])('%o → %s', (ref, path) => {
    expect(modelPath(ref)).toBe(path);
  });

  it('always yields exactly /model/{author}/{slug}', () => {
    for (const id of ['a/b', 'a/b:c', '~a/b-latest', 'a.b/c.d']) {
      const segments = modelPath(id).split('/');
      expect(segments).toHaveLength(4);
      expect(segments.slice(0, 2)).toEqual(['', 'model']);
    }
  });

  it('percent-encodes characters that are legal in an id but not in a path segment', () => {
    expect(modelPath({ author: 'a+b', slug: 'c' })).toBe('/model/a%2Bb/c');
  });
});

describe('modelIdOf', () => {
  it('gives the canonical id of any reference', () => {
    expect(modelIdOf('openai/gpt-4:free')).toBe('openai/gpt-4:free');
    expect(modelIdOf({ author: 'openai', slug: 'gpt-4', variant: 'free' })).toBe('openai/gpt-4:free');
    expect(modelIdOf({ author: 'a+b', slug: 'c' })).toBe('a+b/c');
  });
});

describe('bad input is refused with InvalidRequestError', () => {
  const badIds: Array<[string, string, string]> = [
    // [label, id, field named]
    ['no slash', 'gpt-4', 'id'],
    ['empty string', '', 'id'],
    ['empty author', '/gpt-4', 'author'],
    ['empty slug', 'openai/', 'slug'],
    ['empty slug before a variant', 'openai/:free', 'slug'],
    ['empty variant', 'openai/gpt-4:', 'variant'],
    ['two variants', 'openai/gpt-4:free:extended', 'variant'],
    ['a "/" inside the slug', 'openai/gpt-4/turbo', 'slug'],
    ['path traversal in slug', 'openai/../../keys', 'slug'],
    ['".." in author', '../models', 'author'],
    ['".." in slug', 'openai/..', 'slug'],
    ['"." as author', './gpt-4', 'author'],
    ['"?" in slug', 'openai/gpt-4?x=1', 'slug'],
    ['"?" in author', 'open?ai/gpt-4', 'author'],
    ['"#" in slug', 'openai/gpt-4#frag', 'slug'],
    ['"#" in variant', 'openai/gpt-4:free#x', 'variant'],
    ['"%2F" (an encoded slash)', 'openai/gpt-4%2Fturbo', 'slug'],
    ['"%2e%2e" (encoded dots)', '%2e%2e/gpt-4', 'author'],
    ['a backslash', 'openai/gpt-4\\..', 'slug'],
    ['a space', 'openai/gpt 4', 'slug'],
    ['leading whitespace', ' openai/gpt-4', 'author'],
    ['trailing whitespace', 'openai/gpt-4 ', 'slug'],
    ['a tab', 'openai/gpt-4\t', 'slug'],
    ['a newline', 'openai/gpt-4\n', 'slug'],
    ['CR LF (header injection)', 'openai/gpt-4\r\nX-Evil: 1', 'slug'],
    ['NUL', 'open\u0000ai/gpt-4', 'author'],
    ['DEL', 'openai/gpt-4\u007f', 'slug'],
    ['a C1 control', 'openai/gpt\u0085-4', 'slug'],
    ['a zero-width space', 'openai/gpt\u200b-4', 'slug'],
    ['a bidi override', 'openai/\u202egpt-4', 'slug'],
    ['a byte-order mark', '\ufeffopenai/gpt-4', 'author'],
    ['a non-breaking space', 'openai/gpt\u00a0-4', 'slug'],
  ];

  it.each(badIds)('%s: %j', (_label, id, field) => {
    const error = refusal(() => parseModelId(id));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(refusal(() => modelPath(id)).field).toBe(field);
  });

  it('refuses an overlong part', () => {
    expect(refusal(() => parseModelId(`openai/${'x'.repeat(257)}`)).field).toBe('slug');
  });

  it('names the control character by code point, never by raw byte', () => {
    const error = refusal(() => parseModelId('openai/gpt-4\u0000'));
    expect(error.message).toContain('U+0000');
    expect(error.message).not.toContain('\u0000');
  });

  it.each<[string, unknown, string]>([
    ['author with a slash', { author: 'openai/x', slug: 'gpt-4' }, 'author'],
    ['slug with a slash', { author: 'openai', slug: 'a/b' }, 'slug'],
    ['empty author', { author: '', slug: 'gpt-4' }, 'author'],
    ['empty slug', { author: 'openai', slug: '' }, 'slug'],
    ['".." slug', { author: 'openai', slug: '..' }, 'slug'],
    ['"?" in slug', { author: 'openai', slug: 'gpt?' }, 'slug'],
    ['"#" in author', { author: 'open#ai', slug: 'gpt-4' }, 'author'],
    ['"%2F" in slug', { author: 'openai', slug: 'a%2Fb' }, 'slug'],
    ['whitespace in author', { author: 'open ai', slug: 'gpt-4' }, 'author'],
    ['control char in slug', { author: 'openai', slug: 'gpt\u0001' }, 'slug'],
    ['slug starting with ":"', { author: 'openai', slug: ':free' }, 'slug'],
    ['empty variant in slug', { author: 'openai', slug: 'gpt-4:' }, 'variant'],
    ['empty variant', { author: 'openai', slug: 'gpt-4', variant: '' }, 'variant'],
    ['bad variant', { author: 'openai', slug: 'gpt-4', variant: 'free/x' }, 'variant'],
    ['two variants in the slug', { author: 'openai', slug: 'gpt-4:free:x' }, 'variant'],
    ['":" in variant', { author: 'openai', slug: 'gpt-4', variant: 'free:x' }, 'variant'],
    ['variant given twice', { author: 'openai', slug: 'gpt-4:free', variant: 'thinking' }, 'variant'],
    ['author not a string', { author: 42, slug: 'gpt-4' }, 'author'],
    ['slug missing', { author: 'openai' }, 'slug'],
  ])('object reference: %s', (_label, ref, field) => {
    expect(refusal(() => modelPath(ref as ModelRef)).field).toBe(field);
  });

  it.each([null, undefined, 42, true])('refuses %s as a reference', (ref) => {
    refusal(() => modelPath(ref as unknown as ModelRef));
  });

  it('refuses a non-string id', () => {
    expect(refusal(() => parseModelId(42 as unknown as string)).field).toBe('id');
  });
});

describe('models.get with bad input makes no request', () => {
  const bad: ModelRef[] = [
    'openai/gpt-4/turbo',
    'openai/..',
    '../x',
    'openai/gpt-4?x=1',
    'openai/gpt-4#x',
    'openai/gpt-4\n',
    'openai/ gpt-4',
    'openai/gpt-4%2F..',
    'openai/',
    '/gpt-4',
    'gpt-4',
    { author: 'openai', slug: 'a/b' },
    { author: '..', slug: 'x' },
    { author: 'openai', slug: 'gpt-4', variant: '?' },
  ];

  it.each(bad)('%o', async (ref) => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response('{}'));
    const client = createOpenRouterClient({ fetch });
    await expect(client.models.get(ref)).rejects.toBeInstanceOf(InvalidRequestError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a good reference does make one request, to the singular /model path', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(
      async () => new Response(JSON.stringify({ data: { id: 'openai/gpt-4:free', name: 'GPT-4 (free)' } })),
    );
    const client = createOpenRouterClient({ fetch });
    await client.models.get('openai/gpt-4:free');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toBe('https://openrouter.ai/api/v1/model/openai/gpt-4:free');
  });
});

describe('properties (fast-check)', () => {
  const part = fc.stringMatching(/^~?[a-z0-9][a-z0-9._-]{0,20}$/).filter((s) => !s.includes('..'));

  it('author/slug[:variant] made of safe characters round-trips', () => {
    fc.assert(
      fc.property(part, part, fc.option(part, { nil: undefined }), (author, slug, variant) => {
        const id = formatModelId({ author, slug, variant });
        const parts = parseModelId(id);
        expect(formatModelId(parts)).toBe(id);
        expect(modelPath(id)).toBe(`/model/${author}/${slug}${variant ? `:${variant}` : ''}`);
      }),
    );
  });

  it('whatever the input, a path is either refused or exactly /model/{author}/{slug} with nothing that escapes it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (id) => {
        let path: string;
        try {
          path = modelPath(id);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidRequestError);
          return;
        }
        const segments = path.split('/');
        expect(segments).toHaveLength(4);
        expect(path).not.toMatch(/[?#\s\\]|\.\./);
        expect(segments.slice(2).every((s) => s !== '' && s !== '.')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a percent-encoded reference (a router param) is decoded once (issue 13)', () => {
  it.each<[string, ModelRef, string]>([
    ['Next.js slug with %3A', 'z-ai/glm-5.2%3Afree', 'z-ai/glm-5.2:free'],
    ['lower-case %3a', 'z-ai/glm-5.2%3afree', 'z-ai/glm-5.2:free'],
    ['an encoded tilde (alias)', '%7Eanthropic/claude-sonnet-latest', '~anthropic/claude-sonnet-latest'],
    ['object parts', { author: 'z-ai', slug: 'glm-5.2%3Afree' }, 'z-ai/glm-5.2:free'],
    ['an encoded variant', { author: 'openai', slug: 'gpt-4', variant: 'fr%65e' }, 'openai/gpt-4:free'],
  ])('%s', (_label, ref, id) => {
    expect(modelIdOf(ref)).toBe(id);
    expect(modelPath(ref)).toBe(modelPath(id));
    if (typeof ref == 'string') expect(parseModelId(ref)).toEqual(parseModelId(id));
  });

  it.each<[string, ModelRef, string]>([
    ['an encoded slash in the slug', 'openai/gpt-4%2Fturbo', 'slug'],
    ['an encoded slash in the author', 'open%2Fai/gpt-4', 'author'],
    ['an encoded slash joining author and slug', 'openai%2Fgpt-4', 'id'],
    ['an encoded slash in an object slug', { author: 'openai', slug: 'a%2Fb' }, 'slug'],
    ['a double-encoded colon (decoded once only)', 'z-ai/glm-5.2%253Afree', 'slug'],
    ['encoded dots', 'openai/%2E%2E', 'slug'],
    ['an encoded line break', 'openai/gpt-4%0A', 'slug'],
    ['a malformed escape', 'openai/gpt-4%E0%A4%A', 'slug'],
    ['a lone %', 'openai/100%', 'slug'],
  ])('still refused after decoding: %s', (_label, ref, field) => {
    expect(refusal(() => modelPath(ref)).field).toBe(field);
  });

  it('models.get asks for the decoded id, and the query key is the same as for the plain id', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(
      async () => new Response(JSON.stringify({ data: { id: 'z-ai/glm-5.2:free', name: 'GLM' } })),
    );
    await createOpenRouterClient({ fetch }).models.get('z-ai/glm-5.2%3Afree');
    expect(fetch.mock.calls[0][0]).toBe('https://openrouter.ai/api/v1/model/z-ai/glm-5.2:free');
    expect(modelKeys.detail('z-ai/glm-5.2%3Afree')).toEqual(modelKeys.detail('z-ai/glm-5.2:free'));
  });
});
