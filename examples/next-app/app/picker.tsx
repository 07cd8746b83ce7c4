'use client';

import { useState } from 'react';
import { ModelPicker } from 'react-openrouter-models';

export function Picker() {
  const [model, setModel] = useState<string>();
  return (
    <>
      <ModelPicker value={model} onValueChange={setModel} />
      <p data-testid="chosen">{model ? `Chosen: ${model}` : 'No model chosen'}</p>
    </>
  );
}
