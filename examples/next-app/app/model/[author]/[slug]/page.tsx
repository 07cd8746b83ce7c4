import { modelQueryOptions } from 'react-openrouter-models';
import { dehydrateWithErrors } from '../../../../lib/dehydrate';
import { serverOpenrouter } from '../../../../lib/openrouter-server';
import { makeQueryClient } from '../../../../lib/query-client';
import { Hydrate } from '../../../hydrate';
import { ModelView } from './model-view';

export default async function ModelPage({ params }: { params: Promise<{ author: string; slug: string }> }) {
  const { author, slug } = await params;
  // Next passes `glm-5.2:free` as `glm-5.2%3Afree`: the client decodes a percent-encoded id once.
  const id = `${author}/${slug}`;
  const queryClient = makeQueryClient();
  // A 404 is not retried; the failed query is dehydrated too (see lib/query-client.ts).
  await queryClient.prefetchQuery(modelQueryOptions(serverOpenrouter, id));
  return (
    <main>
      <Hydrate state={dehydrateWithErrors(queryClient)}>
        <ModelView id={id} />
      </Hydrate>
    </main>
  );
}
