'use client';

import { ModelCard, ModelCardSkeleton, describeError, useModel } from 'react-openrouter-models';

export function ModelView({ id }: { id: string }) {
  // retryOnMount: false: a query that failed on the server is not tried again on mount.
  const { data, error } = useModel(id, { retryOnMount: false });
  if (error) {
    const { title, detail } = describeError(error);
    return (
      <div role="alert" data-testid="model-error">
        <h1>{title}</h1>
        <p>{detail}</p>
      </div>
    );
  }
  if (!data) return <ModelCardSkeleton />;
  return <ModelCard model={data.data} />;
}
