/**
 * `react-openrouter-models/mock`: an MSW mock of OpenRouter's model API over real
 * recorded data, for your tests and stories. Needs `msw` (2.x); imports no React.
 *
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createModelsHandlers, mockFailure } from 'react-openrouter-models/mock';
 *
 * const server = setupServer(...createModelsHandlers());
 * // in a test: server.use(mockFailure({ kind: '500', times: 1 }));
 * ```
 */
export { createModelsHandlers } from './create-models-handlers';
export type { ModelsHandlersOptions } from './create-models-handlers';
export { mockFailure } from './mock-failure';
export type { MockFailureKind, MockFailureOptions } from './mock-failure';
export { mockModels } from './mock-models';
export { makeSyntheticModels } from './make-synthetic-models';
export { mockModelFacts, CATEGORY_KEYWORDS } from './mock-model-facts';
export type { MockModelFacts } from './mock-model-facts';
export { MOCK_SORTS, mockSortScore, sortMockModels } from './sort-mock-models';
export { filterMockModels } from './filter-mock-models';
export { parseModelsQuery } from './parse-models-query';
export type { MockModelsQuery, ParsedModelsQuery } from './parse-models-query';
export { createModelResolver, MOCK_VARIANTS } from './create-model-resolver';
export type { ModelResolver } from './create-model-resolver';
export { mockEndpointsBody, mockEndpointsFixture } from './mock-endpoints-body';
export { mockErrorResponse } from './mock-error-response';
export type { RawModel } from './raw-model';
// Providers
export type { MockEndpointsOptions } from './mock-endpoints-body';
