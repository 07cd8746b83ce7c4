import type { ModelsListFilters } from 'react-openrouter-models';

/** The page's filters, shared by the server's prefetch and the browser's hook: equal filters, equal key. */
export const visionFilters = { inputModalities: ['image'], sort: 'newest' } satisfies ModelsListFilters;
