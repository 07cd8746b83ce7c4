import { setupServer } from 'msw/node';
import { createOpenRouterClient, type OpenRouterClientOptions } from '../../src/core';
import { createModelsHandlers } from '../../src/mock';

/** An MSW server with the default mock handlers, started for the file that calls it. */
export function setupMockServer() {
  const server = setupServer(...createModelsHandlers());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A core client without retries (a test asks for them when it wants them). */
export function testClient(options: OpenRouterClientOptions = {}) {
  return createOpenRouterClient({ retries: { strategy: 'none' }, ...options });
}

export const API = 'https://openrouter.ai/api/v1';

/** Plain fetch of a mock URL: status and JSON body. */
export async function getJson(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(path.startsWith('http') ? path : `${API}${path}`, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body, headers: res.headers };
}
