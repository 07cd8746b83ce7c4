'use client';

import { describeError, formatPrice, perMillion, useModels } from 'react-openrouter-models';
import { visionFilters } from './filters';

export function VisionList() {
  const { data, error } = useModels(visionFilters);
  if (error) return <p role="alert">{describeError(error).title}</p>;
  if (!data) return <p>Loading…</p>;
  return (
    <>
      <p data-testid="vision-count">{data.data.length} models</p>
      <ul data-testid="vision-list">
        {data.data.map((m) => (
          <li key={m.id}>
            <a href={`/model/${m.id}`}>{m.name}</a> — {formatPrice(perMillion(m.pricing.prompt))} in
          </li>
        ))}
      </ul>
    </>
  );
}
