/**
 * A model as the server sends it: snake_case JSON, exactly the shape of an entry of
 * `GET /models` `data`. The mock keeps models in this raw form so that what it serves
 * goes through the kit's real parser, like a real response would.
 *
 * Only the fields the mock reads are typed; every other field passes through untouched.
 */
export interface RawModel {
  id: string;
  name: string;
  canonical_slug?: string;
  hugging_face_id?: string | null;
  /** Unix seconds. */
  created?: number;
  description?: string;
  context_length?: number | null;
  architecture?: {
    modality?: string | null;
    input_modalities?: string[];
    output_modalities?: string[];
    tokenizer?: string;
    instruct_type?: string | null;
    [key: string]: unknown;
  };
  /** USD per token as decimal strings; `"-1"` is a variable price (routers). */
  pricing?: { prompt?: string; completion?: string; [key: string]: unknown };
  top_provider?: {
    context_length?: number | null;
    max_completion_tokens?: number | null;
    is_moderated?: boolean;
  } | null;
  per_request_limits?: unknown;
  supported_parameters?: string[];
  default_parameters?: Record<string, unknown> | null;
  supported_voices?: string[] | null;
  knowledge_cutoff?: string | null;
  expiration_date?: string | null;
  links?: { details?: string; [key: string]: unknown };
  benchmarks?: {
    artificial_analysis?: {
      intelligence_index?: number | null;
      coding_index?: number | null;
      agentic_index?: number | null;
    };
    design_arena?: Array<{
      arena?: string;
      category?: string;
      elo?: number;
      win_rate?: number;
      rank?: number;
    }>;
    [key: string]: unknown;
  };
  alias_target?: { slug: string; name: string };
  [key: string]: unknown;
}
