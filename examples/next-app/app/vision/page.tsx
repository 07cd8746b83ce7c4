import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import { modelsQueryOptions } from 'react-openrouter-models';
import { serverOpenrouter } from '../../lib/openrouter-server';
import { makeQueryClient } from '../../lib/query-client';
import { visionFilters } from './filters';
import { VisionList } from './vision-list';

export const revalidate = 300;

export default async function VisionPage() {
  const queryClient = makeQueryClient();
  // A filtered list weighs a fraction of the whole catalogue in the page's HTML.
  await queryClient.prefetchQuery(modelsQueryOptions(serverOpenrouter, visionFilters));
  return (
    <main>
      <h1>Models that read images, newest first</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <VisionList />
      </HydrationBoundary>
    </main>
  );
}
