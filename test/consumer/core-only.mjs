// Installed without React: importing the core must still work, so it loads no React.
const core = await import('react-openrouter-models/core');
let reactFound = true;
try {
  await import('react');
} catch {
  reactFound = false;
}
if (reactFound) throw new Error('react is installed here: this check proves nothing');
const client = core.createOpenRouterClient({
  fetch: async () => new Response(JSON.stringify({ data: { count: 3 } })),
});
const { data } = await client.models.count();
if (data.count !== 3) throw new Error('count');
// The model helpers (prices, capabilities, filters) too: a server formats prices without React.
const model = await import('react-openrouter-models/model');
if (model.formatPrice(model.perMillion('0.000003')) !== '$3.00/M') throw new Error('model helpers');
console.log(
  `core-only ok: ${Object.keys(core).length} core and ${Object.keys(model).length} model exports, no react installed`,
);
