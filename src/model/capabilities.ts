import type { Model } from '../core/types';

/** What a model can do, read from its data (`supported_parameters`, modalities, reasoning, pricing). */
export interface ModelCapabilities {
  tools: boolean;
  structuredOutputs: boolean;
  reasoning: boolean;
  /** Reasoning cannot be turned off. */
  reasoningMandatory: boolean;
  vision: boolean;
  fileInput: boolean;
  audioInput: boolean;
  videoInput: boolean;
  imageOutput: boolean;
  audioOutput: boolean;
  embeddings: boolean;
  webSearch: boolean;
  /** Both prompt and completion cost nothing. */
  free: boolean;
  /** The price depends on the routed model (routers). */
  variablePrice: boolean;
}

export function modelCapabilities(model: Model): ModelCapabilities {
  const params = model.supportedParameters;
  const { inputModalities: input, outputModalities: output } = model.architecture;
  const { prompt, completion, webSearch } = model.pricing;
  return {
    tools: params.includes('tools'),
    structuredOutputs: params.includes('structured_outputs') || params.includes('response_format'),
    reasoning:
      params.includes('reasoning') || params.includes('include_reasoning') || model.reasoning !== undefined,
    reasoningMandatory: model.reasoning?.mandatory === true,
    vision: input.includes('image'),
    fileInput: input.includes('file'),
    audioInput: input.includes('audio'),
    videoInput: input.includes('video'),
    imageOutput: output.includes('image'),
    audioOutput: output.includes('audio') || output.includes('speech'),
    embeddings: output.includes('embeddings'),
    webSearch: params.includes('web_search_options') || Number(webSearch) > 0,
    free: Number(prompt) === 0 && Number(completion) === 0 && prompt !== '' && completion !== '',
    variablePrice: Number(prompt) < 0 || Number(completion) < 0,
  };
}

/** The author part of a model id: `openai/gpt-4o` → `openai`. */
export function modelAuthor(id: string): string {
  const slash = id.indexOf('/');
  return slash < 0 ? '' : id.slice(0, slash);
}

/**
 * How long a model name's author prefix is: 11 for "Anthropic: Claude Sonnet 4.5" ("Anthropic: "),
 * 0 for a name without one. What the search ranks as the short name and what a narrow picker
 * row hides from sight.
 */
export function authorPrefixLength(name: string): number {
  const colon = name.indexOf(': ');
  return colon > 0 ? colon + 2 : 0;
}
