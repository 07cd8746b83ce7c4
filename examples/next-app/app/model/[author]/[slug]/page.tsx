import { modelQueryOptions } from 'react-openrouter-models';
import { dehydrateWithErrors } from '../../../../lib/dehydrate';
import { serverOpenrouter } from '../../../../lib/openrouter-server';
import { makeQueryClient } from '../../../../lib/query-client';
import { Hydrate } from '../../../hydrate';
import { ModelView } from './model-view';

/** A route param as the id it spells: Next passes `glm-5.2:free` as `glm-5.2%3Afree`. */
function segment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a stray `%`: the client refuses it as an InvalidRequestError, with no request
  }
}

export default async function ModelPage({ params }: { params: Promise<{ author: string; slug: string }> }) {
  const { author, slug } = await params;
  const id = `${segment(author)}/${segment(slug)}`;
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
