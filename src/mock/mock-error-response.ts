import { HttpResponse } from 'msw';

/**
 * An error response with OpenRouter's body shape: `{ error: { code, message, metadata? } }`.
 * `code` is the status unless given (the real server has sent it as a string too).
 */
export function mockErrorResponse(
  status: number,
  message: string,
  options: {
    code?: number | string;
    metadata?: Record<string, unknown>;
    headers?: Record<string, string>;
  } = {},
): Response {
  const error: { code: number | string; message: string; metadata?: Record<string, unknown> } = {
    code: options.code ?? status,
    message,
  };
  if (options.metadata) error.metadata = options.metadata;
  return HttpResponse.json({ error }, { status, headers: options.headers });
}
