/**
 * Fails the file on any unhandled promise rejection: a `process.on('unhandledRejection')`
 * collector for the file that calls this, checked after every test (after a macrotask, so
 * late rejections surface) and at the end. Returns the collected reasons (for the counts line).
 */
export function failOnUnhandledRejections(): unknown[] {
  const collected: unknown[] = [];
  const onRejection = (reason: unknown) => {
    collected.push(reason);
  };
  beforeAll(() => {
    process.on('unhandledRejection', onRejection);
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(
      collected.map((r) => (r instanceof Error ? `${r.name}: ${r.message}` : String(r))),
      'unhandled promise rejections',
    ).toEqual([]);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onRejection);
    expect(collected, 'unhandled promise rejections').toEqual([]);
  });
  return collected;
}
