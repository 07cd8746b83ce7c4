// A local stand-in of OpenRouter's model API: the kit's MSW mock (real recorded data) behind a
// plain Node HTTP server on 127.0.0.1. `PORT=4010 node mock-api.mjs`, then build or run the app
// with NEXT_PUBLIC_OPENROUTER_BASE_URL=http://127.0.0.1:4010/api/v1.
// GET /__requests lists what it was asked (method, path, origin, X-OpenRouter-Title), DELETE
// /__requests forgets.
import { createServer } from 'node:http';
import { getResponse } from 'msw';
import { createModelsHandlers } from 'react-openrouter-models/mock';

export function startMockApi({ port = 0, host = '127.0.0.1' } = {}) {
  let handlers;
  const requests = [];
  const server = createServer(async (req, res) => {
    const origin = req.headers.origin;
    // Public API, as the real one: any origin may read it.
    const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'retry-after' };
    if (req.url === '/__requests') {
      if (req.method === 'DELETE') requests.length = 0;
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      return res.end(JSON.stringify(requests));
    }
    requests.push({
      method: req.method,
      path: req.url,
      origin: origin ?? null,
      title: req.headers['x-openrouter-title'] ?? null,
      at: Date.now(),
    });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
        'access-control-max-age': '0',
      });
      return res.end();
    }
    const url = `http://${req.headers.host}${req.url}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    try {
      const response = await getResponse(handlers, new Request(url, { method: req.method, headers }));
      if (!response) {
        res.writeHead(404, { 'content-type': 'application/json', ...cors });
        return res.end(
          JSON.stringify({ error: { code: 404, message: `No mock for ${req.method} ${req.url}` } }),
        );
      }
      const body = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, {
        ...Object.fromEntries(response.headers),
        ...cors,
        'content-length': String(body.length),
      });
      res.end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json', ...cors });
      res.end(JSON.stringify({ error: { code: 500, message: String(error) } }));
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      const baseUrl = `http://${host}:${bound}/api/v1`;
      handlers = createModelsHandlers({ baseUrl });
      resolve({
        baseUrl,
        port: bound,
        requests,
        close: () =>
          new Promise((r) => {
            server.close(r);
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { baseUrl } = await startMockApi({ port: Number(process.env.PORT ?? 4010) });
  console.log(`mock OpenRouter API on ${baseUrl}`);
}
