import { describeError, InvalidRequestError } from '../../src';

// Imported from the package's entry: the module may move (components/ → model/).
describe('describeError titles an InvalidRequestError by what was invalid (issue 13)', () => {
  it.each(['id', 'author', 'slug', 'variant'])('a model id field (%s) → "Invalid model id"', (field) => {
    const error = new InvalidRequestError(field, 'must not contain "/"');
    expect(describeError(error)).toEqual({ title: 'Invalid model id', detail: error.message, retry: false });
  });

  it.each([
    'headers.X-Proxy-Token',
    'headers',
    'appTitle',
    'httpReferer',
    'appCategories',
    'apiKey',
    'bearer',
  ])('a header (%s) → "Invalid header"', (field) => {
    const error = new InvalidRequestError(field, 'must be a valid header value');
    expect(describeError(error)).toEqual({ title: 'Invalid header', detail: error.message, retry: false });
  });

  it.each(['maxPrice', 'context', 'outputModalities', 'filters'])(
    'a filter (%s) → "Invalid filter: <field>"',
    (field) => {
      const error = new InvalidRequestError(field, 'must be a number of at least 0');
      expect(describeError(error).title).toBe(`Invalid filter: ${field}`);
    },
  );
});
