import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import { modelsQueryOptions } from 'react-openrouter-models';
import { serverOpenrouter } from '../lib/openrouter-server';
import { makeQueryClient } from '../lib/query-client';
import { Picker } from './picker';

// Prerendered at build, then rebuilt in the background at most every 5 minutes: the same as
// the kit's staleTime (DEFAULT_STALE_TIME), so a visitor's browser gets a list that is still
// fresh and makes no request on mount. Must be a literal for Next to read it.
export const revalidate = 300;

export default async function Page() {
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery(modelsQueryOptions(serverOpenrouter, {}));
  return (
    <main>
      <h1>Pick a model</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Picker />
      </HydrationBoundary>
    </main>
  );
}
