// src/core/search-index.ts
function createModelSearchIndex(models2) {
  const n = models2.length;
  const haystacks = new Array(n);
  const names = new Array(n);
  const masks = new Int32Array(4 * n);
  const firstChars = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const m = models2[i];
    const name = fold(m.name);
    names[i] = name;
    firstChars[i] = name.charCodeAt(0);
    const h = `${name}\0${fold(m.id)}`;
    haystacks[i] = h;
    addMasks(masks, 4 * i, h);
  }
  const prefixScratch = new Int32Array(n);
  const restScratch = new Int32Array(n);
  let all;
  let lastQuery = "";
  let last = new Int32Array(0);
  let lastSplit = 0;
  const want = new Int32Array(4);
  function searchIndices(query) {
    const q = fold(query).trim();
    if (!q) {
      lastQuery = "";
      if (!all) {
        all = new Int32Array(n);
        for (let i = 0; i < n; i++) all[i] = i;
      }
      return all;
    }
    const words = q.split(/\s+/);
    const first = words[0];
    const firstChar = first.charCodeAt(0);
    want.fill(0);
    const needsScan = [];
    for (const word of words) {
      addMasks(want, 0, word);
      if (word.length > 1 || charBit(word.charCodeAt(0)) >= EXACT_BITS) needsScan.push(word);
    }
    const [wantLo, wantHi, wantPairsLo, wantPairsHi] = want;
    const narrow = lastQuery !== "" && q.startsWith(lastQuery);
    const prev = last;
    const split = lastSplit;
    const end = narrow ? prev.length : n;
    let p = 0;
    let r = 0;
    for (let k = 0, a = 0, b = split; k < end; k++) {
      const i = !narrow ? k : b >= prev.length || a < split && prev[a] < prev[b] ? prev[a++] : prev[b++];
      const o = 4 * i;
      if ((masks[o] & wantLo) !== wantLo || (masks[o + 1] & wantHi) !== wantHi || (masks[o + 2] & wantPairsLo) !== wantPairsLo || (masks[o + 3] & wantPairsHi) !== wantPairsHi) {
        continue;
      }
      const h = haystacks[i];
      let w = 0;
      while (w < needsScan.length && h.indexOf(needsScan[w]) >= 0) w++;
      if (w < needsScan.length) continue;
      if (firstChars[i] === firstChar && (first.length === 1 || names[i].startsWith(first))) prefixScratch[p++] = i;
      else restScratch[r++] = i;
    }
    const out = new Int32Array(p + r);
    out.set(prefixScratch.subarray(0, p));
    out.set(restScratch.subarray(0, r), p);
    lastQuery = q;
    last = out;
    lastSplit = p;
    return out;
  }
  return {
    size: n,
    searchIndices,
    search: (query) => Array.from(searchIndices(query))
  };
}
function addMasks(masks, at, s) {
  let lo = 0;
  let hi = 0;
  let pairsLo = 0;
  let pairsHi = 0;
  let prev = -1;
  for (let c = 0; c < s.length; c++) {
    const code = s.charCodeAt(c);
    const b = charBit(code);
    if (b < 32) lo |= 1 << b;
    else hi |= 1 << b - 32;
    if (prev >= 0) {
      const pair = prev * 31 + code & 63;
      if (pair < 32) pairsLo |= 1 << pair;
      else pairsHi |= 1 << pair - 32;
    }
    prev = code;
  }
  masks[at] |= lo;
  masks[at + 1] |= hi;
  masks[at + 2] |= pairsLo;
  masks[at + 3] |= pairsHi;
}
var EXACT_BITS = 41;
function charBit(code) {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  switch (code) {
    case 45:
      return 36;
    // -
    case 46:
      return 37;
    // .
    case 47:
      return 38;
    // /
    case 58:
      return 39;
    // :
    case 95:
      return 40;
  }
  return EXACT_BITS + code % (64 - EXACT_BITS);
}
function fold(s) {
  const lower = s.toLowerCase();
  return PRINTABLE_ASCII.test(lower) ? lower : lower.normalize("NFKD").replace(/[\u0000\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "");
}
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// fixtures/models-2026-06-16.json
var models_2026_06_16_default = {
  data: [
    {
      id: "z-ai/glm-5.2",
      canonical_slug: "z-ai/glm-5.2-20260616",
      hugging_face_id: "zai-org/GLM-5.2",
      name: "Z.ai: GLM 5.2",
      created: 1781631930,
      description: "GLM-5.2 is Z.ai\u2019s flagship model for the era of long-horizon tasks. With a truly usable 1M-token context window, it can handle project-level engineering context, execute long-running tasks more reliably, follow...",
      context_length: 1048576,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000014",
        completion: "0.0000044",
        input_cache_read: "0.00000026"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: "2098-12-31",
      links: {
        details: "/api/v1/models/z-ai/glm-5.2-20260616/endpoints"
      }
    },
    {
      id: "openrouter/fusion",
      canonical_slug: "openrouter/fusion",
      hugging_face_id: null,
      name: "OpenRouter: Fusion",
      created: 1781371647,
      description: "Fusion turns your prompt into a small multi-model deliberation. A panel of expert models (see below) analyzes your prompt in parallel with web search and web fetch enabled, then a...",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "-1",
        completion: "-1"
      },
      top_provider: {
        context_length: null,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openrouter/fusion/endpoints"
      }
    },
    {
      id: "moonshotai/kimi-k2.7-code",
      canonical_slug: "moonshotai/kimi-k2.7-code-20260612",
      hugging_face_id: "moonshotai/Kimi-K2.7-Code",
      name: "MoonshotAI: Kimi K2.7 Code",
      created: 1781266361,
      description: "MoonshotAI: Kimi K2.7 Code is a coding-focused model in Moonshot AI's Kimi K2 family, built to complete end-to-end programming tasks reliably over long contexts. It uses a native multimodal mixture-of-experts...",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000074",
        completion: "0.0000035",
        input_cache_read: "0.00000015"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/moonshotai/kimi-k2.7-code-20260612/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "fullstack",
            elo: 1206,
            win_rate: 51.6,
            rank: 11
          },
          {
            arena: "models",
            category: "3d",
            elo: 1337,
            win_rate: 61.3,
            rank: 7
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1315,
            win_rate: 57.3,
            rank: 9
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1269,
            win_rate: 55.3,
            rank: 22
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1290,
            win_rate: 52.7,
            rank: 19
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1273,
            win_rate: 53.3,
            rank: 23
          },
          {
            arena: "models",
            category: "website",
            elo: 1319,
            win_rate: 58,
            rank: 7
          }
        ]
      }
    },
    {
      id: "~anthropic/claude-fable-latest",
      canonical_slug: "~anthropic/claude-fable-latest",
      hugging_face_id: null,
      name: "Anthropic: Claude Fable Latest",
      created: 1781029944,
      description: "This model always redirects to the latest model in the Claude Fable family.",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00001",
        completion: "0.00005",
        web_search: "0.01",
        input_cache_read: "0.000001",
        input_cache_write: "0.0000125"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "tool_choice",
        "tools",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/~anthropic/claude-fable-latest/endpoints"
      }
    },
    {
      id: "anthropic/claude-fable-5",
      canonical_slug: "anthropic/claude-5-fable-20260609",
      hugging_face_id: null,
      name: "Anthropic: Claude Fable 5",
      created: 1781007515,
      description: "Claude Fable 5 is a Mythos-class model from Anthropic, built for autonomous knowledge work and coding. It supports text, image, and file inputs with text output, with reasoning support and...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00001",
        completion: "0.00005",
        web_search: "0.01",
        input_cache_read: "0.000001",
        input_cache_write: "0.0000125"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "tool_choice",
        "tools",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-5-fable-20260609/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agentichtmlslides",
            elo: 1254,
            win_rate: 59.4,
            rank: 1
          },
          {
            arena: "agents",
            category: "agenticslides(html)",
            elo: 1252,
            win_rate: 59.5,
            rank: 1
          },
          {
            arena: "agents",
            category: "htmlslides",
            elo: 1264,
            win_rate: 61.3,
            rank: 1
          },
          {
            arena: "models",
            category: "3d",
            elo: 1371,
            win_rate: 66.9,
            rank: 1
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1365,
            win_rate: 70.1,
            rank: 1
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1352,
            win_rate: 63.3,
            rank: 1
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1381,
            win_rate: 70.2,
            rank: 1
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1380,
            win_rate: 64.9,
            rank: 1
          },
          {
            arena: "models",
            category: "svg",
            elo: 1371,
            win_rate: 71.8,
            rank: 1
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1417,
            win_rate: 71.3,
            rank: 1
          },
          {
            arena: "models",
            category: "website",
            elo: 1345,
            win_rate: 62.6,
            rank: 1
          }
        ],
        artificial_analysis: {
          intelligence_index: 59.9,
          coding_index: 62,
          agentic_index: 80.6
        }
      }
    },
    {
      id: "nex-agi/nex-n2-pro:free",
      canonical_slug: "nex-agi/nex-n2-pro",
      hugging_face_id: "nex-agi/Nex-N2-Pro",
      name: "Nex AGI: Nex-N2-Pro (free)",
      created: 1780937140,
      description: "Nex-N2-Pro is an agentic mixture-of-experts model from Nex AGI, with 17B active parameters out of 397B total. Built on the Qwen3.5 architecture, it accepts text and image input and produces...",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "reasoning",
        "response_format",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.7,
        top_p: 0.95,
        top_k: 40,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nex-agi/nex-n2-pro/endpoints"
      }
    },
    {
      id: "nvidia/nemotron-3.5-content-safety:free",
      canonical_slug: "nvidia/nemotron-3.5-content-safety-20260604",
      hugging_face_id: "nvidia/Nemotron-3.5-Content-Safety",
      name: "NVIDIA: Nemotron 3.5 Content Safety (free)",
      created: 1780581864,
      description: "NVIDIA Nemotron 3.5 Content Safety is a compact 4B-parameter multimodal guardrail model from NVIDIA, fine-tuned from Google Gemma-3-4B. It moderates both inputs to and responses from LLMs and VLMs, accepting...",
      context_length: 128e3,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 8192,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "seed",
        "temperature",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-3.5-content-safety-20260604/endpoints"
      }
    },
    {
      id: "nvidia/nemotron-3-ultra-550b-a55b:free",
      canonical_slug: "nvidia/nemotron-3-ultra-550b-a55b-20260604",
      hugging_face_id: "nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B-BF16",
      name: "NVIDIA: Nemotron 3 Ultra (free)",
      created: 1780551208,
      description: "NVIDIA Nemotron 3 Ultra is an open frontier-reasoning and orchestration model from NVIDIA, with 55B active parameters out of 550B total (MoE). Built on a hybrid Transformer-Mamba mixture-of-experts architecture, it...",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "seed",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-3-ultra-550b-a55b-20260604/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "gamedev",
            elo: 1220,
            win_rate: 43.9,
            rank: 39
          },
          {
            arena: "models",
            category: "website",
            elo: 1130,
            win_rate: 32.5,
            rank: 75
          }
        ],
        artificial_analysis: {
          intelligence_index: 37.8,
          coding_index: 37.6,
          agentic_index: 57.1
        }
      }
    },
    {
      id: "nvidia/nemotron-3-ultra-550b-a55b",
      canonical_slug: "nvidia/nemotron-3-ultra-550b-a55b-20260604",
      hugging_face_id: "nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B-BF16",
      name: "NVIDIA: Nemotron 3 Ultra",
      created: 1780551208,
      description: "NVIDIA Nemotron 3 Ultra is an open frontier-reasoning and orchestration model from NVIDIA, with 55B active parameters out of 550B total (MoE). Built on a hybrid Transformer-Mamba mixture-of-experts architecture, it...",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000005",
        completion: "0.0000025",
        input_cache_read: "0.00000015"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-3-ultra-550b-a55b-20260604/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "gamedev",
            elo: 1220,
            win_rate: 43.9,
            rank: 39
          },
          {
            arena: "models",
            category: "website",
            elo: 1130,
            win_rate: 32.5,
            rank: 75
          }
        ],
        artificial_analysis: {
          intelligence_index: 37.8,
          coding_index: 37.6,
          agentic_index: 57.1
        }
      }
    },
    {
      id: "qwen/qwen3.7-plus",
      canonical_slug: "qwen/qwen3.7-plus-20260602",
      hugging_face_id: null,
      name: "Qwen: Qwen3.7 Plus",
      created: 1780491783,
      description: "Qwen3.7-Plus is a cost-effective model in Alibaba's Qwen3.7 series. It supports text and image input with text output, building on the series' text capabilities with a comprehensive upgrade to its...",
      context_length: 1e6,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000032",
        completion: "0.00000128",
        input_cache_read: "0.000000064",
        input_cache_write: "0.0000004"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.7-plus-20260602/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 39,
          coding_index: 46.5,
          agentic_index: 65.1
        }
      }
    },
    {
      id: "minimax/minimax-m3",
      canonical_slug: "minimax/minimax-m3-20260531",
      hugging_face_id: "MiniMaxAI/Minimax-M3",
      name: "MiniMax: MiniMax M3",
      created: 1780245374,
      description: "MiniMax-M3 is a multimodal foundation model from MiniMax. It supports text, image, and video inputs with text output, a 1M-token context window, and is suited for long-horizon agentic work, coding,...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000012",
        input_cache_read: "0.00000006"
      },
      top_provider: {
        context_length: 524288,
        max_completion_tokens: 512e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/minimax/minimax-m3-20260531/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1329,
            win_rate: 59.2,
            rank: 10
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1309,
            win_rate: 55.7,
            rank: 11
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1293,
            win_rate: 56.1,
            rank: 10
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1275,
            win_rate: 46.1,
            rank: 24
          },
          {
            arena: "models",
            category: "svg",
            elo: 1257,
            win_rate: 56.8,
            rank: 10
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1299,
            win_rate: 54.4,
            rank: 15
          },
          {
            arena: "models",
            category: "website",
            elo: 1305,
            win_rate: 55.5,
            rank: 12
          }
        ],
        artificial_analysis: {
          intelligence_index: 44.4,
          coding_index: 43.4,
          agentic_index: 68.6
        }
      }
    },
    {
      id: "stepfun/step-3.7-flash",
      canonical_slug: "stepfun/step-3.7-flash-20260528",
      hugging_face_id: "stepfun-ai/Step-3.7-Flash",
      name: "StepFun: Step 3.7 Flash",
      created: 1779985069,
      description: "Step 3.7 Flash is StepFun's latest high-efficiency multimodal Mixture-of-Experts model. It pairs a 196B-parameter language backbone with a vision encoder for native image and video understanding, activating roughly 11B parameters...",
      context_length: 256e3,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002",
        completion: "0.00000115",
        input_cache_read: "0.00000004"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: 256e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/stepfun/step-3.7-flash-20260528/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1195,
            win_rate: 42.8,
            rank: 45
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1210,
            win_rate: 50,
            rank: 18
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1220,
            win_rate: 46.8,
            rank: 42
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1213,
            win_rate: 47.5,
            rank: 39
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1225,
            win_rate: 44.7,
            rank: 38
          },
          {
            arena: "models",
            category: "svg",
            elo: 1124,
            win_rate: 41,
            rank: 45
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1213,
            win_rate: 46,
            rank: 43
          },
          {
            arena: "models",
            category: "website",
            elo: 1227,
            win_rate: 47.8,
            rank: 41
          }
        ],
        artificial_analysis: {
          intelligence_index: 29.7,
          coding_index: 37.1,
          agentic_index: 59.5
        }
      }
    },
    {
      id: "anthropic/claude-opus-4.8-fast",
      canonical_slug: "anthropic/claude-4.8-opus-fast-20260528",
      hugging_face_id: null,
      name: "Anthropic: Claude Opus 4.8 (Fast)",
      created: 1779913703,
      description: "Fast-mode variant of [Opus 4.8](/anthropic/claude-opus-4.8) - identical capabilities with higher output speed at 2x pricing relative to regular Opus 4.8.\n\nLearn more in Anthropic's docs: https://platform.claude.com/docs/en/build-with-claude/fast-mode",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00001",
        completion: "0.00005",
        web_search: "0.01",
        input_cache_read: "0.000001",
        input_cache_write: "0.0000125"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "tool_choice",
        "tools",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.8-opus-fast-20260528/endpoints"
      }
    },
    {
      id: "anthropic/claude-opus-4.8",
      canonical_slug: "anthropic/claude-4.8-opus-20260528",
      hugging_face_id: null,
      name: "Anthropic: Claude Opus 4.8",
      created: 1779905091,
      description: "Claude Opus 4.8 is Anthropic's most capable generally available model in the Opus family. It supports text, image, and file inputs with text output, with reasoning support and a 1M-token...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000005",
        completion: "0.000025",
        web_search: "0.01",
        input_cache_read: "0.0000005",
        input_cache_write: "0.00000625"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "tool_choice",
        "tools",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.8-opus-20260528/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agenticgamedev",
            elo: 1268,
            win_rate: 64.2,
            rank: 2
          },
          {
            arena: "agents",
            category: "agentichtmlslides",
            elo: 1227,
            win_rate: 55.6,
            rank: 4
          },
          {
            arena: "agents",
            category: "agenticslides",
            elo: 1294,
            win_rate: 64.8,
            rank: 2
          },
          {
            arena: "agents",
            category: "agenticslides(html)",
            elo: 1230,
            win_rate: 56,
            rank: 4
          },
          {
            arena: "agents",
            category: "agenticslides(python-pptx)",
            elo: 1310,
            win_rate: 68.9,
            rank: 2
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1373,
            win_rate: 73.1,
            rank: 1
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1325,
            win_rate: 67.7,
            rank: 2
          },
          {
            arena: "agents",
            category: "htmlslides",
            elo: 1226,
            win_rate: 55.9,
            rank: 4
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1283,
            win_rate: 58.5,
            rank: 1
          },
          {
            arena: "agents",
            category: "pptxslides",
            elo: 1312,
            win_rate: 68.7,
            rank: 2
          },
          {
            arena: "models",
            category: "3d",
            elo: 1286,
            win_rate: 56.4,
            rank: 20
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1309,
            win_rate: 63.4,
            rank: 4
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1281,
            win_rate: 55.1,
            rank: 21
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1280,
            win_rate: 55.8,
            rank: 16
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1294,
            win_rate: 51.7,
            rank: 17
          },
          {
            arena: "models",
            category: "svg",
            elo: 1239,
            win_rate: 54.6,
            rank: 14
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1290,
            win_rate: 56.8,
            rank: 18
          },
          {
            arena: "models",
            category: "website",
            elo: 1283,
            win_rate: 55.4,
            rank: 21
          }
        ],
        artificial_analysis: {
          intelligence_index: 55.7,
          coding_index: 56.7,
          agentic_index: 77.8
        }
      }
    },
    {
      id: "qwen/qwen3.7-max",
      canonical_slug: "qwen/qwen3.7-max-20260520",
      hugging_face_id: null,
      name: "Qwen: Qwen3.7 Max",
      created: 1779376861,
      description: "Qwen3.7-Max is the flagship model in Alibaba's Qwen3.7 series. It supports text input and output and is designed for agent-centric workloads, with particular strengths in coding, office and productivity tasks,...",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00000375",
        input_cache_read: "0.00000025",
        input_cache_write: "0.0000015625"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.7-max-20260520/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "androidnative",
            elo: 1156,
            win_rate: 43.6,
            rank: 14
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1217,
            win_rate: 48.4,
            rank: 10
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1213,
            win_rate: 46.6,
            rank: 11
          },
          {
            arena: "models",
            category: "3d",
            elo: 1323,
            win_rate: 59.7,
            rank: 11
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1267,
            win_rate: 55.5,
            rank: 9
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1314,
            win_rate: 57.9,
            rank: 10
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1285,
            win_rate: 55.7,
            rank: 13
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1329,
            win_rate: 60,
            rank: 8
          },
          {
            arena: "models",
            category: "svg",
            elo: 1277,
            win_rate: 60.7,
            rank: 8
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1334,
            win_rate: 60.7,
            rank: 4
          },
          {
            arena: "models",
            category: "website",
            elo: 1307,
            win_rate: 57,
            rank: 10
          }
        ],
        artificial_analysis: {
          intelligence_index: 46,
          coding_index: 50.1,
          agentic_index: 66.6
        }
      }
    },
    {
      id: "x-ai/grok-build-0.1",
      canonical_slug: "x-ai/grok-build-0.1-20260520",
      hugging_face_id: null,
      name: "xAI: Grok Build 0.1",
      created: 1779298123,
      description: "Grok Build 0.1 is xAI\u2019s fast coding model trained specifically for agentic software engineering workflows. It supports text and image inputs with text output, and is optimized for interactive coding...",
      context_length: 256e3,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Grok",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000001",
        completion: "0.000002",
        web_search: "0.005",
        input_cache_read: "0.0000002"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/x-ai/grok-build-0.1-20260520/endpoints"
      }
    },
    {
      id: "google/gemini-3.5-flash",
      canonical_slug: "google/gemini-3.5-flash-20260519",
      hugging_face_id: null,
      name: "Google: Gemini 3.5 Flash",
      created: 1779193800,
      description: "Gemini 3.5 Flash is Google's high-efficiency multimodal model, bringing near-Pro level coding and reasoning at Flash-tier cost and speed. It is highly optimized for coding proficiency and parallel agentic execution...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "image", "video", "file", "audio"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000015",
        completion: "0.000009",
        image: "0.0000015",
        audio: "0.000003",
        web_search: "0.014",
        internal_reasoning: "0.000009",
        input_cache_read: "0.00000015",
        input_cache_write: "0.00000008333333333333334"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-01",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-3.5-flash-20260519/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agenticgamedev",
            elo: 1217,
            win_rate: 55.1,
            rank: 3
          },
          {
            arena: "agents",
            category: "agentichtmlslides",
            elo: 1162,
            win_rate: 45.8,
            rank: 7
          },
          {
            arena: "agents",
            category: "agenticslides",
            elo: 1244,
            win_rate: 57.5,
            rank: 4
          },
          {
            arena: "agents",
            category: "agenticslides(html)",
            elo: 1162,
            win_rate: 45.7,
            rank: 7
          },
          {
            arena: "agents",
            category: "agenticslides(python-pptx)",
            elo: 1242,
            win_rate: 57.8,
            rank: 3
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1256,
            win_rate: 55.8,
            rank: 5
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1278,
            win_rate: 59.2,
            rank: 5
          },
          {
            arena: "agents",
            category: "htmlslides",
            elo: 1157,
            win_rate: 45.3,
            rank: 7
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1269,
            win_rate: 57.1,
            rank: 3
          },
          {
            arena: "agents",
            category: "pptxslides",
            elo: 1244,
            win_rate: 57.7,
            rank: 3
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1269,
            win_rate: 55,
            rank: 3
          },
          {
            arena: "models",
            category: "3d",
            elo: 1315,
            win_rate: 61.1,
            rank: 13
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1312,
            win_rate: 62.4,
            rank: 2
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1301,
            win_rate: 58.3,
            rank: 13
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1265,
            win_rate: 55.3,
            rank: 24
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1328,
            win_rate: 59,
            rank: 9
          },
          {
            arena: "models",
            category: "svg",
            elo: 1305,
            win_rate: 63,
            rank: 3
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1304,
            win_rate: 59.6,
            rank: 12
          },
          {
            arena: "models",
            category: "website",
            elo: 1294,
            win_rate: 57.2,
            rank: 14
          }
        ],
        artificial_analysis: {
          intelligence_index: 50.2,
          coding_index: 45,
          agentic_index: 70.3
        }
      }
    },
    {
      id: "anthropic/claude-opus-4.7-fast",
      canonical_slug: "anthropic/claude-4.7-opus-fast-20260512",
      hugging_face_id: null,
      name: "Anthropic: Claude Opus 4.7 (Fast)",
      created: 1778613011,
      description: "Fast-mode variant of [Opus 4.7](/anthropic/claude-opus-4.7) - identical capabilities with higher output speed at premium 6x pricing.\n\nLearn more in Anthropic's docs: https://platform.claude.com/docs/en/build-with-claude/fast-mode",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00003",
        completion: "0.00015",
        web_search: "0.01",
        input_cache_read: "0.000003",
        input_cache_write: "0.0000375"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "tool_choice",
        "tools",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.7-opus-fast-20260512/endpoints"
      }
    },
    {
      id: "perceptron/perceptron-mk1",
      canonical_slug: "perceptron/perceptron-mk1-20260512",
      hugging_face_id: null,
      name: "Perceptron: Perceptron Mk1",
      created: 1778597029,
      description: "Perceptron Mk1 (Mark One) is Perceptron's highest-quality vision-language model for video and embodied reasoning.** It accepts image and video inputs paired with natural language queries, and produces detailed visual understanding...",
      context_length: 32768,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000015"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 8192,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/perceptron/perceptron-mk1-20260512/endpoints"
      }
    },
    {
      id: "inclusionai/ring-2.6-1t",
      canonical_slug: "inclusionai/ring-2.6-1t-20260508",
      hugging_face_id: null,
      name: "inclusionAI: Ring-2.6-1T",
      created: 1778247440,
      description: "Ring-2.6-1T is a 1T-parameter-scale thinking model with 63B active parameters, built for real-world agent workflows that require both strong capability and operational efficiency. It is optimized for coding agents, tool...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000075",
        completion: "0.000000625",
        input_cache_read: "0.000000015"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/inclusionai/ring-2.6-1t-20260508/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 30.6,
          coding_index: 33.3,
          agentic_index: 51.5
        }
      }
    },
    {
      id: "google/gemini-3.1-flash-lite",
      canonical_slug: "google/gemini-3.1-flash-lite-20260507",
      hugging_face_id: null,
      name: "Google: Gemini 3.1 Flash Lite",
      created: 1778168828,
      description: "Gemini 3.1 Flash Lite is Google\u2019s GA high-efficiency multimodal model optimized for low-latency, high-volume workloads. It supports text, image, video, audio, and PDF inputs, and is designed for lightweight agentic...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "image", "video", "file", "audio"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000025",
        completion: "0.0000015",
        image: "0.00000025",
        audio: "0.0000005",
        web_search: "0.014",
        internal_reasoning: "0.0000015",
        input_cache_read: "0.000000025",
        input_cache_write: "0.00000008333333333333334"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-3.1-flash-lite-20260507/endpoints"
      }
    },
    {
      id: "openai/gpt-chat-latest",
      canonical_slug: "openai/gpt-chat-latest-20260505",
      hugging_face_id: null,
      name: "OpenAI: GPT Chat Latest",
      created: 1778000212,
      description: "GPT Chat Latest points to OpenAI's stable API alias `chat-latest` that always resolves to the latest Instant chat model used in ChatGPT. As OpenAI rolls out new Instant model updates...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000005",
        completion: "0.00003",
        web_search: "0.01",
        input_cache_read: "0.0000005"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "tool_choice",
        "tools",
        "top_logprobs"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-chat-latest-20260505/endpoints"
      }
    },
    {
      id: "x-ai/grok-4.3",
      canonical_slug: "x-ai/grok-4.3-20260430",
      hugging_face_id: null,
      name: "xAI: Grok 4.3",
      created: 1777591821,
      description: "Grok 4.3 is a reasoning model from xAI. It accepts text and image inputs with text output, and is suited for agentic workflows, instruction-following tasks, and applications requiring high factual...",
      context_length: 1e6,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Grok",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.0000025",
        web_search: "0.005",
        input_cache_read: "0.0000002"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/x-ai/grok-4.3-20260430/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agenticgamedev",
            elo: 1033,
            win_rate: 27.5,
            rank: 10
          },
          {
            arena: "agents",
            category: "agentichtmlslides",
            elo: 1066,
            win_rate: 31.8,
            rank: 10
          },
          {
            arena: "agents",
            category: "agenticslides",
            elo: 1072,
            win_rate: 31.9,
            rank: 10
          },
          {
            arena: "agents",
            category: "agenticslides(html)",
            elo: 1066,
            win_rate: 31.7,
            rank: 10
          },
          {
            arena: "agents",
            category: "agenticslides(python-pptx)",
            elo: 1068,
            win_rate: 32.4,
            rank: 10
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1049,
            win_rate: 25.6,
            rank: 23
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1079,
            win_rate: 32.6,
            rank: 25
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1136,
            win_rate: 38.8,
            rank: 16
          },
          {
            arena: "agents",
            category: "htmlslides",
            elo: 1068,
            win_rate: 32.2,
            rank: 10
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1147,
            win_rate: 38.6,
            rank: 24
          },
          {
            arena: "agents",
            category: "pptxslides",
            elo: 1071,
            win_rate: 32.5,
            rank: 9
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1209,
            win_rate: 48.7,
            rank: 9
          },
          {
            arena: "models",
            category: "3d",
            elo: 1211,
            win_rate: 45.6,
            rank: 39
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1189,
            win_rate: 47.4,
            rank: 24
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1250,
            win_rate: 50.6,
            rank: 29
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1237,
            win_rate: 48.5,
            rank: 32
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1254,
            win_rate: 51.7,
            rank: 30
          },
          {
            arena: "models",
            category: "svg",
            elo: 1143,
            win_rate: 42.5,
            rank: 42
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1255,
            win_rate: 49.5,
            rank: 28
          },
          {
            arena: "models",
            category: "website",
            elo: 1249,
            win_rate: 51,
            rank: 29
          }
        ],
        artificial_analysis: {
          intelligence_index: 37.6,
          coding_index: 41,
          agentic_index: 65.9
        }
      }
    },
    {
      id: "ibm-granite/granite-4.1-8b",
      canonical_slug: "ibm-granite/granite-4.1-8b-20260429",
      hugging_face_id: "ibm-granite/granite-4.1-8b",
      name: "IBM: Granite 4.1 8B",
      created: 1777577071,
      description: "Granite 4.1 8B is a dense, decoder-only 8-billion-parameter language model from IBM, part of the Granite 4.1 family. It supports a 131K-token context window and is designed for enterprise tasks...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000005",
        completion: "0.0000001",
        input_cache_read: "0.00000005"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/ibm-granite/granite-4.1-8b-20260429/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 7.3,
          agentic_index: 10.7
        }
      }
    },
    {
      id: "mistralai/mistral-medium-3-5",
      canonical_slug: "mistralai/mistral-medium-3.5-20260430",
      hugging_face_id: null,
      name: "Mistral: Mistral Medium 3.5",
      created: 1777570439,
      description: "Mistral Medium 3.5 is a dense 128B instruction-following model from Mistral AI. It supports text and image inputs with text output, and is designed for agentic workflows, coding, and complex...",
      context_length: 262144,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000015",
        completion: "0.0000075"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-medium-3.5-20260430/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 29.9,
          coding_index: 35.4,
          agentic_index: 53.2
        }
      }
    },
    {
      id: "openrouter/owl-alpha",
      canonical_slug: "openrouter/owl-alpha",
      hugging_face_id: null,
      name: "Owl Alpha",
      created: 1777398589,
      description: "Owl Alpha is a high-performance foundation model designed for agentic workloads. Natively supports tool use, and long-context tasks, with strong performance in code generation, automated workflows, and complex instruction execution....",
      context_length: 1048756,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 1048756,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: null,
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openrouter/owl-alpha/endpoints"
      }
    },
    {
      id: "nvidia/nemotron-3-nano-omni-30b-a3b-reasoning:free",
      canonical_slug: "nvidia/nemotron-3-nano-omni-30b-a3b-reasoning-20260428",
      hugging_face_id: null,
      name: "NVIDIA: Nemotron 3 Nano Omni (free)",
      created: 1777393095,
      description: "NVIDIA Nemotron\u2122 3 Nano Omni is a 30B-A3B open multimodal model designed to function as a perception and context sub-agent in enterprise agent systems. It accepts text, image, video, and...",
      context_length: 256e3,
      architecture: {
        modality: "text+image+audio+video->text",
        input_modalities: ["text", "audio", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "seed",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-3-nano-omni-30b-a3b-reasoning-20260428/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 14.8,
          agentic_index: 23.9
        }
      }
    },
    {
      id: "poolside/laguna-xs.2:free",
      canonical_slug: "poolside/laguna-xs.2-20260421",
      hugging_face_id: "poolside/Laguna-XS.2",
      name: "Poolside: Laguna XS.2 (free)",
      created: 1777389604,
      description: "Laguna XS.2 is the second-generation model in the XS size class from [Poolside](https://poolside.ai), their efficient coding agent series. It combines tool calling and reasoning capabilities with a compact footprint, offering...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "temperature",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: 0.7,
        top_p: 0.9,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/poolside/laguna-xs.2-20260421/endpoints"
      }
    },
    {
      id: "poolside/laguna-m.1:free",
      canonical_slug: "poolside/laguna-m.1-20260312",
      hugging_face_id: null,
      name: "Poolside: Laguna M.1 (free)",
      created: 1777388504,
      description: "Laguna M.1 is the flagship coding agent model from [Poolside](https://poolside.ai), optimized for complex software engineering tasks. Designed for agentic coding workflows, it supports tool calling and reasoning, with a 128K...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "temperature",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/poolside/laguna-m.1-20260312/endpoints"
      }
    },
    {
      id: "~anthropic/claude-haiku-latest",
      canonical_slug: "~anthropic/claude-haiku-latest",
      hugging_face_id: null,
      name: "Anthropic Claude Haiku Latest",
      created: 1777318492,
      description: "This model always redirects to the latest model in the Anthropic Claude Haiku family.",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000001",
        completion: "0.000005",
        web_search: "0.01",
        input_cache_read: "0.0000001",
        input_cache_write: "0.00000125"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 64e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/~anthropic/claude-haiku-latest/endpoints"
      }
    },
    {
      id: "~openai/gpt-mini-latest",
      canonical_slug: "~openai/gpt-mini-latest",
      hugging_face_id: null,
      name: "OpenAI GPT Mini Latest",
      created: 1777318471,
      description: "This model always redirects to the latest model in the OpenAI GPT Mini family.",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000075",
        completion: "0.0000045",
        web_search: "0.01",
        input_cache_read: "0.000000075"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/~openai/gpt-mini-latest/endpoints"
      }
    },
    {
      id: "~google/gemini-pro-latest",
      canonical_slug: "~google/gemini-pro-latest",
      hugging_face_id: null,
      name: "Google Gemini Pro Latest",
      created: 1777318451,
      description: "This model always redirects to the latest model in the Google Gemini Pro family.",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["audio", "file", "image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000012",
        image: "0.000002",
        audio: "0.000002",
        web_search: "0.014",
        internal_reasoning: "0.000012",
        input_cache_read: "0.0000002",
        input_cache_write: "0.000000375"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/~google/gemini-pro-latest/endpoints"
      }
    },
    {
      id: "~moonshotai/kimi-latest",
      canonical_slug: "~moonshotai/kimi-latest",
      hugging_face_id: null,
      name: "MoonshotAI Kimi Latest",
      created: 1777318428,
      description: "This model always redirects to the latest model in the MoonshotAI Kimi family.",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000068",
        completion: "0.00000341",
        input_cache_read: "0.00000034"
      },
      top_provider: {
        context_length: 262142,
        max_completion_tokens: 262142,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "parallel_tool_calls",
        "presence_penalty",
        "reasoning",
        "reasoning_effort",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/~moonshotai/kimi-latest/endpoints"
      }
    },
    {
      id: "~google/gemini-flash-latest",
      canonical_slug: "~google/gemini-flash-latest",
      hugging_face_id: null,
      name: "Google Gemini Flash Latest",
      created: 1777318398,
      description: "This model always redirects to the latest model in the Google Gemini Flash family.",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "image", "video", "file", "audio"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000015",
        completion: "0.000009",
        image: "0.0000015",
        audio: "0.000003",
        web_search: "0.014",
        internal_reasoning: "0.000009",
        input_cache_read: "0.00000015",
        input_cache_write: "0.00000008333333333333334"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-01",
      expiration_date: null,
      links: {
        details: "/api/v1/models/~google/gemini-flash-latest/endpoints"
      }
    },
    {
      id: "~anthropic/claude-sonnet-latest",
      canonical_slug: "~anthropic/claude-sonnet-latest",
      hugging_face_id: null,
      name: "Anthropic Claude Sonnet Latest",
      created: 1777318368,
      description: "This model always redirects to the latest model in the Anthropic Claude Sonnet family.",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000003",
        completion: "0.000015",
        web_search: "0.01",
        input_cache_read: "0.0000003",
        input_cache_write: "0.00000375"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/~anthropic/claude-sonnet-latest/endpoints"
      }
    },
    {
      id: "~openai/gpt-latest",
      canonical_slug: "~openai/gpt-latest",
      hugging_face_id: null,
      name: "OpenAI GPT Latest",
      created: 1777318334,
      description: "This model always redirects to the latest model in the OpenAI GPT family.",
      context_length: 105e4,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000005",
        completion: "0.00003",
        web_search: "0.01",
        input_cache_read: "0.0000005"
      },
      top_provider: {
        context_length: 105e4,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-12-01",
      expiration_date: null,
      links: {
        details: "/api/v1/models/~openai/gpt-latest/endpoints"
      }
    },
    {
      id: "qwen/qwen3.5-plus-20260420",
      canonical_slug: "qwen/qwen3.5-plus-20260420",
      hugging_face_id: null,
      name: "Qwen: Qwen3.5 Plus 2026-04-20",
      created: 1777261368,
      description: "Qwen3.5 Plus (April 2026) is a large-scale multimodal language model from Alibaba. It accepts text, image, and video input and produces text output, with a 1M token context window. This...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000018",
        input_cache_write: "0.000000375"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.5-plus-20260420/endpoints"
      }
    },
    {
      id: "qwen/qwen3.6-flash",
      canonical_slug: "qwen/qwen3.6-flash",
      hugging_face_id: null,
      name: "Qwen: Qwen3.6 Flash",
      created: 1777261362,
      description: "Qwen3.6 Flash is a fast, efficient language model from Alibaba's Qwen 3.6 series. It supports text, image, and video input with a 1M token context window. Tiered pricing kicks in...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001875",
        completion: "0.000001125",
        input_cache_write: "0.000000234375"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.6-flash/endpoints"
      }
    },
    {
      id: "qwen/qwen3.6-35b-a3b",
      canonical_slug: "qwen/qwen3.6-35b-a3b-20260415",
      hugging_face_id: "Qwen/Qwen3.6-35B-A3B",
      name: "Qwen: Qwen3.6 35B A3B",
      created: 1777260255,
      description: "Qwen3.6-35B-A3B is an open-weight multimodal model from Alibaba Cloud with 35 billion total parameters and 3 billion active parameters per token. It uses a hybrid sparse mixture-of-experts architecture combining Gated...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.000001",
        input_cache_read: "0.00000005"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: 20
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.6-35b-a3b-20260415/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 35.2,
          agentic_index: 58.3
        }
      }
    },
    {
      id: "qwen/qwen3.6-max-preview",
      canonical_slug: "qwen/qwen3.6-max-preview-20260420",
      hugging_face_id: null,
      name: "Qwen: Qwen3.6 Max Preview",
      created: 1777260242,
      description: "Qwen3.6-Max-Preview is a proprietary frontier model from Alibaba Cloud built on a sparse mixture-of-experts architecture with approximately 1 trillion total parameters. It is optimized for agentic coding, tool use, and...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000104",
        completion: "0.00000624",
        input_cache_write: "0.0000013"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.6-max-preview-20260420/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 44.9,
          agentic_index: 64.8
        }
      }
    },
    {
      id: "qwen/qwen3.6-27b",
      canonical_slug: "qwen/qwen3.6-27b-20260422",
      hugging_face_id: "Qwen/Qwen3.6-27B",
      name: "Qwen: Qwen3.6 27B",
      created: 1777255064,
      description: "Qwen3.6 27B is a dense 27-billion-parameter language model from the Qwen Team at Alibaba, released in April 2026. It features hybrid multimodal capabilities \u2014 accepting text, image, and video inputs...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002885",
        completion: "0.00000317"
      },
      top_provider: {
        context_length: 262140,
        max_completion_tokens: 262140,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.6-27b-20260422/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 37.1,
          coding_index: 36.5,
          agentic_index: 62.9
        }
      }
    },
    {
      id: "openai/gpt-5.5-pro",
      canonical_slug: "openai/gpt-5.5-pro-20260423",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.5 Pro",
      created: 1777051896,
      description: "GPT-5.5 Pro is OpenAI\u2019s high-capability model optimized for deep reasoning and accuracy on complex, high-stakes workloads. It features a 1M+ token context window (922K input, 128K output) with support for...",
      context_length: 105e4,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00003",
        completion: "0.00018",
        web_search: "0.01"
      },
      top_provider: {
        context_length: 105e4,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-12-01",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.5-pro-20260423/endpoints"
      }
    },
    {
      id: "openai/gpt-5.5",
      canonical_slug: "openai/gpt-5.5-20260423",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.5",
      created: 1777051893,
      description: "GPT-5.5 is OpenAI\u2019s frontier model designed for complex professional workloads, building on GPT-5.4 with stronger reasoning, higher reliability, and improved token efficiency on hard tasks. It features a 1M+ token...",
      context_length: 105e4,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000005",
        completion: "0.00003",
        web_search: "0.01",
        input_cache_read: "0.0000005"
      },
      top_provider: {
        context_length: 105e4,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-12-01",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.5-20260423/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agenticgamedev",
            elo: 1211,
            win_rate: 53.2,
            rank: 5
          },
          {
            arena: "agents",
            category: "agentichtmlslides",
            elo: 1084,
            win_rate: 34.2,
            rank: 9
          },
          {
            arena: "agents",
            category: "agenticslides",
            elo: 1150,
            win_rate: 43.5,
            rank: 7
          },
          {
            arena: "agents",
            category: "agenticslides(html)",
            elo: 1077,
            win_rate: 33.2,
            rank: 9
          },
          {
            arena: "agents",
            category: "agenticslides(python-pptx)",
            elo: 1155,
            win_rate: 45.2,
            rank: 7
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1257,
            win_rate: 55,
            rank: 4
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1163,
            win_rate: 46,
            rank: 14
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1218,
            win_rate: 53.1,
            rank: 9
          },
          {
            arena: "agents",
            category: "htmlslides",
            elo: 1077,
            win_rate: 33.6,
            rank: 9
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1240,
            win_rate: 52.8,
            rank: 7
          },
          {
            arena: "agents",
            category: "pptxslides",
            elo: 1156,
            win_rate: 45.2,
            rank: 7
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1185,
            win_rate: 46.1,
            rank: 14
          },
          {
            arena: "models",
            category: "3d",
            elo: 1262,
            win_rate: 53.5,
            rank: 27
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1307,
            win_rate: 62.8,
            rank: 5
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1298,
            win_rate: 57.4,
            rank: 15
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1296,
            win_rate: 57.9,
            rank: 9
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1353,
            win_rate: 63.9,
            rank: 2
          },
          {
            arena: "models",
            category: "svg",
            elo: 1286,
            win_rate: 60.5,
            rank: 6
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1301,
            win_rate: 58.5,
            rank: 14
          },
          {
            arena: "models",
            category: "website",
            elo: 1294,
            win_rate: 56.7,
            rank: 15
          }
        ],
        artificial_analysis: {
          intelligence_index: 54.8,
          coding_index: 59.1,
          agentic_index: 74.1
        }
      }
    },
    {
      id: "deepseek/deepseek-v4-pro",
      canonical_slug: "deepseek/deepseek-v4-pro-20260423",
      hugging_face_id: "deepseek-ai/DeepSeek-V4-Pro",
      name: "DeepSeek: DeepSeek V4 Pro",
      created: 1777000679,
      description: "DeepSeek V4 Pro is a large-scale Mixture-of-Experts model from DeepSeek with 1.6T total parameters and 49B activated parameters, supporting a 1M-token context window. It is designed for advanced reasoning, coding,...",
      context_length: 1048576,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000435",
        completion: "0.00000087",
        input_cache_read: "0.000000003625"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 384e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 1,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-v4-pro-20260423/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "fullstack",
            elo: 948,
            win_rate: 22.1,
            rank: 28
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1098,
            win_rate: 34,
            rank: 20
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1024,
            win_rate: 26.6,
            rank: 21
          },
          {
            arena: "models",
            category: "3d",
            elo: 1347,
            win_rate: 63.8,
            rank: 4
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1200,
            win_rate: 47.5,
            rank: 19
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1297,
            win_rate: 56.3,
            rank: 16
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1230,
            win_rate: 50.4,
            rank: 34
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1321,
            win_rate: 60.4,
            rank: 11
          },
          {
            arena: "models",
            category: "svg",
            elo: 1193,
            win_rate: 47.2,
            rank: 31
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1281,
            win_rate: 53.1,
            rank: 21
          },
          {
            arena: "models",
            category: "website",
            elo: 1285,
            win_rate: 54.7,
            rank: 20
          }
        ],
        artificial_analysis: {
          intelligence_index: 44.3,
          coding_index: 47.5,
          agentic_index: 67.2
        }
      }
    },
    {
      id: "deepseek/deepseek-v4-flash",
      canonical_slug: "deepseek/deepseek-v4-flash-20260423",
      hugging_face_id: "deepseek-ai/DeepSeek-V4-Flash",
      name: "DeepSeek: DeepSeek V4 Flash",
      created: 1777000666,
      description: "DeepSeek V4 Flash is an efficiency-optimized Mixture-of-Experts model from DeepSeek with 284B total parameters and 13B activated parameters, supporting a 1M-token context window. It is designed for fast inference and...",
      context_length: 1048576,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000098",
        completion: "0.000000196",
        input_cache_read: "0.00000002"
      },
      top_provider: {
        context_length: 1048575,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-v4-flash-20260423/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1278,
            win_rate: 50.4,
            rank: 22
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1197,
            win_rate: 48.7,
            rank: 20
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1264,
            win_rate: 51.1,
            rank: 27
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1178,
            win_rate: 43.5,
            rank: 55
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1276,
            win_rate: 52.1,
            rank: 23
          },
          {
            arena: "models",
            category: "svg",
            elo: 1211,
            win_rate: 48.9,
            rank: 21
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1227,
            win_rate: 48.1,
            rank: 36
          },
          {
            arena: "models",
            category: "website",
            elo: 1257,
            win_rate: 51.8,
            rank: 28
          }
        ],
        artificial_analysis: {
          intelligence_index: 40.3,
          coding_index: 38.7,
          agentic_index: 61.3
        }
      }
    },
    {
      id: "inclusionai/ling-2.6-1t",
      canonical_slug: "inclusionai/ling-2.6-1t-20260423",
      hugging_face_id: null,
      name: "inclusionAI: Ling-2.6-1T",
      created: 1776948238,
      description: "Ling-2.6-1T is an instant (instruct) model from inclusionAI and the company\u2019s trillion-parameter flagship, designed for real-world agents that require fast execution and high efficiency at scale. It uses a \u201Cfast...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000075",
        completion: "0.000000625",
        input_cache_read: "0.000000015"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/inclusionai/ling-2.6-1t-20260423/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 33.1,
          agentic_index: 48.2
        }
      }
    },
    {
      id: "tencent/hy3-preview",
      canonical_slug: "tencent/hy3-preview-20260421",
      hugging_face_id: "tencent/Hy3-preview",
      name: "Tencent: Hy3 preview",
      created: 1776878150,
      description: "Hy3 preview is a high-efficiency Mixture-of-Experts model from Tencent designed for agentic workflows and production use. It supports configurable reasoning levels across disabled, low, and high modes, allowing it to...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000066",
        completion: "0.00000026",
        input_cache_read: "0.000000029"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.9,
        top_p: 1,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/tencent/hy3-preview-20260421/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 36.5,
          agentic_index: 55.7
        }
      }
    },
    {
      id: "xiaomi/mimo-v2.5-pro",
      canonical_slug: "xiaomi/mimo-v2.5-pro-20260422",
      hugging_face_id: "XiaomiMiMo/MiMo-V2.5-Pro",
      name: "Xiaomi: MiMo-V2.5-Pro",
      created: 1776874273,
      description: "MiMo-V2.5-Pro is Xiaomi\u2019s flagship model, delivering strong performance in general agentic capabilities, complex software engineering, and long-horizon tasks, with top rankings on benchmarks such as ClawEval, GDPVal, and SWE-bench Pro....",
      context_length: 1048576,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000435",
        completion: "0.00000087",
        input_cache_read: "0.0000000036"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/xiaomi/mimo-v2.5-pro-20260422/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1330,
            win_rate: 61.2,
            rank: 9
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1321,
            win_rate: 58.6,
            rank: 8
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1302,
            win_rate: 59.6,
            rank: 8
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1335,
            win_rate: 61.6,
            rank: 7
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1311,
            win_rate: 58.1,
            rank: 11
          },
          {
            arena: "models",
            category: "website",
            elo: 1309,
            win_rate: 56.3,
            rank: 9
          }
        ],
        artificial_analysis: {
          intelligence_index: 42.2,
          coding_index: 45.5,
          agentic_index: 67.4
        }
      }
    },
    {
      id: "xiaomi/mimo-v2.5",
      canonical_slug: "xiaomi/mimo-v2.5-20260422",
      hugging_face_id: "XiaomiMiMo/MiMo-V2.5",
      name: "Xiaomi: MiMo-V2.5",
      created: 1776874269,
      description: "MiMo-V2.5 is a native omnimodal model by Xiaomi. It delivers Pro-level agentic performance at roughly half the inference cost, while surpassing MiMo-V2-Omni in multimodal perception across image and video understanding...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+audio+video->text",
        input_modalities: ["text", "audio", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000014",
        completion: "0.00000028",
        input_cache_read: "0.0000000028"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/xiaomi/mimo-v2.5-20260422/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1303,
            win_rate: 53.8,
            rank: 16
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1186,
            win_rate: 47.5,
            rank: 26
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1305,
            win_rate: 54.8,
            rank: 12
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1282,
            win_rate: 53.9,
            rank: 15
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1299,
            win_rate: 55.8,
            rank: 15
          },
          {
            arena: "models",
            category: "svg",
            elo: 1209,
            win_rate: 51.5,
            rank: 23
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1316,
            win_rate: 56.5,
            rank: 10
          },
          {
            arena: "models",
            category: "website",
            elo: 1305,
            win_rate: 55.1,
            rank: 11
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 42.1,
          agentic_index: 65.5
        }
      }
    },
    {
      id: "openai/gpt-5.4-image-2",
      canonical_slug: "openai/gpt-5.4-image-2-20260421",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.4 Image 2",
      created: 1776797528,
      description: "[GPT-5.4](https://openrouter.ai/openai/gpt-5.4) Image 2 combines OpenAI's GPT-5.4 model with state-of-the-art image generation capabilities from GPT Image 2. It enables rich multimodal workflows, allowing users to seamlessly move between reasoning, coding, and...",
      context_length: 272e3,
      architecture: {
        modality: "text+image+file->text+image",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["image", "text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000008",
        completion: "0.000015",
        web_search: "0.01",
        input_cache_read: "0.000002"
      },
      top_provider: {
        context_length: 272e3,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "top_logprobs"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.4-image-2-20260421/endpoints"
      }
    },
    {
      id: "inclusionai/ling-2.6-flash",
      canonical_slug: "inclusionai/ling-2.6-flash-20260421",
      hugging_face_id: "",
      name: "inclusionAI: Ling-2.6-flash",
      created: 1776795886,
      description: "Ling-2.6-flash is an instant (instruct) model from inclusionAI with 104B total parameters and 7.4B active parameters, designed for real-world agents that require fast responses, strong execution, and high token efficiency....",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000001",
        completion: "0.00000003",
        input_cache_read: "0.000000002"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/inclusionai/ling-2.6-flash-20260421/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 23.2,
          agentic_index: 38.1
        }
      }
    },
    {
      id: "~anthropic/claude-opus-latest",
      canonical_slug: "~anthropic/claude-opus-latest",
      hugging_face_id: "",
      name: "Anthropic: Claude Opus Latest",
      created: 1776795361,
      description: "This model always redirects to the latest model in the Claude Opus family.",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000005",
        completion: "0.000025",
        web_search: "0.01",
        input_cache_read: "0.0000005",
        input_cache_write: "0.00000625"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "tool_choice",
        "tools",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/~anthropic/claude-opus-latest/endpoints"
      }
    },
    {
      id: "openrouter/pareto-code",
      canonical_slug: "openrouter/pareto-code",
      hugging_face_id: "",
      name: "Pareto Code Router",
      created: 1776747900,
      description: "The Pareto Router maintains a tiered shortlist of strong coding models, ranked by [Artificial Analysis](https://artificialanalysis.ai/) coding percentiles. Set min_coding_score between 0 and 1 on the [pareto-router plugin](https://openrouter.ai/docs/guides/routing/routers/pareto-router#the-min_coding_score-parameter) to control how...",
      context_length: 2e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "-1",
        completion: "-1"
      },
      top_provider: {
        context_length: null,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openrouter/pareto-code/endpoints"
      }
    },
    {
      id: "moonshotai/kimi-k2.6",
      canonical_slug: "moonshotai/kimi-k2.6-20260420",
      hugging_face_id: "moonshotai/Kimi-K2.6",
      name: "MoonshotAI: Kimi K2.6",
      created: 1776699402,
      description: "Kimi K2.6 is Moonshot AI's next-generation multimodal model, designed for long-horizon coding, coding-driven UI/UX generation, and multi-agent orchestration. It handles complex end-to-end coding tasks across Python, Rust, and Go, and...",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000068",
        completion: "0.00000341",
        input_cache_read: "0.00000034"
      },
      top_provider: {
        context_length: 262142,
        max_completion_tokens: 262142,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "parallel_tool_calls",
        "presence_penalty",
        "reasoning",
        "reasoning_effort",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/moonshotai/kimi-k2.6-20260420/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agenticgamedev",
            elo: 1184,
            win_rate: 50.3,
            rank: 7
          },
          {
            arena: "agents",
            category: "agentichtmlslides",
            elo: 1248,
            win_rate: 59,
            rank: 2
          },
          {
            arena: "agents",
            category: "agenticslides",
            elo: 1187,
            win_rate: 45.8,
            rank: 5
          },
          {
            arena: "agents",
            category: "agenticslides(html)",
            elo: 1252,
            win_rate: 59.2,
            rank: 2
          },
          {
            arena: "agents",
            category: "agenticslides(python-pptx)",
            elo: 1186,
            win_rate: 45.5,
            rank: 5
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1187,
            win_rate: 48.5,
            rank: 11
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1231,
            win_rate: 57.2,
            rank: 8
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1218,
            win_rate: 53.4,
            rank: 10
          },
          {
            arena: "agents",
            category: "htmlslides",
            elo: 1253,
            win_rate: 59.7,
            rank: 2
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1235,
            win_rate: 53.4,
            rank: 8
          },
          {
            arena: "agents",
            category: "pptxslides",
            elo: 1187,
            win_rate: 44.9,
            rank: 5
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1266,
            win_rate: 59.2,
            rank: 4
          },
          {
            arena: "models",
            category: "3d",
            elo: 1362,
            win_rate: 63.2,
            rank: 2
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1332,
            win_rate: 58.4,
            rank: 5
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1304,
            win_rate: 56.6,
            rank: 7
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1325,
            win_rate: 59,
            rank: 10
          },
          {
            arena: "models",
            category: "svg",
            elo: 1236,
            win_rate: 52.7,
            rank: 15
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1326,
            win_rate: 57.8,
            rank: 6
          },
          {
            arena: "models",
            category: "website",
            elo: 1321,
            win_rate: 56.5,
            rank: 6
          }
        ],
        artificial_analysis: {
          intelligence_index: 42.8,
          coding_index: 47.1,
          agentic_index: 66
        }
      }
    },
    {
      id: "anthropic/claude-opus-4.7",
      canonical_slug: "anthropic/claude-4.7-opus-20260416",
      hugging_face_id: null,
      name: "Anthropic: Claude Opus 4.7",
      created: 1776351100,
      description: "Opus 4.7 is the next generation of Anthropic's Opus family, built for long-running, asynchronous agents. Building on the coding and agentic strengths of Opus 4.6, it delivers stronger performance on...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000005",
        completion: "0.000025",
        web_search: "0.01",
        input_cache_read: "0.0000005",
        input_cache_write: "0.00000625"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "tool_choice",
        "tools",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.7-opus-20260416/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agenticgamedev",
            elo: 1289,
            win_rate: 64.1,
            rank: 1
          },
          {
            arena: "agents",
            category: "agentichtmlslides",
            elo: 1243,
            win_rate: 58,
            rank: 3
          },
          {
            arena: "agents",
            category: "agenticslides",
            elo: 1334,
            win_rate: 64.7,
            rank: 1
          },
          {
            arena: "agents",
            category: "agenticslides(html)",
            elo: 1242,
            win_rate: 57.8,
            rank: 3
          },
          {
            arena: "agents",
            category: "agenticslides(python-pptx)",
            elo: 1335,
            win_rate: 66.5,
            rank: 1
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1323,
            win_rate: 61.7,
            rank: 2
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1503,
            win_rate: 80.1,
            rank: 1
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1195,
            win_rate: 48.5,
            rank: 11
          },
          {
            arena: "agents",
            category: "htmlslides",
            elo: 1239,
            win_rate: 58.1,
            rank: 3
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1207,
            win_rate: 50.9,
            rank: 13
          },
          {
            arena: "agents",
            category: "pptxslides",
            elo: 1337,
            win_rate: 66.5,
            rank: 1
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1337,
            win_rate: 65.6,
            rank: 1
          },
          {
            arena: "models",
            category: "3d",
            elo: 1333,
            win_rate: 62,
            rank: 8
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1288,
            win_rate: 61.3,
            rank: 7
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1340,
            win_rate: 61.5,
            rank: 3
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1332,
            win_rate: 63,
            rank: 3
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1344,
            win_rate: 63.5,
            rank: 4
          },
          {
            arena: "models",
            category: "svg",
            elo: 1280,
            win_rate: 61.7,
            rank: 7
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1356,
            win_rate: 63.8,
            rank: 2
          },
          {
            arena: "models",
            category: "website",
            elo: 1338,
            win_rate: 60.8,
            rank: 3
          }
        ],
        artificial_analysis: {
          intelligence_index: 53.5,
          coding_index: 52.5,
          agentic_index: 71.3
        }
      }
    },
    {
      id: "anthropic/claude-opus-4.6-fast",
      canonical_slug: "anthropic/claude-4.6-opus-fast-20260407",
      hugging_face_id: null,
      name: "Anthropic: Claude Opus 4.6 (Fast)",
      created: 1775592472,
      description: "Fast-mode variant of [Opus 4.6](/anthropic/claude-opus-4.6) - identical capabilities with higher output speed at premium 6x pricing.\n\nLearn more in Anthropic's docs: https://platform.claude.com/docs/en/build-with-claude/fast-mode",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00003",
        completion: "0.00015",
        web_search: "0.01",
        input_cache_read: "0.000003",
        input_cache_write: "0.0000375"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: "2026-06-29",
      links: {
        details: "/api/v1/models/anthropic/claude-4.6-opus-fast-20260407/endpoints"
      }
    },
    {
      id: "z-ai/glm-5.1",
      canonical_slug: "z-ai/glm-5.1-20260406",
      hugging_face_id: "zai-org/GLM-5.1",
      name: "Z.ai: GLM 5.1",
      created: 1775578025,
      description: "GLM-5.1 delivers a major leap in coding capability, with particularly significant gains in handling long-horizon tasks. Unlike previous models built around minute-level interactions, GLM-5.1 can work independently and continuously on...",
      context_length: 202752,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000098",
        completion: "0.00000308",
        input_cache_read: "0.000000182"
      },
      top_provider: {
        context_length: 202752,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "parallel_tool_calls",
        "presence_penalty",
        "reasoning",
        "reasoning_effort",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/z-ai/glm-5.1-20260406/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1342,
            win_rate: 65,
            rank: 5
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1333,
            win_rate: 60.8,
            rank: 4
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1366,
            win_rate: 67,
            rank: 2
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1342,
            win_rate: 63.1,
            rank: 5
          },
          {
            arena: "models",
            category: "svg",
            elo: 1290,
            win_rate: 63.5,
            rank: 4
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1332,
            win_rate: 62.6,
            rank: 5
          },
          {
            arena: "models",
            category: "website",
            elo: 1317,
            win_rate: 57.1,
            rank: 8
          },
          {
            arena: "agents",
            category: "agenticgamedev",
            elo: 1216,
            win_rate: 54.3,
            rank: 4
          },
          {
            arena: "agents",
            category: "agentichtmlslides",
            elo: 1205,
            win_rate: 52,
            rank: 6
          },
          {
            arena: "agents",
            category: "agenticslides",
            elo: 1245,
            win_rate: 54.4,
            rank: 3
          },
          {
            arena: "agents",
            category: "agenticslides(html)",
            elo: 1204,
            win_rate: 51.8,
            rank: 6
          },
          {
            arena: "agents",
            category: "agenticslides(python-pptx)",
            elo: 1240,
            win_rate: 53.3,
            rank: 4
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1224,
            win_rate: 51.5,
            rank: 8
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1240,
            win_rate: 57.6,
            rank: 6
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1236,
            win_rate: 55.6,
            rank: 4
          },
          {
            arena: "agents",
            category: "htmlslides",
            elo: 1207,
            win_rate: 53,
            rank: 6
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1245,
            win_rate: 55.6,
            rank: 6
          },
          {
            arena: "agents",
            category: "pptxslides",
            elo: 1241,
            win_rate: 53.5,
            rank: 4
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1252,
            win_rate: 56.5,
            rank: 6
          }
        ],
        artificial_analysis: {
          intelligence_index: 40.2,
          coding_index: 43.4,
          agentic_index: 67.1
        }
      }
    },
    {
      id: "google/gemma-4-26b-a4b-it:free",
      canonical_slug: "google/gemma-4-26b-a4b-it-20260403",
      hugging_face_id: "google/gemma-4-26B-A4B-it",
      name: "Google: Gemma 4 26B A4B  (free)",
      created: 1775227989,
      description: "Gemma 4 26B A4B IT is an instruction-tuned Mixture-of-Experts (MoE) model from Google DeepMind. Despite 25.2B total parameters, only 3.8B activate per token during inference \u2014 delivering near-31B quality at...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemma",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: 64
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemma-4-26b-a4b-it-20260403/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 25.7,
          coding_index: 22.4,
          agentic_index: 32.1
        }
      }
    },
    {
      id: "google/gemma-4-26b-a4b-it",
      canonical_slug: "google/gemma-4-26b-a4b-it-20260403",
      hugging_face_id: "google/gemma-4-26B-A4B-it",
      name: "Google: Gemma 4 26B A4B ",
      created: 1775227989,
      description: "Gemma 4 26B A4B IT is an instruction-tuned Mixture-of-Experts (MoE) model from Google DeepMind. Despite 25.2B total parameters, only 3.8B activate per token during inference \u2014 delivering near-31B quality at...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemma",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000006",
        completion: "0.00000033"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: 64
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemma-4-26b-a4b-it-20260403/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 25.7,
          coding_index: 22.4,
          agentic_index: 32.1
        }
      }
    },
    {
      id: "google/gemma-4-31b-it:free",
      canonical_slug: "google/gemma-4-31b-it-20260402",
      hugging_face_id: "google/gemma-4-31B-it",
      name: "Google: Gemma 4 31B (free)",
      created: 1775148486,
      description: "Gemma 4 31B Instruct is Google DeepMind's 30.7B dense multimodal model supporting text and image input with text output. Features a 256K token context window, configurable thinking/reasoning mode, native function...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemma",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: 64,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemma-4-31b-it-20260402/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 29.4,
          coding_index: 38.7,
          agentic_index: 40.9
        }
      }
    },
    {
      id: "google/gemma-4-31b-it",
      canonical_slug: "google/gemma-4-31b-it-20260402",
      hugging_face_id: "google/gemma-4-31B-it",
      name: "Google: Gemma 4 31B",
      created: 1775148486,
      description: "Gemma 4 31B Instruct is Google DeepMind's 30.7B dense multimodal model supporting text and image input with text output. Features a 256K token context window, configurable thinking/reasoning mode, native function...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemma",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000012",
        completion: "0.00000035",
        input_cache_read: "0.00000009"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: 64,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemma-4-31b-it-20260402/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 29.4,
          coding_index: 38.7,
          agentic_index: 40.9
        }
      }
    },
    {
      id: "qwen/qwen3.6-plus",
      canonical_slug: "qwen/qwen3.6-plus-04-02",
      hugging_face_id: "",
      name: "Qwen: Qwen3.6 Plus",
      created: 1775133557,
      description: "Qwen 3.6 Plus builds on a hybrid architecture that combines efficient linear attention with sparse mixture-of-experts routing, enabling strong scalability and high-performance inference. Compared to the 3.5 series, it delivers...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000325",
        completion: "0.00000195",
        input_cache_write: "0.00000040625"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.6-plus-04-02/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1279,
            win_rate: 51.5,
            rank: 21
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1174,
            win_rate: 47.5,
            rank: 30
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1278,
            win_rate: 52.1,
            rank: 23
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1266,
            win_rate: 51.1,
            rank: 23
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1280,
            win_rate: 53.4,
            rank: 20
          },
          {
            arena: "models",
            category: "svg",
            elo: 1218,
            win_rate: 52.1,
            rank: 19
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1287,
            win_rate: 52.4,
            rank: 20
          },
          {
            arena: "models",
            category: "website",
            elo: 1263,
            win_rate: 51.9,
            rank: 27
          }
        ],
        artificial_analysis: {
          intelligence_index: 39.6,
          coding_index: 42.9,
          agentic_index: 61.7
        }
      }
    },
    {
      id: "arcee-ai/trinity-large-thinking",
      canonical_slug: "arcee-ai/trinity-large-thinking",
      hugging_face_id: "arcee-ai/Trinity-Large-Thinking",
      name: "Arcee AI: Trinity Large Thinking",
      created: 1775058318,
      description: "Trinity Large Thinking is a powerful open source reasoning model from the team at Arcee AI. It shows strong performance in PinchBench, agentic workloads, and reasoning tasks. Launch video: https://youtu.be/Gc82AXLa0Rg?si=4RLn6WBz33qT--B7...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000022",
        completion: "0.00000085",
        input_cache_read: "0.00000006"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3,
        top_p: 0.8,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/arcee-ai/trinity-large-thinking/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1162,
            win_rate: 41.3,
            rank: 56
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1084,
            win_rate: 37.1,
            rank: 41
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1168,
            win_rate: 40.1,
            rank: 59
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1143,
            win_rate: 39.3,
            rank: 65
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1146,
            win_rate: 38.1,
            rank: 66
          },
          {
            arena: "models",
            category: "svg",
            elo: 1073,
            win_rate: 35.2,
            rank: 56
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1102,
            win_rate: 32.5,
            rank: 70
          },
          {
            arena: "models",
            category: "website",
            elo: 1180,
            win_rate: 41.3,
            rank: 58
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 27.2,
          agentic_index: 42.6
        }
      }
    },
    {
      id: "x-ai/grok-4.20-multi-agent",
      canonical_slug: "x-ai/grok-4.20-multi-agent-20260309",
      hugging_face_id: "",
      name: "xAI: Grok 4.20 Multi-Agent",
      created: 1774979158,
      description: "Grok 4.20 Multi-Agent is a variant of xAI\u2019s Grok 4.20 designed for collaborative, agent-based workflows. Multiple agents operate in parallel to conduct deep research, coordinate tool use, and synthesize information...",
      context_length: 2e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Grok",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.0000025",
        web_search: "0.005",
        input_cache_read: "0.0000002"
      },
      top_provider: {
        context_length: 2e6,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-09-01",
      expiration_date: null,
      links: {
        details: "/api/v1/models/x-ai/grok-4.20-multi-agent-20260309/endpoints"
      }
    },
    {
      id: "x-ai/grok-4.20",
      canonical_slug: "x-ai/grok-4.20-20260309",
      hugging_face_id: "",
      name: "xAI: Grok 4.20",
      created: 1774979019,
      description: "Grok 4.20 is a reasoning model from xAI with industry-leading speed and agentic tool calling capabilities. It combines the lowest hallucination rate on the market with strict prompt adherance, delivering...",
      context_length: 2e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Grok",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.0000025",
        web_search: "0.005",
        input_cache_read: "0.0000002"
      },
      top_provider: {
        context_length: 2e6,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-09-01",
      expiration_date: null,
      links: {
        details: "/api/v1/models/x-ai/grok-4.20-20260309/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 42.2,
          agentic_index: 50.9
        }
      }
    },
    {
      id: "google/lyria-3-pro-preview",
      canonical_slug: "google/lyria-3-pro-preview-20260330",
      hugging_face_id: null,
      name: "Google: Lyria 3 Pro Preview",
      created: 1774907286,
      description: "Full-length songs are priced at $0.08 per song. Lyria 3 is Google's family of music generation models, available through the Gemini API. With Lyria 3, you can generate high-quality, 48kHz...",
      context_length: 1048576,
      architecture: {
        modality: "text+image->text+audio",
        input_modalities: ["text", "image"],
        output_modalities: ["text", "audio"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "response_format",
        "seed",
        "temperature",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/lyria-3-pro-preview-20260330/endpoints"
      }
    },
    {
      id: "google/lyria-3-clip-preview",
      canonical_slug: "google/lyria-3-clip-preview-20260330",
      hugging_face_id: null,
      name: "Google: Lyria 3 Clip Preview",
      created: 1774907255,
      description: "30 second duration clips are priced at $0.04 per clip. Lyria 3 is Google's family of music generation models, available through the Gemini API. With Lyria 3, you can generate...",
      context_length: 1048576,
      architecture: {
        modality: "text+image->text+audio",
        input_modalities: ["text", "image"],
        output_modalities: ["text", "audio"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "response_format",
        "seed",
        "temperature",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/lyria-3-clip-preview-20260330/endpoints"
      }
    },
    {
      id: "kwaipilot/kat-coder-pro-v2",
      canonical_slug: "kwaipilot/kat-coder-pro-v2-20260327",
      hugging_face_id: "",
      name: "Kwaipilot: KAT-Coder-Pro V2",
      created: 1774649310,
      description: "KAT-Coder-Pro V2 is the latest high-performance model in KwaiKAT\u2019s KAT-Coder series, designed for complex enterprise-grade software engineering and SaaS integration. It builds on the agentic coding strengths of earlier versions,...",
      context_length: 256e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000012",
        input_cache_read: "0.00000006"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: 8e4,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/kwaipilot/kat-coder-pro-v2-20260327/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 45.6,
          agentic_index: 50.7
        }
      }
    },
    {
      id: "rekaai/reka-edge",
      canonical_slug: "rekaai/reka-edge-2603",
      hugging_face_id: "RekaAI/reka-edge-2603",
      name: "Reka Edge",
      created: 1774026965,
      description: "Reka Edge is an extremely efficient 7B multimodal vision-language model that accepts image/video+text inputs and generates text outputs. This model is optimized specifically to deliver industry-leading performance in image understanding,...",
      context_length: 16384,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000001"
      },
      top_provider: {
        context_length: 16384,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/rekaai/reka-edge-2603/endpoints"
      }
    },
    {
      id: "minimax/minimax-m2.7",
      canonical_slug: "minimax/minimax-m2.7-20260318",
      hugging_face_id: "MiniMaxAI/MiniMax-M2.7",
      name: "MiniMax: MiniMax M2.7",
      created: 1773836697,
      description: "MiniMax-M2.7 is a next-generation large language model designed for autonomous, real-world productivity and continuous improvement. Built to actively participate in its own evolution, M2.7 integrates advanced agentic capabilities through multi-agent...",
      context_length: 204800,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000025",
        completion: "0.000001",
        input_cache_read: "0.00000005"
      },
      top_provider: {
        context_length: 196608,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/minimax/minimax-m2.7-20260318/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1273,
            win_rate: 51.1,
            rank: 25
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1177,
            win_rate: 47.7,
            rank: 29
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1283,
            win_rate: 53.4,
            rank: 20
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1274,
            win_rate: 53.3,
            rank: 18
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1276,
            win_rate: 53.8,
            rank: 22
          },
          {
            arena: "models",
            category: "svg",
            elo: 1196,
            win_rate: 50.9,
            rank: 30
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1264,
            win_rate: 50.1,
            rank: 25
          },
          {
            arena: "models",
            category: "website",
            elo: 1287,
            win_rate: 54.1,
            rank: 19
          }
        ],
        artificial_analysis: {
          intelligence_index: 38.1,
          coding_index: 41.9,
          agentic_index: 61.5
        }
      }
    },
    {
      id: "openai/gpt-5.4-nano",
      canonical_slug: "openai/gpt-5.4-nano-20260317",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.4 Nano",
      created: 1773748187,
      description: "GPT-5.4 nano is the most lightweight and cost-efficient variant of the GPT-5.4 family, optimized for speed-critical and high-volume tasks. It supports text and image inputs and is designed for low-latency...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002",
        completion: "0.00000125",
        web_search: "0.01",
        input_cache_read: "0.00000002"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.4-nano-20260317/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 38.2,
          coding_index: 43.9,
          agentic_index: 47.6
        }
      }
    },
    {
      id: "openai/gpt-5.4-mini",
      canonical_slug: "openai/gpt-5.4-mini-20260317",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.4 Mini",
      created: 1773748178,
      description: "GPT-5.4 mini brings the core capabilities of GPT-5.4 to a faster, more efficient model optimized for high-throughput workloads. It supports text and image inputs with strong performance across reasoning, coding,...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000075",
        completion: "0.0000045",
        web_search: "0.01",
        input_cache_read: "0.000000075"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.4-mini-20260317/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 40,
          coding_index: 51.5,
          agentic_index: 58.9
        }
      }
    },
    {
      id: "mistralai/mistral-small-2603",
      canonical_slug: "mistralai/mistral-small-2603",
      hugging_face_id: "mistralai/Mistral-Small-4-119B-2603",
      name: "Mistral: Mistral Small 4",
      created: 1773695685,
      description: "Mistral Small 4 is the next major release in the Mistral Small family, unifying the capabilities of several flagship Mistral models into a single system. It combines strong reasoning from...",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000006",
        input_cache_read: "0.000000015"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-small-2603/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 24.3,
          agentic_index: 25.9
        }
      }
    },
    {
      id: "z-ai/glm-5-turbo",
      canonical_slug: "z-ai/glm-5-turbo-20260315",
      hugging_face_id: "",
      name: "Z.ai: GLM 5 Turbo",
      created: 1773583573,
      description: "GLM-5 Turbo is a new model from Z.ai designed for fast inference and strong performance in agent-driven environments such as OpenClaw scenarios. It is deeply optimized for real-world agent workflows...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000012",
        completion: "0.000004",
        input_cache_read: "0.00000024"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/z-ai/glm-5-turbo-20260315/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1337,
            win_rate: 60.8,
            rank: 6
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1189,
            win_rate: 50.2,
            rank: 23
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1325,
            win_rate: 58,
            rank: 7
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1309,
            win_rate: 58.1,
            rank: 6
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1336,
            win_rate: 61.1,
            rank: 6
          },
          {
            arena: "models",
            category: "svg",
            elo: 1269,
            win_rate: 59.7,
            rank: 9
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1320,
            win_rate: 57.9,
            rank: 9
          },
          {
            arena: "models",
            category: "website",
            elo: 1321,
            win_rate: 57.1,
            rank: 5
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 36.8,
          agentic_index: 66.1
        }
      }
    },
    {
      id: "nvidia/nemotron-3-super-120b-a12b:free",
      canonical_slug: "nvidia/nemotron-3-super-120b-a12b-20230311",
      hugging_face_id: "nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-FP8",
      name: "NVIDIA: Nemotron 3 Super (free)",
      created: 1773245239,
      description: "NVIDIA Nemotron 3 Super is a 120B-parameter open hybrid MoE model, activating just 12B parameters for maximum compute efficiency and accuracy in complex multi-agent applications. Built on a hybrid Mamba-Transformer...",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-3-super-120b-a12b-20230311/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 25.4,
          coding_index: 31.2,
          agentic_index: 40.2
        }
      }
    },
    {
      id: "nvidia/nemotron-3-super-120b-a12b",
      canonical_slug: "nvidia/nemotron-3-super-120b-a12b-20230311",
      hugging_face_id: "nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-FP8",
      name: "NVIDIA: Nemotron 3 Super",
      created: 1773245239,
      description: "NVIDIA Nemotron 3 Super is a 120B-parameter open hybrid MoE model, activating just 12B parameters for maximum compute efficiency and accuracy in complex multi-agent applications. Built on a hybrid Mamba-Transformer...",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000009",
        completion: "0.00000045"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-3-super-120b-a12b-20230311/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 25.4,
          coding_index: 31.2,
          agentic_index: 40.2
        }
      }
    },
    {
      id: "bytedance-seed/seed-2.0-lite",
      canonical_slug: "bytedance-seed/seed-2.0-lite-20260309",
      hugging_face_id: null,
      name: "ByteDance Seed: Seed-2.0-Lite",
      created: 1773157231,
      description: "Seed-2.0-Lite is a versatile, cost\u2011efficient enterprise workhorse that delivers strong multimodal and agent capabilities while offering noticeably lower latency, making it a practical default choice for most production workloads across...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000025",
        completion: "0.000002"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/bytedance-seed/seed-2.0-lite-20260309/endpoints"
      }
    },
    {
      id: "qwen/qwen3.5-9b",
      canonical_slug: "qwen/qwen3.5-9b-20260310",
      hugging_face_id: "Qwen/Qwen3.5-9B",
      name: "Qwen: Qwen3.5-9B",
      created: 1773152396,
      description: "Qwen3.5-9B is a multimodal foundation model from the Qwen3.5 family, designed to deliver strong reasoning, coding, and visual understanding in an efficient 9B-parameter architecture. It uses a unified vision-language design...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.00000015"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.5-9b-20260310/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 25.3,
          agentic_index: 37.4
        }
      }
    },
    {
      id: "openai/gpt-5.4-pro",
      canonical_slug: "openai/gpt-5.4-pro-20260305",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.4 Pro",
      created: 1772734366,
      description: "GPT-5.4 Pro is OpenAI's most advanced model, building on GPT-5.4's unified architecture with enhanced reasoning capabilities for complex, high-stakes tasks. It features a 1M+ token context window (922K input, 128K...",
      context_length: 105e4,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00003",
        completion: "0.00018",
        web_search: "0.01"
      },
      top_provider: {
        context_length: 105e4,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.4-pro-20260305/endpoints"
      }
    },
    {
      id: "openai/gpt-5.4",
      canonical_slug: "openai/gpt-5.4-20260305",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.4",
      created: 1772734352,
      description: "GPT-5.4 is OpenAI\u2019s latest frontier model, unifying the Codex and GPT lines into a single system. It features a 1M+ token context window (922K input, 128K output) with support for...",
      context_length: 105e4,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.000015",
        web_search: "0.01",
        input_cache_read: "0.00000025"
      },
      top_provider: {
        context_length: 105e4,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.4-20260305/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1183,
            win_rate: 44.2,
            rank: 47
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1236,
            win_rate: 55.3,
            rank: 11
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1267,
            win_rate: 54.1,
            rank: 26
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1278,
            win_rate: 57.6,
            rank: 17
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1303,
            win_rate: 58.6,
            rank: 13
          },
          {
            arena: "models",
            category: "svg",
            elo: 1256,
            win_rate: 58.6,
            rank: 11
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1301,
            win_rate: 59.4,
            rank: 13
          },
          {
            arena: "models",
            category: "website",
            elo: 1269,
            win_rate: 54.1,
            rank: 25
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1046,
            win_rate: 47.4,
            rank: 24
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1094,
            win_rate: 40.9,
            rank: 23
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1173,
            win_rate: 46.9,
            rank: 14
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1162,
            win_rate: 44.4,
            rank: 23
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1146,
            win_rate: 41.8,
            rank: 16
          }
        ],
        artificial_analysis: {
          intelligence_index: 51.4,
          coding_index: 57.2,
          agentic_index: 68
        }
      }
    },
    {
      id: "inception/mercury-2",
      canonical_slug: "inception/mercury-2-20260304",
      hugging_face_id: null,
      name: "Inception: Mercury 2",
      created: 1772636275,
      description: "Mercury 2 is an extremely fast reasoning LLM, and the first reasoning diffusion LLM (dLLM). Instead of generating tokens sequentially, Mercury 2 produces and refines multiple tokens in parallel, achieving...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000025",
        completion: "0.00000075",
        input_cache_read: "0.000000025"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 5e4,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: 0.75,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/inception/mercury-2-20260304/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 30.6,
          agentic_index: 39.7
        }
      }
    },
    {
      id: "openai/gpt-5.3-chat",
      canonical_slug: "openai/gpt-5.3-chat-20260303",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.3 Chat",
      created: 1772564061,
      description: "GPT-5.3 Chat is an update to ChatGPT's most-used model that makes everyday conversations smoother, more useful, and more directly helpful. It delivers more accurate answers with better contextualization and significantly...",
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000175",
        completion: "0.000014",
        web_search: "0.01",
        input_cache_read: "0.000000175"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_completion_tokens",
        "max_tokens",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.3-chat-20260303/endpoints"
      }
    },
    {
      id: "google/gemini-3.1-flash-lite-preview",
      canonical_slug: "google/gemini-3.1-flash-lite-preview-20260303",
      hugging_face_id: "",
      name: "Google: Gemini 3.1 Flash Lite Preview",
      created: 1772512673,
      description: "Gemini 3.1 Flash Lite Preview is Google's high-efficiency model optimized for high-volume use cases. It outperforms Gemini 2.5 Flash Lite on overall quality and approaches Gemini 2.5 Flash performance across...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "image", "video", "file", "audio"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000025",
        completion: "0.0000015",
        image: "0.00000025",
        audio: "0.0000005",
        web_search: "0.014",
        internal_reasoning: "0.0000015",
        input_cache_read: "0.000000025",
        input_cache_write: "0.00000008333333333333334"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-3.1-flash-lite-preview-20260303/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1130,
            win_rate: 38.9,
            rank: 68
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1211,
            win_rate: 50.7,
            rank: 17
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1124,
            win_rate: 36.4,
            rank: 73
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1090,
            win_rate: 33.3,
            rank: 75
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1100,
            win_rate: 33.9,
            rank: 77
          },
          {
            arena: "models",
            category: "svg",
            elo: 1109,
            win_rate: 42.5,
            rank: 47
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1127,
            win_rate: 37.7,
            rank: 66
          },
          {
            arena: "models",
            category: "website",
            elo: 1126,
            win_rate: 36.5,
            rank: 76
          }
        ],
        artificial_analysis: {
          intelligence_index: 25,
          coding_index: 30.1,
          agentic_index: 25.7
        }
      }
    },
    {
      id: "bytedance-seed/seed-2.0-mini",
      canonical_slug: "bytedance-seed/seed-2.0-mini-20260224",
      hugging_face_id: "",
      name: "ByteDance Seed: Seed-2.0-Mini",
      created: 1772131107,
      description: "Seed-2.0-mini targets latency-sensitive, high-concurrency, and cost-sensitive scenarios, emphasizing fast response and flexible inference deployment. It delivers performance comparable to ByteDance-Seed-1.6, supports 256k context, four reasoning effort modes (minimal/low/medium/high), multimodal understanding,...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000004"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/bytedance-seed/seed-2.0-mini-20260224/endpoints"
      }
    },
    {
      id: "google/gemini-3.1-flash-image-preview",
      canonical_slug: "google/gemini-3.1-flash-image-preview-20260226",
      hugging_face_id: "",
      name: "Google: Nano Banana 2 (Gemini 3.1 Flash Image Preview)",
      created: 1772119558,
      description: 'Gemini 3.1 Flash Image Preview, a.k.a. "Nano Banana 2," is Google\u2019s latest state of the art image generation and editing model, delivering Pro-level visual quality at Flash speed. It combines...',
      context_length: 131072,
      architecture: {
        modality: "text+image->text+image",
        input_modalities: ["image", "text"],
        output_modalities: ["image", "text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000005",
        completion: "0.000003",
        web_search: "0.014"
      },
      top_provider: {
        context_length: 65536,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-3.1-flash-image-preview-20260226/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "graphicdesign",
            elo: 1292,
            win_rate: 66.6,
            rank: 1
          },
          {
            arena: "models",
            category: "image",
            elo: 1304,
            win_rate: 65.4,
            rank: 1
          },
          {
            arena: "models",
            category: "logo",
            elo: 1282,
            win_rate: 63.4,
            rank: 1
          }
        ]
      }
    },
    {
      id: "qwen/qwen3.5-35b-a3b",
      canonical_slug: "qwen/qwen3.5-35b-a3b-20260224",
      hugging_face_id: "Qwen/Qwen3.5-35B-A3B",
      name: "Qwen: Qwen3.5-35B-A3B",
      created: 1772053822,
      description: "The Qwen3.5 Series 35B-A3B is a native vision-language model designed with a hybrid architecture that integrates linear attention mechanisms and a sparse mixture-of-experts model, achieving higher inference efficiency. Its overall...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000014",
        completion: "0.000001",
        input_cache_read: "0.00000005"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 81920,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: 20,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.5-35b-a3b-20260224/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 30.3,
          agentic_index: 44.1
        }
      }
    },
    {
      id: "qwen/qwen3.5-27b",
      canonical_slug: "qwen/qwen3.5-27b-20260224",
      hugging_face_id: "Qwen/Qwen3.5-27B",
      name: "Qwen: Qwen3.5-27B",
      created: 1772053810,
      description: "The Qwen3.5 27B native vision-language Dense model incorporates a linear attention mechanism, delivering fast response times while balancing inference speed and performance. Its overall capabilities are comparable to those of...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000195",
        completion: "0.00000156"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: 0.95,
        top_k: 20,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.5-27b-20260224/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 34.9,
          agentic_index: 54.6
        }
      }
    },
    {
      id: "qwen/qwen3.5-122b-a10b",
      canonical_slug: "qwen/qwen3.5-122b-a10b-20260224",
      hugging_face_id: "Qwen/Qwen3.5-122B-A10B",
      name: "Qwen: Qwen3.5-122B-A10B",
      created: 1772053789,
      description: "The Qwen3.5 122B-A10B native vision-language model is built on a hybrid architecture that integrates a linear attention mechanism with a sparse mixture-of-experts model, achieving higher inference efficiency. In terms of...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000026",
        completion: "0.00000208"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: 0.95,
        top_k: 20,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.5-122b-a10b-20260224/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 32.3,
          coding_index: 34.7,
          agentic_index: 53
        }
      }
    },
    {
      id: "qwen/qwen3.5-flash-02-23",
      canonical_slug: "qwen/qwen3.5-flash-20260224",
      hugging_face_id: null,
      name: "Qwen: Qwen3.5-Flash",
      created: 1772053776,
      description: "The Qwen3.5 native vision-language Flash models are built on a hybrid architecture that integrates a linear attention mechanism with a sparse mixture-of-experts model, achieving higher inference efficiency. Compared to the...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000065",
        completion: "0.00000026"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.5-flash-20260224/endpoints"
      }
    },
    {
      id: "liquid/lfm-2-24b-a2b",
      canonical_slug: "liquid/lfm-2-24b-a2b-20260224",
      hugging_face_id: "LiquidAI/LFM2-24B-A2B",
      name: "LiquidAI: LFM2-24B-A2B",
      created: 1772048711,
      description: "LFM2-24B-A2B is the largest model in the LFM2 family of hybrid architectures designed for efficient on-device deployment. Built as a 24B parameter Mixture-of-Experts model with only 2B active parameters per...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000003",
        completion: "0.00000012"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.1,
        top_p: null,
        top_k: 50,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: 1.05
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/liquid/lfm-2-24b-a2b-20260224/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 3.6,
          agentic_index: 3.7
        }
      }
    },
    {
      id: "google/gemini-3.1-pro-preview-customtools",
      canonical_slug: "google/gemini-3.1-pro-preview-customtools-20260219",
      hugging_face_id: null,
      name: "Google: Gemini 3.1 Pro Preview Custom Tools",
      created: 1772045923,
      description: "Gemini 3.1 Pro Preview Custom Tools is a variant of Gemini 3.1 Pro that improves tool selection behavior by preventing overuse of a general bash tool when more efficient third-party...",
      context_length: 1048756,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "audio", "image", "video", "file"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000012",
        image: "0.000002",
        audio: "0.000002",
        web_search: "0.014",
        internal_reasoning: "0.000012",
        input_cache_read: "0.0000002",
        input_cache_write: "0.000000375"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-3.1-pro-preview-customtools-20260219/endpoints"
      }
    },
    {
      id: "openai/gpt-5.3-codex",
      canonical_slug: "openai/gpt-5.3-codex-20260224",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.3-Codex",
      created: 1771959164,
      description: "GPT-5.3-Codex is OpenAI\u2019s most advanced agentic coding model, combining the frontier software engineering performance of GPT-5.2-Codex with the broader reasoning and professional knowledge capabilities of GPT-5.2. It achieves state-of-the-art results...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000175",
        completion: "0.000014",
        web_search: "0.01",
        input_cache_read: "0.000000175"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.3-codex-20260224/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "androidnative",
            elo: 1084,
            win_rate: 35.2,
            rank: 19
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1058,
            win_rate: 36.4,
            rank: 27
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1162,
            win_rate: 44.9,
            rank: 15
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1143,
            win_rate: 41.6,
            rank: 25
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1125,
            win_rate: 39.1,
            rank: 19
          },
          {
            arena: "models",
            category: "3d",
            elo: 1089,
            win_rate: 35.3,
            rank: 74
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1193,
            win_rate: 51.2,
            rank: 22
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1196,
            win_rate: 47.2,
            rank: 51
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1207,
            win_rate: 50.4,
            rank: 44
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1230,
            win_rate: 51.2,
            rank: 37
          },
          {
            arena: "models",
            category: "svg",
            elo: 1187,
            win_rate: 54,
            rank: 33
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1194,
            win_rate: 47.3,
            rank: 49
          },
          {
            arena: "models",
            category: "website",
            elo: 1208,
            win_rate: 48.7,
            rank: 50
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 53.1,
          agentic_index: 60.5
        }
      }
    },
    {
      id: "aion-labs/aion-2.0",
      canonical_slug: "aion-labs/aion-2.0-20260223",
      hugging_face_id: null,
      name: "AionLabs: Aion-2.0",
      created: 1771881306,
      description: "Aion-2.0 is a variant of DeepSeek V3.2 optimized for immersive roleplaying and storytelling. It is particularly strong at introducing tension, crises, and conflict into stories, making narratives feel more engaging....",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000008",
        completion: "0.0000016",
        input_cache_read: "0.0000002"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "temperature",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/aion-labs/aion-2.0-20260223/endpoints"
      }
    },
    {
      id: "google/gemini-3.1-pro-preview",
      canonical_slug: "google/gemini-3.1-pro-preview-20260219",
      hugging_face_id: "",
      name: "Google: Gemini 3.1 Pro Preview",
      created: 1771509627,
      description: "Gemini 3.1 Pro Preview is Google\u2019s frontier reasoning model, delivering enhanced software engineering performance, improved agentic reliability, and more efficient token usage across complex workflows. Building on the multimodal foundation...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["audio", "file", "image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000012",
        image: "0.000002",
        audio: "0.000002",
        web_search: "0.014",
        internal_reasoning: "0.000012",
        input_cache_read: "0.0000002",
        input_cache_write: "0.000000375"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-3.1-pro-preview-20260219/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agenticgamedev",
            elo: 1149,
            win_rate: 43.7,
            rank: 8
          },
          {
            arena: "agents",
            category: "agentichtmlslides",
            elo: 1226,
            win_rate: 55.8,
            rank: 5
          },
          {
            arena: "agents",
            category: "agenticslides",
            elo: 1112,
            win_rate: 33.8,
            rank: 8
          },
          {
            arena: "agents",
            category: "agenticslides(html)",
            elo: 1219,
            win_rate: 54.4,
            rank: 5
          },
          {
            arena: "agents",
            category: "agenticslides(python-pptx)",
            elo: 1107,
            win_rate: 33.9,
            rank: 8
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1063,
            win_rate: 39.9,
            rank: 22
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1147,
            win_rate: 46.2,
            rank: 15
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1221,
            win_rate: 53.6,
            rank: 5
          },
          {
            arena: "agents",
            category: "htmlslides",
            elo: 1219,
            win_rate: 54.7,
            rank: 5
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1184,
            win_rate: 46.7,
            rank: 20
          },
          {
            arena: "agents",
            category: "pptxslides",
            elo: 1110,
            win_rate: 34,
            rank: 8
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1205,
            win_rate: 49.5,
            rank: 10
          },
          {
            arena: "models",
            category: "3d",
            elo: 1310,
            win_rate: 62.8,
            rank: 15
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1311,
            win_rate: 63.7,
            rank: 3
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1293,
            win_rate: 64.2,
            rank: 18
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1270,
            win_rate: 60.6,
            rank: 21
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1266,
            win_rate: 55.5,
            rank: 25
          },
          {
            arena: "models",
            category: "svg",
            elo: 1345,
            win_rate: 70.3,
            rank: 2
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1323,
            win_rate: 68.1,
            rank: 7
          },
          {
            arena: "models",
            category: "website",
            elo: 1296,
            win_rate: 64.3,
            rank: 13
          }
        ],
        artificial_analysis: {
          intelligence_index: 46.5,
          coding_index: 55.5,
          agentic_index: 59.1
        }
      }
    },
    {
      id: "anthropic/claude-sonnet-4.6",
      canonical_slug: "anthropic/claude-4.6-sonnet-20260217",
      hugging_face_id: "",
      name: "Anthropic: Claude Sonnet 4.6",
      created: 1771342990,
      description: "Sonnet 4.6 is Anthropic's most capable Sonnet-class model yet, with frontier performance across coding, agents, and professional work. It excels at iterative development, complex codebase navigation, end-to-end project management with...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000003",
        completion: "0.000015",
        web_search: "0.01",
        input_cache_read: "0.0000003",
        input_cache_write: "0.00000375"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.6-sonnet-20260217/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agenticgamedev",
            elo: 1200,
            win_rate: 50.9,
            rank: 6
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1236,
            win_rate: 61.9,
            rank: 6
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1281,
            win_rate: 63.1,
            rank: 4
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1277,
            win_rate: 60.6,
            rank: 1
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1266,
            win_rate: 59.2,
            rank: 4
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1254,
            win_rate: 55.8,
            rank: 5
          },
          {
            arena: "models",
            category: "3d",
            elo: 1321,
            win_rate: 61.7,
            rank: 12
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1273,
            win_rate: 60.5,
            rank: 8
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1327,
            win_rate: 61.8,
            rank: 6
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1315,
            win_rate: 60.8,
            rank: 5
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1320,
            win_rate: 60.5,
            rank: 12
          },
          {
            arena: "models",
            category: "svg",
            elo: 1255,
            win_rate: 59.8,
            rank: 12
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1320,
            win_rate: 61.9,
            rank: 8
          },
          {
            arena: "models",
            category: "website",
            elo: 1328,
            win_rate: 61.8,
            rank: 4
          }
        ],
        artificial_analysis: {
          intelligence_index: 47.2,
          coding_index: 50.9,
          agentic_index: 63
        }
      }
    },
    {
      id: "qwen/qwen3.5-plus-02-15",
      canonical_slug: "qwen/qwen3.5-plus-20260216",
      hugging_face_id: "",
      name: "Qwen: Qwen3.5 Plus 2026-02-15",
      created: 1771229416,
      description: "The Qwen3.5 native vision-language series Plus models are built on a hybrid architecture that integrates linear attention mechanisms with sparse mixture-of-experts models, achieving higher inference efficiency. In a variety of...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000026",
        completion: "0.00000156"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.5-plus-20260216/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1201,
            win_rate: 47.8,
            rank: 43
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1137,
            win_rate: 43.2,
            rank: 37
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1219,
            win_rate: 48.5,
            rank: 43
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1179,
            win_rate: 44.8,
            rank: 54
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1175,
            win_rate: 42.7,
            rank: 55
          },
          {
            arena: "models",
            category: "svg",
            elo: 1165,
            win_rate: 48.9,
            rank: 37
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1234,
            win_rate: 52.2,
            rank: 33
          },
          {
            arena: "models",
            category: "website",
            elo: 1232,
            win_rate: 50.1,
            rank: 39
          }
        ]
      }
    },
    {
      id: "qwen/qwen3.5-397b-a17b",
      canonical_slug: "qwen/qwen3.5-397b-a17b-20260216",
      hugging_face_id: "Qwen/Qwen3.5-397B-A17B",
      name: "Qwen: Qwen3.5 397B A17B",
      created: 1771223018,
      description: "The Qwen3.5 series 397B-A17B native vision-language model is built on a hybrid architecture that integrates a linear attention mechanism with a sparse mixture-of-experts model, achieving higher inference efficiency. It delivers...",
      context_length: 256e3,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["text", "image", "video"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000385",
        completion: "0.00000245"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: 0.95,
        top_k: 20,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3.5-397b-a17b-20260216/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1242,
            win_rate: 56.7,
            rank: 32
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1231,
            win_rate: 52.6,
            rank: 33
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1219,
            win_rate: 53.2,
            rank: 36
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1208,
            win_rate: 50,
            rank: 45
          },
          {
            arena: "models",
            category: "svg",
            elo: 1199,
            win_rate: 56.1,
            rank: 29
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1219,
            win_rate: 51.4,
            rank: 40
          },
          {
            arena: "models",
            category: "website",
            elo: 1235,
            win_rate: 52.6,
            rank: 35
          }
        ],
        artificial_analysis: {
          intelligence_index: 33.7,
          coding_index: 41.3,
          agentic_index: 55.8
        }
      }
    },
    {
      id: "minimax/minimax-m2.5",
      canonical_slug: "minimax/minimax-m2.5-20260211",
      hugging_face_id: "MiniMaxAI/MiniMax-M2.5",
      name: "MiniMax: MiniMax M2.5",
      created: 1770908502,
      description: "MiniMax-M2.5 is a SOTA large language model designed for real-world productivity. Trained in a diverse range of complex real-world digital working environments, M2.5 builds upon the coding expertise of M2.1...",
      context_length: 204800,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000009",
        input_cache_read: "0.00000005"
      },
      top_provider: {
        context_length: 196608,
        max_completion_tokens: 196608,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "parallel_tool_calls",
        "presence_penalty",
        "reasoning",
        "reasoning_effort",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/minimax/minimax-m2.5-20260211/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1251,
            win_rate: 57.6,
            rank: 28
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1259,
            win_rate: 56.8,
            rank: 28
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1216,
            win_rate: 51.2,
            rank: 38
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1245,
            win_rate: 55.5,
            rank: 32
          },
          {
            arena: "models",
            category: "svg",
            elo: 1208,
            win_rate: 54.5,
            rank: 24
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1229,
            win_rate: 53.4,
            rank: 35
          },
          {
            arena: "models",
            category: "website",
            elo: 1267,
            win_rate: 57.5,
            rank: 26
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 37.4,
          agentic_index: 55.6
        }
      }
    },
    {
      id: "z-ai/glm-5",
      canonical_slug: "z-ai/glm-5-20260211",
      hugging_face_id: "zai-org/GLM-5",
      name: "Z.ai: GLM 5",
      created: 1770829182,
      description: "GLM-5 is Z.ai\u2019s flagship open-source foundation model engineered for complex systems design and long-horizon agent workflows. Built for expert developers, it delivers production-grade performance on large-scale programming tasks, rivaling leading...",
      context_length: 202752,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000006",
        completion: "0.00000192",
        input_cache_read: "0.00000012"
      },
      top_provider: {
        context_length: 202752,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/z-ai/glm-5-20260211/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "androidnative",
            elo: 1230,
            win_rate: 62.2,
            rank: 7
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1198,
            win_rate: 53.8,
            rank: 12
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1238,
            win_rate: 54.8,
            rank: 3
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1231,
            win_rate: 53.4,
            rank: 10
          },
          {
            arena: "models",
            category: "3d",
            elo: 1313,
            win_rate: 56.9,
            rank: 14
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1187,
            win_rate: 47.3,
            rank: 25
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1298,
            win_rate: 55.7,
            rank: 14
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1271,
            win_rate: 52.9,
            rank: 20
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1302,
            win_rate: 57.9,
            rank: 14
          },
          {
            arena: "models",
            category: "svg",
            elo: 1224,
            win_rate: 54.5,
            rank: 17
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1289,
            win_rate: 54.1,
            rank: 19
          },
          {
            arena: "models",
            category: "website",
            elo: 1292,
            win_rate: 55.1,
            rank: 18
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 44.2,
          agentic_index: 63.1
        }
      }
    },
    {
      id: "qwen/qwen3-max-thinking",
      canonical_slug: "qwen/qwen3-max-thinking-20260123",
      hugging_face_id: null,
      name: "Qwen: Qwen3 Max Thinking",
      created: 1770671901,
      description: "Qwen3-Max-Thinking is the flagship reasoning model in the Qwen3 series, designed for high-stakes cognitive tasks that require deep, multi-step reasoning. By significantly scaling model capacity and reinforcement learning compute, it...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000078",
        completion: "0.0000039"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-max-thinking-20260123/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 30.5,
          agentic_index: 50.1
        }
      }
    },
    {
      id: "anthropic/claude-opus-4.6",
      canonical_slug: "anthropic/claude-4.6-opus-20260205",
      hugging_face_id: "",
      name: "Anthropic: Claude Opus 4.6",
      created: 1770219050,
      description: "Opus 4.6 is Anthropic\u2019s strongest model for coding and long-running professional tasks. It is built for agents that operate across entire workflows rather than single prompts, making it especially effective...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000005",
        completion: "0.000025",
        web_search: "0.01",
        input_cache_read: "0.0000005",
        input_cache_write: "0.00000625"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.6-opus-20260205/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "androidnative",
            elo: 1219,
            win_rate: 68.8,
            rank: 9
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1295,
            win_rate: 68.6,
            rank: 3
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1270,
            win_rate: 60.5,
            rank: 2
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1275,
            win_rate: 60.9,
            rank: 2
          },
          {
            arena: "models",
            category: "3d",
            elo: 1356,
            win_rate: 66,
            rank: 3
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1303,
            win_rate: 64.8,
            rank: 6
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1343,
            win_rate: 64.1,
            rank: 2
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1318,
            win_rate: 61.1,
            rank: 4
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1344,
            win_rate: 63.4,
            rank: 3
          },
          {
            arena: "models",
            category: "svg",
            elo: 1286,
            win_rate: 62.7,
            rank: 5
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1355,
            win_rate: 65.5,
            rank: 3
          },
          {
            arena: "models",
            category: "website",
            elo: 1339,
            win_rate: 63.5,
            rank: 2
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 48.1,
          agentic_index: 67.6
        }
      }
    },
    {
      id: "qwen/qwen3-coder-next",
      canonical_slug: "qwen/qwen3-coder-next-2025-02-03",
      hugging_face_id: "Qwen/Qwen3-Coder-Next",
      name: "Qwen: Qwen3 Coder Next",
      created: 1770164101,
      description: "Qwen3-Coder-Next is an open-weight causal language model optimized for coding agents and local development workflows. It uses a sparse MoE design with 80B total parameters and only 3B activated per...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000011",
        completion: "0.0000008",
        input_cache_read: "0.00000007"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-coder-next-2025-02-03/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 22.9,
          agentic_index: 42.1
        }
      }
    },
    {
      id: "openrouter/free",
      canonical_slug: "openrouter/free",
      hugging_face_id: "",
      name: "Free Models Router",
      created: 1769917427,
      description: "The simplest way to get free inference. openrouter/free is a router that selects free models at random from the models available on OpenRouter. The router smartly filters for models that...",
      context_length: 2e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: null,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openrouter/free/endpoints"
      }
    },
    {
      id: "stepfun/step-3.5-flash",
      canonical_slug: "stepfun/step-3.5-flash",
      hugging_face_id: "stepfun-ai/Step-3.5-Flash",
      name: "StepFun: Step 3.5 Flash",
      created: 1769728337,
      description: "Step 3.5 Flash is StepFun's most capable open-source foundation model. Built on a sparse Mixture of Experts (MoE) architecture, it selectively activates only 11B of its 196B parameters per token....",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000009",
        completion: "0.0000003",
        input_cache_read: "0.00000002"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/stepfun/step-3.5-flash/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 34.6,
          agentic_index: 48.2
        }
      }
    },
    {
      id: "moonshotai/kimi-k2.5",
      canonical_slug: "moonshotai/kimi-k2.5-0127",
      hugging_face_id: "moonshotai/Kimi-K2.5",
      name: "MoonshotAI: Kimi K2.5",
      created: 1769487076,
      description: "Kimi K2.5 is Moonshot AI's native multimodal model, delivering state-of-the-art visual coding capability and a self-directed agent swarm paradigm. Built on Kimi K2 with continued pretraining over approximately 15T mixed...",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000375",
        completion: "0.000002025"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/moonshotai/kimi-k2.5-0127/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "androidnative",
            elo: 1135,
            win_rate: 57.7,
            rank: 15
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1189,
            win_rate: 54.1,
            rank: 13
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1257,
            win_rate: 59.7,
            rank: 2
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1196,
            win_rate: 49.3,
            rank: 17
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1203,
            win_rate: 50.3,
            rank: 11
          },
          {
            arena: "models",
            category: "3d",
            elo: 1292,
            win_rate: 54.1,
            rank: 19
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1223,
            win_rate: 48.7,
            rank: 13
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1289,
            win_rate: 54.9,
            rank: 19
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1272,
            win_rate: 52.9,
            rank: 19
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1277,
            win_rate: 54.5,
            rank: 21
          },
          {
            arena: "models",
            category: "svg",
            elo: 1214,
            win_rate: 51.1,
            rank: 20
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1291,
            win_rate: 54.1,
            rank: 17
          },
          {
            arena: "models",
            category: "website",
            elo: 1293,
            win_rate: 56,
            rank: 16
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 39.6,
          agentic_index: 58.9
        }
      }
    },
    {
      id: "upstage/solar-pro-3",
      canonical_slug: "upstage/solar-pro-3",
      hugging_face_id: "",
      name: "Upstage: Solar Pro 3",
      created: 1769481200,
      description: "Solar Pro 3 is Upstage's powerful Mixture-of-Experts (MoE) language model. With 102B total parameters and 12B active parameters per forward pass, it delivers exceptional performance while maintaining computational efficiency. Optimized...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000006",
        input_cache_read: "0.000000015"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/upstage/solar-pro-3/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: 14.1,
          coding_index: 13.3,
          agentic_index: 34.9
        }
      }
    },
    {
      id: "minimax/minimax-m2-her",
      canonical_slug: "minimax/minimax-m2-her-20260123",
      hugging_face_id: "",
      name: "MiniMax: MiniMax M2-her",
      created: 1769177239,
      description: "MiniMax M2-her is a dialogue-first large language model built for immersive roleplay, character-driven chat, and expressive multi-turn conversations. Designed to stay consistent in tone and personality, it supports rich message...",
      context_length: 65536,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000012",
        input_cache_read: "0.00000003"
      },
      top_provider: {
        context_length: 65536,
        max_completion_tokens: 2048,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: ["max_tokens", "temperature", "top_p"],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/minimax/minimax-m2-her-20260123/endpoints"
      }
    },
    {
      id: "writer/palmyra-x5",
      canonical_slug: "writer/palmyra-x5-20250428",
      hugging_face_id: "",
      name: "Writer: Palmyra X5",
      created: 1769003823,
      description: "Palmyra X5 is Writer's most advanced model, purpose-built for building and scaling AI agents across the enterprise. It delivers industry-leading speed and efficiency on context windows up to 1 million...",
      context_length: 104e4,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000006",
        completion: "0.000006"
      },
      top_provider: {
        context_length: 104e4,
        max_completion_tokens: 8192,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/writer/palmyra-x5-20250428/endpoints"
      }
    },
    {
      id: "liquid/lfm-2.5-1.2b-thinking:free",
      canonical_slug: "liquid/lfm-2.5-1.2b-thinking-20260120",
      hugging_face_id: "LiquidAI/LFM2.5-1.2B-Thinking",
      name: "LiquidAI: LFM2.5-1.2B-Thinking (free)",
      created: 1768927527,
      description: "LFM2.5-1.2B-Thinking is a lightweight reasoning-focused model optimized for agentic tasks, data extraction, and RAG\u2014while still running comfortably on edge devices. It supports long context (up to 32K tokens) and is...",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/liquid/lfm-2.5-1.2b-thinking-20260120/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 1.4,
          agentic_index: 6.5
        }
      }
    },
    {
      id: "liquid/lfm-2.5-1.2b-instruct:free",
      canonical_slug: "liquid/lfm-2.5-1.2b-instruct-20260120",
      hugging_face_id: "LiquidAI/LFM2.5-1.2B-Instruct",
      name: "LiquidAI: LFM2.5-1.2B-Instruct (free)",
      created: 1768927521,
      description: "LFM2.5-1.2B-Instruct is a compact, high-performance instruction-tuned model built for fast on-device AI. It delivers strong chat quality in a 1.2B parameter footprint, with efficient edge inference and broad runtime support.",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/liquid/lfm-2.5-1.2b-instruct-20260120/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 0.8,
          agentic_index: 3.6
        }
      }
    },
    {
      id: "openai/gpt-audio",
      canonical_slug: "openai/gpt-audio",
      hugging_face_id: "",
      name: "OpenAI: GPT Audio",
      created: 1768862569,
      description: "The gpt-audio model is OpenAI's first generally available audio model. The new snapshot features an upgraded decoder for more natural sounding voices and maintains better voice consistency. Audio is priced...",
      context_length: 128e3,
      architecture: {
        modality: "text+audio->text+audio",
        input_modalities: ["text", "audio"],
        output_modalities: ["text", "audio"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.00001",
        audio: "0.000032"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-audio/endpoints"
      }
    },
    {
      id: "openai/gpt-audio-mini",
      canonical_slug: "openai/gpt-audio-mini",
      hugging_face_id: "",
      name: "OpenAI: GPT Audio Mini",
      created: 1768859419,
      description: "A cost-efficient version of GPT Audio. The new snapshot features an upgraded decoder for more natural sounding voices and maintains better voice consistency. Input is priced at $0.60 per million...",
      context_length: 128e3,
      architecture: {
        modality: "text+audio->text+audio",
        input_modalities: ["text", "audio"],
        output_modalities: ["text", "audio"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000006",
        completion: "0.0000024",
        audio: "0.0000006"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-audio-mini/endpoints"
      }
    },
    {
      id: "z-ai/glm-4.7-flash",
      canonical_slug: "z-ai/glm-4.7-flash-20260119",
      hugging_face_id: "zai-org/GLM-4.7-Flash",
      name: "Z.ai: GLM 4.7 Flash",
      created: 1768833913,
      description: "As a 30B-class SOTA model, GLM-4.7-Flash offers a new option that balances performance and efficiency. It is further optimized for agentic coding use cases, strengthening coding capabilities, long-horizon task planning,...",
      context_length: 202752,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000006",
        completion: "0.0000004",
        input_cache_read: "0.00000001"
      },
      top_provider: {
        context_length: 202752,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/z-ai/glm-4.7-flash-20260119/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1202,
            win_rate: 51.2,
            rank: 42
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1229,
            win_rate: 53.1,
            rank: 34
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1167,
            win_rate: 45.3,
            rank: 59
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1204,
            win_rate: 49.7,
            rank: 47
          },
          {
            arena: "models",
            category: "svg",
            elo: 1095,
            win_rate: 44.2,
            rank: 49
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1264,
            win_rate: 57.6,
            rank: 26
          },
          {
            arena: "models",
            category: "website",
            elo: 1239,
            win_rate: 54,
            rank: 33
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 25.9,
          agentic_index: 46
        }
      }
    },
    {
      id: "openai/gpt-5.2-codex",
      canonical_slug: "openai/gpt-5.2-codex-20260114",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.2-Codex",
      created: 1768409315,
      description: "GPT-5.2-Codex is an upgraded version of GPT-5.1-Codex optimized for software engineering and coding workflows. It is designed for both interactive development sessions and long, independent execution of complex engineering tasks....",
      context_length: 4e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000175",
        completion: "0.000014",
        web_search: "0.01",
        input_cache_read: "0.000000175"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.2-codex-20260114/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "androidnative",
            elo: 1176,
            win_rate: 47.5,
            rank: 12
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1067,
            win_rate: 37,
            rank: 26
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1188,
            win_rate: 48,
            rank: 12
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1182,
            win_rate: 47.7,
            rank: 22
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1134,
            win_rate: 40.5,
            rank: 18
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 43,
          agentic_index: 56.5
        }
      }
    },
    {
      id: "bytedance-seed/seed-1.6-flash",
      canonical_slug: "bytedance-seed/seed-1.6-flash-20250625",
      hugging_face_id: "",
      name: "ByteDance Seed: Seed 1.6 Flash",
      created: 1766505011,
      description: "Seed 1.6 Flash is an ultra-fast multimodal deep thinking model by ByteDance Seed, supporting both text and visual understanding. It features a 256k context window and can generate outputs of...",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000075",
        completion: "0.0000003"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/bytedance-seed/seed-1.6-flash-20250625/endpoints"
      }
    },
    {
      id: "bytedance-seed/seed-1.6",
      canonical_slug: "bytedance-seed/seed-1.6-20250625",
      hugging_face_id: "",
      name: "ByteDance Seed: Seed 1.6",
      created: 1766504997,
      description: "Seed 1.6 is a general-purpose model released by the ByteDance Seed team. It incorporates multimodal capabilities and adaptive deep thinking with a 256K context window.",
      context_length: 262144,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000025",
        completion: "0.000002"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/bytedance-seed/seed-1.6-20250625/endpoints"
      }
    },
    {
      id: "minimax/minimax-m2.1",
      canonical_slug: "minimax/minimax-m2.1",
      hugging_face_id: "MiniMaxAI/MiniMax-M2.1",
      name: "MiniMax: MiniMax M2.1",
      created: 1766454997,
      description: "MiniMax-M2.1 is a lightweight, state-of-the-art large language model optimized for coding, agentic workflows, and modern application development. With only 10 billion activated parameters, it delivers a major jump in real-world...",
      context_length: 204800,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000029",
        completion: "0.00000095",
        input_cache_read: "0.00000003"
      },
      top_provider: {
        context_length: 196608,
        max_completion_tokens: 196608,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.9,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/minimax/minimax-m2.1/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1246,
            win_rate: 57.5,
            rank: 30
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1242,
            win_rate: 55.3,
            rank: 30
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1250,
            win_rate: 57,
            rank: 26
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1203,
            win_rate: 50.4,
            rank: 49
          },
          {
            arena: "models",
            category: "svg",
            elo: 1189,
            win_rate: 55.4,
            rank: 32
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1280,
            win_rate: 60.9,
            rank: 22
          },
          {
            arena: "models",
            category: "website",
            elo: 1246,
            win_rate: 55.4,
            rank: 30
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 32.8,
          agentic_index: 47.4
        }
      }
    },
    {
      id: "z-ai/glm-4.7",
      canonical_slug: "z-ai/glm-4.7-20251222",
      hugging_face_id: "zai-org/GLM-4.7",
      name: "Z.ai: GLM 4.7",
      created: 1766378014,
      description: "GLM-4.7 is Z.ai\u2019s latest flagship model, featuring upgrades in two key areas: enhanced programming capabilities and more stable multi-step reasoning/execution. It demonstrates significant improvements in executing complex agent tasks while...",
      context_length: 202752,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000004",
        completion: "0.00000175",
        input_cache_read: "0.00000008"
      },
      top_provider: {
        context_length: 202752,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/z-ai/glm-4.7-20251222/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "androidnative",
            elo: 1130,
            win_rate: 56,
            rank: 16
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1125,
            win_rate: 44.9,
            rank: 18
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1131,
            win_rate: 39.1,
            rank: 18
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1199,
            win_rate: 49.8,
            rank: 14
          },
          {
            arena: "models",
            category: "3d",
            elo: 1274,
            win_rate: 54.9,
            rank: 24
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1213,
            win_rate: 48.6,
            rank: 16
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1269,
            win_rate: 55.5,
            rank: 25
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1242,
            win_rate: 52.2,
            rank: 30
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1259,
            win_rate: 56.6,
            rank: 28
          },
          {
            arena: "models",
            category: "svg",
            elo: 1201,
            win_rate: 54.6,
            rank: 27
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1251,
            win_rate: 50.9,
            rank: 29
          },
          {
            arena: "models",
            category: "website",
            elo: 1272,
            win_rate: 55.9,
            rank: 22
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 36.3,
          agentic_index: 55
        }
      }
    },
    {
      id: "google/gemini-3-flash-preview",
      canonical_slug: "google/gemini-3-flash-preview-20251217",
      hugging_face_id: "",
      name: "Google: Gemini 3 Flash Preview",
      created: 1765987078,
      description: "Gemini 3 Flash Preview is a high speed, high value thinking model designed for agentic workflows, multi turn chat, and coding assistance. It delivers near Pro level reasoning and tool...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "image", "file", "audio", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000005",
        completion: "0.000003",
        image: "0.0000005",
        audio: "0.000001",
        web_search: "0.014",
        internal_reasoning: "0.000003",
        input_cache_read: "0.00000005",
        input_cache_write: "0.00000008333333333333334"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-3-flash-preview-20251217/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "agenticslides",
            elo: 1073,
            win_rate: 39.3,
            rank: 9
          },
          {
            arena: "agents",
            category: "agenticslides(python-pptx)",
            elo: 1075,
            win_rate: 39.3,
            rank: 9
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1066,
            win_rate: 47.9,
            rank: 21
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1137,
            win_rate: 47.1,
            rank: 16
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1220,
            win_rate: 52.5,
            rank: 7
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1197,
            win_rate: 49.8,
            rank: 15
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1193,
            win_rate: 49.5,
            rank: 13
          },
          {
            arena: "models",
            category: "3d",
            elo: 1265,
            win_rate: 62.7,
            rank: 26
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1241,
            win_rate: 57.6,
            rank: 31
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1235,
            win_rate: 58.3,
            rank: 36
          },
          {
            arena: "models",
            category: "website",
            elo: 1241,
            win_rate: 57,
            rank: 31
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 42.6,
          agentic_index: 49.7
        }
      }
    },
    {
      id: "xiaomi/mimo-v2-flash",
      canonical_slug: "xiaomi/mimo-v2-flash-20251210",
      hugging_face_id: "XiaomiMiMo/MiMo-V2-Flash",
      name: "Xiaomi: MiMo-V2-Flash",
      created: 1765731308,
      description: "MiMo-V2-Flash is an open-source foundation language model developed by Xiaomi. It is a Mixture-of-Experts model with 309B total parameters and 15B active parameters, adopting hybrid attention architecture. MiMo-V2-Flash supports a...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000003",
        input_cache_read: "0.00000001"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: "2026-06-17",
      links: {
        details: "/api/v1/models/xiaomi/mimo-v2-flash-20251210/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1196,
            win_rate: 49.3,
            rank: 44
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1061,
            win_rate: 34,
            rank: 42
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1207,
            win_rate: 49.5,
            rank: 48
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1178,
            win_rate: 46,
            rank: 56
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1199,
            win_rate: 48.7,
            rank: 52
          },
          {
            arena: "models",
            category: "svg",
            elo: 1086,
            win_rate: 40.5,
            rank: 52
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1199,
            win_rate: 47.9,
            rank: 48
          },
          {
            arena: "models",
            category: "website",
            elo: 1211,
            win_rate: 49.9,
            rank: 48
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 33.5,
          agentic_index: 48.8
        }
      }
    },
    {
      id: "nvidia/nemotron-3-nano-30b-a3b:free",
      canonical_slug: "nvidia/nemotron-3-nano-30b-a3b",
      hugging_face_id: "nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16",
      name: "NVIDIA: Nemotron 3 Nano 30B A3B (free)",
      created: 1765731275,
      description: "NVIDIA Nemotron 3 Nano 30B A3B is a small language MoE model with highest compute efficiency and accuracy for developers to build specialized agentic AI systems. The model is fully...",
      context_length: 256e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "seed",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-3-nano-30b-a3b/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 19,
          agentic_index: 19.1
        }
      }
    },
    {
      id: "nvidia/nemotron-3-nano-30b-a3b",
      canonical_slug: "nvidia/nemotron-3-nano-30b-a3b",
      hugging_face_id: "nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16",
      name: "NVIDIA: Nemotron 3 Nano 30B A3B",
      created: 1765731275,
      description: "NVIDIA Nemotron 3 Nano 30B A3B is a small language MoE model with highest compute efficiency and accuracy for developers to build specialized agentic AI systems. The model is fully...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000005",
        completion: "0.0000002"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 228e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-3-nano-30b-a3b/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 19,
          agentic_index: 19.1
        }
      }
    },
    {
      id: "openai/gpt-5.2-chat",
      canonical_slug: "openai/gpt-5.2-chat-20251211",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.2 Chat",
      created: 1765389783,
      description: "GPT-5.2 Chat (AKA Instant) is the fast, lightweight member of the 5.2 family, optimized for low-latency chat while retaining strong general intelligence. It uses adaptive reasoning to selectively \u201Cthink\u201D on...",
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000175",
        completion: "0.000014",
        web_search: "0.01",
        input_cache_read: "0.000000175"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_completion_tokens",
        "max_tokens",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: "2026-08-10",
      links: {
        details: "/api/v1/models/openai/gpt-5.2-chat-20251211/endpoints"
      }
    },
    {
      id: "openai/gpt-5.2-pro",
      canonical_slug: "openai/gpt-5.2-pro-20251211",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.2 Pro",
      created: 1765389780,
      description: "GPT-5.2 Pro is OpenAI\u2019s most advanced model, offering major improvements in agentic coding and long context performance over GPT-5 Pro. It is optimized for complex tasks that require step-by-step reasoning,...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000021",
        completion: "0.000168",
        web_search: "0.01"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.2-pro-20251211/endpoints"
      }
    },
    {
      id: "openai/gpt-5.2",
      canonical_slug: "openai/gpt-5.2-20251211",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.2",
      created: 1765389775,
      description: "GPT-5.2 is the latest frontier-grade model in the GPT-5 series, offering stronger agentic and long context perfomance compared to GPT-5.1. It uses adaptive reasoning to allocate computation dynamically, responding quickly...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000175",
        completion: "0.000014",
        web_search: "0.01",
        input_cache_read: "0.000000175"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.2-20251211/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "website",
            elo: 1239,
            win_rate: 54.5,
            rank: 32
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1076,
            win_rate: 49.2,
            rank: 20
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1117,
            win_rate: 44,
            rank: 20
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1183,
            win_rate: 48.1,
            rank: 13
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1183,
            win_rate: 47.4,
            rank: 21
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1165,
            win_rate: 45.7,
            rank: 15
          },
          {
            arena: "models",
            category: "3d",
            elo: 1159,
            win_rate: 43,
            rank: 58
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1222,
            win_rate: 50.8,
            rank: 40
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1246,
            win_rate: 56.1,
            rank: 29
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1264,
            win_rate: 56,
            rank: 26
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1246,
            win_rate: 52.9,
            rank: 30
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1195,
            win_rate: 50.7,
            rank: 21
          },
          {
            arena: "models",
            category: "svg",
            elo: 1199,
            win_rate: 54.4,
            rank: 28
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 48.7,
          agentic_index: 60.2
        }
      }
    },
    {
      id: "mistralai/devstral-2512",
      canonical_slug: "mistralai/devstral-2512",
      hugging_face_id: "mistralai/Devstral-2-123B-Instruct-2512",
      name: "Mistral: Devstral 2 2512",
      created: 1765285419,
      description: "Devstral 2 is a state-of-the-art open-source model by Mistral AI specializing in agentic coding. It is a 123B-parameter dense transformer model supporting a 256K context window. Devstral 2 supports exploring...",
      context_length: 262144,
      architecture: {
        modality: "text+file->text",
        input_modalities: ["text", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000004",
        completion: "0.000002",
        input_cache_read: "0.00000004"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/devstral-2512/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 23.7,
          agentic_index: 21.9
        }
      }
    },
    {
      id: "relace/relace-search",
      canonical_slug: "relace/relace-search-20251208",
      hugging_face_id: null,
      name: "Relace: Relace Search",
      created: 1765213560,
      description: "The relace-search model uses 4-12 `view_file` and `grep` tools in parallel to explore a codebase and return relevant files to the user request. In contrast to RAG, relace-search performs agentic...",
      context_length: 256e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000001",
        completion: "0.000003"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/relace/relace-search-20251208/endpoints"
      }
    },
    {
      id: "z-ai/glm-4.6v",
      canonical_slug: "z-ai/glm-4.6-20251208",
      hugging_face_id: "zai-org/GLM-4.6V",
      name: "Z.ai: GLM 4.6V",
      created: 1765207462,
      description: "GLM-4.6V is a large multimodal model designed for high-fidelity visual understanding and long-context reasoning across images, documents, and mixed media. It supports up to 128K tokens, processes complex page layouts...",
      context_length: 131072,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000009",
        input_cache_read: "0.000000055"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.8,
        top_p: 0.6,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/z-ai/glm-4.6-20251208/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 19.7,
          agentic_index: 17.5
        }
      }
    },
    {
      id: "essentialai/rnj-1-instruct",
      canonical_slug: "essentialai/rnj-1-instruct",
      hugging_face_id: "EssentialAI/rnj-1-instruct",
      name: "EssentialAI: Rnj 1 Instruct",
      created: 1765094847,
      description: "Rnj-1 is an 8B-parameter, dense, open-weight model family developed by Essential AI and trained from scratch with a focus on programming, math, and scientific reasoning. The model demonstrates strong performance...",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.00000015"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/essentialai/rnj-1-instruct/endpoints"
      }
    },
    {
      id: "openrouter/bodybuilder",
      canonical_slug: "openrouter/bodybuilder",
      hugging_face_id: "",
      name: "Body Builder (beta)",
      created: 1764903653,
      description: "Transform your natural language requests into structured OpenRouter API request objects. Describe what you want to accomplish with AI models, and Body Builder will construct the appropriate API calls. Example:...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "-1",
        completion: "-1"
      },
      top_provider: {
        context_length: null,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openrouter/bodybuilder/endpoints"
      }
    },
    {
      id: "openai/gpt-5.1-codex-max",
      canonical_slug: "openai/gpt-5.1-codex-max-20251204",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.1-Codex-Max",
      created: 1764878934,
      description: "GPT-5.1-Codex-Max is OpenAI\u2019s latest agentic coding model, designed for long-running, high-context software development tasks. It is based on an updated version of the 5.1 reasoning stack and trained on agentic...",
      context_length: 4e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        web_search: "0.01",
        input_cache_read: "0.000000125"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.1-codex-max-20251204/endpoints"
      }
    },
    {
      id: "amazon/nova-2-lite-v1",
      canonical_slug: "amazon/nova-2-lite-v1",
      hugging_face_id: "",
      name: "Amazon: Nova 2 Lite",
      created: 1764696672,
      description: "Nova 2 Lite is a fast, cost-effective reasoning model for everyday workloads that can process text, images, and videos to generate text. Nova 2 Lite demonstrates standout capabilities in processing...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file+video->text",
        input_modalities: ["text", "image", "video", "file"],
        output_modalities: ["text"],
        tokenizer: "Nova",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000025"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65535,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/amazon/nova-2-lite-v1/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 23.9,
          agentic_index: 32.9
        }
      }
    },
    {
      id: "mistralai/ministral-14b-2512",
      canonical_slug: "mistralai/ministral-14b-2512",
      hugging_face_id: "mistralai/Ministral-3-14B-Instruct-2512",
      name: "Mistral: Ministral 3 14B 2512",
      created: 1764681735,
      description: "The largest model in the Ministral 3 family, Ministral 3 14B offers frontier capabilities and performance comparable to its larger Mistral Small 3.2 24B counterpart. A powerful and efficient language...",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002",
        completion: "0.0000002",
        input_cache_read: "0.00000002"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/ministral-14b-2512/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1071,
            win_rate: 39.6,
            rank: 78
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1117,
            win_rate: 44,
            rank: 75
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1107,
            win_rate: 43.6,
            rank: 75
          },
          {
            arena: "models",
            category: "website",
            elo: 1126,
            win_rate: 44.8,
            rank: 77
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 10.9,
          agentic_index: 17.4
        }
      }
    },
    {
      id: "mistralai/ministral-8b-2512",
      canonical_slug: "mistralai/ministral-8b-2512",
      hugging_face_id: "mistralai/Ministral-3-8B-Instruct-2512",
      name: "Mistral: Ministral 3 8B 2512",
      created: 1764681654,
      description: "A balanced model in the Ministral 3 family, Ministral 3 8B is a powerful, efficient tiny language model with vision capabilities.",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.00000015",
        input_cache_read: "0.000000015"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/ministral-8b-2512/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1113,
            win_rate: 46.2,
            rank: 71
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1105,
            win_rate: 42.9,
            rank: 77
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1060,
            win_rate: 38.7,
            rank: 83
          },
          {
            arena: "models",
            category: "website",
            elo: 1110,
            win_rate: 42.9,
            rank: 79
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 10,
          agentic_index: 16.7
        }
      }
    },
    {
      id: "mistralai/ministral-3b-2512",
      canonical_slug: "mistralai/ministral-3b-2512",
      hugging_face_id: "mistralai/Ministral-3-3B-Instruct-2512",
      name: "Mistral: Ministral 3 3B 2512",
      created: 1764681560,
      description: "The smallest model in the Ministral 3 family, Ministral 3 3B is a powerful, efficient tiny language model with vision capabilities.",
      context_length: 131072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000001",
        input_cache_read: "0.00000001"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/ministral-3b-2512/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1043,
            win_rate: 35.9,
            rank: 83
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1062,
            win_rate: 37.3,
            rank: 85
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1018,
            win_rate: 33,
            rank: 93
          },
          {
            arena: "models",
            category: "website",
            elo: 1073,
            win_rate: 38.2,
            rank: 87
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 4.8,
          agentic_index: 11.4
        }
      }
    },
    {
      id: "mistralai/mistral-large-2512",
      canonical_slug: "mistralai/mistral-large-2512",
      hugging_face_id: "",
      name: "Mistral: Mistral Large 3 2512",
      created: 1764624472,
      description: "Mistral Large 3 2512 is Mistral\u2019s most capable model to date, featuring a sparse mixture-of-experts architecture with 41B active parameters (675B total), and released under the Apache 2.0 license.",
      context_length: 262144,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000005",
        completion: "0.0000015",
        input_cache_read: "0.00000005"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.0645,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-large-2512/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1180,
            win_rate: 47,
            rank: 48
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1111,
            win_rate: 40.3,
            rank: 39
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1194,
            win_rate: 47.6,
            rank: 53
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1181,
            win_rate: 45.8,
            rank: 53
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1149,
            win_rate: 41.5,
            rank: 64
          },
          {
            arena: "models",
            category: "svg",
            elo: 1049,
            win_rate: 38,
            rank: 61
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1158,
            win_rate: 43.1,
            rank: 56
          },
          {
            arena: "models",
            category: "website",
            elo: 1207,
            win_rate: 49.4,
            rank: 51
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 22.7,
          agentic_index: 21.7
        }
      }
    },
    {
      id: "arcee-ai/trinity-mini",
      canonical_slug: "arcee-ai/trinity-mini-20251201",
      hugging_face_id: "arcee-ai/Trinity-Mini",
      name: "Arcee AI: Trinity Mini",
      created: 1764601720,
      description: "Trinity Mini is a 26B-parameter (3B active) sparse mixture-of-experts language model featuring 128 experts with 8 active per token. Engineered for efficient reasoning over long contexts (131k) with robust function...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000045",
        completion: "0.00000015"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.15,
        top_p: 0.75,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/arcee-ai/trinity-mini-20251201/endpoints"
      }
    },
    {
      id: "deepseek/deepseek-v3.2",
      canonical_slug: "deepseek/deepseek-v3.2-20251201",
      hugging_face_id: "deepseek-ai/DeepSeek-V3.2",
      name: "DeepSeek: DeepSeek V3.2",
      created: 1764594642,
      description: "DeepSeek-V3.2 is a large language model designed to harmonize high computational efficiency with strong reasoning and agentic tool-use performance. It introduces DeepSeek Sparse Attention (DSA), a fine-grained sparse attention mechanism...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002288",
        completion: "0.0000003432"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 64e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-v3.2-20251201/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1214,
            win_rate: 51.5,
            rank: 38
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1109,
            win_rate: 39.2,
            rank: 40
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1217,
            win_rate: 50.9,
            rank: 45
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1202,
            win_rate: 49.2,
            rank: 46
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1203,
            win_rate: 48.4,
            rank: 48
          },
          {
            arena: "models",
            category: "svg",
            elo: 1087,
            win_rate: 41.1,
            rank: 51
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1213,
            win_rate: 49.5,
            rank: 42
          },
          {
            arena: "models",
            category: "website",
            elo: 1221,
            win_rate: 51.5,
            rank: 44
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 36.7,
          agentic_index: 52.9
        }
      }
    },
    {
      id: "prime-intellect/intellect-3",
      canonical_slug: "prime-intellect/intellect-3-20251126",
      hugging_face_id: "PrimeIntellect/INTELLECT-3-FP8",
      name: "Prime Intellect: INTELLECT-3",
      created: 1764212534,
      description: "INTELLECT-3 is a 106B-parameter Mixture-of-Experts model (12B active) post-trained from GLM-4.5-Air-Base using supervised fine-tuning (SFT) followed by large-scale reinforcement learning (RL). It offers state-of-the-art performance for its size across math,...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002",
        completion: "0.0000011"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/prime-intellect/intellect-3-20251126/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1167,
            win_rate: 45.1,
            rank: 52
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1003,
            win_rate: 26.5,
            rank: 44
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1158,
            win_rate: 42.6,
            rank: 65
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1126,
            win_rate: 38.7,
            rank: 71
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1146,
            win_rate: 41.1,
            rank: 65
          },
          {
            arena: "models",
            category: "svg",
            elo: 1049,
            win_rate: 34.4,
            rank: 60
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1133,
            win_rate: 39,
            rank: 64
          },
          {
            arena: "models",
            category: "website",
            elo: 1161,
            win_rate: 43,
            rank: 65
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 19.1,
          agentic_index: 19.8
        }
      }
    },
    {
      id: "anthropic/claude-opus-4.5",
      canonical_slug: "anthropic/claude-4.5-opus-20251124",
      hugging_face_id: "",
      name: "Anthropic: Claude Opus 4.5",
      created: 1764010580,
      description: "Claude Opus 4.5 is Anthropic\u2019s frontier reasoning model optimized for complex software engineering, agentic workflows, and long-horizon computer use. It offers strong multimodal capabilities, competitive performance across real-world coding and...",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000005",
        completion: "0.000025",
        web_search: "0.01",
        input_cache_read: "0.0000005",
        input_cache_write: "0.00000625"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 64e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "verbosity"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.5-opus-20251124/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1294,
            win_rate: 61.3,
            rank: 18
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1228,
            win_rate: 54.6,
            rank: 12
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1293,
            win_rate: 60.6,
            rank: 17
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1288,
            win_rate: 59.8,
            rank: 12
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1296,
            win_rate: 60.5,
            rank: 16
          },
          {
            arena: "models",
            category: "svg",
            elo: 1234,
            win_rate: 58.6,
            rank: 16
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1295,
            win_rate: 60,
            rank: 16
          },
          {
            arena: "models",
            category: "website",
            elo: 1292,
            win_rate: 60.6,
            rank: 17
          },
          {
            arena: "agents",
            category: "androidnative",
            elo: 1193,
            win_rate: 65.5,
            rank: 10
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1232,
            win_rate: 59.9,
            rank: 7
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1249,
            win_rate: 57.4,
            rank: 5
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1229,
            win_rate: 54.2,
            rank: 7
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 47.8,
          agentic_index: 59.6
        }
      }
    },
    {
      id: "allenai/olmo-3-32b-think",
      canonical_slug: "allenai/olmo-3-32b-think-20251121",
      hugging_face_id: "allenai/Olmo-3-32B-Think",
      name: "AllenAI: Olmo 3 32B Think",
      created: 1763758276,
      description: "Olmo 3 32B Think is a large-scale, 32-billion-parameter model purpose-built for deep reasoning, complex logic chains and advanced instruction-following scenarios. Its capacity enables strong performance on demanding evaluation tasks and...",
      context_length: 65536,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000005"
      },
      top_provider: {
        context_length: 65536,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/allenai/olmo-3-32b-think-20251121/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 10.5,
          agentic_index: 0
        }
      }
    },
    {
      id: "google/gemini-3-pro-image-preview",
      canonical_slug: "google/gemini-3-pro-image-preview-20251120",
      hugging_face_id: "",
      name: "Google: Nano Banana Pro (Gemini 3 Pro Image Preview)",
      created: 1763653797,
      description: "Nano Banana Pro is Google\u2019s most advanced image-generation and editing model, built on Gemini 3 Pro. It extends the original Nano Banana with significantly improved multimodal reasoning, real-world grounding, and...",
      context_length: 65536,
      architecture: {
        modality: "text+image->text+image",
        input_modalities: ["image", "text"],
        output_modalities: ["image", "text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000012",
        image: "0.000002",
        audio: "0.000002",
        web_search: "0.014",
        internal_reasoning: "0.000012",
        input_cache_read: "0.0000002",
        input_cache_write: "0.000000375"
      },
      top_provider: {
        context_length: 65536,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-3-pro-image-preview-20251120/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "graphicdesign",
            elo: 1284,
            win_rate: 66.2,
            rank: 2
          },
          {
            arena: "models",
            category: "image",
            elo: 1271,
            win_rate: 62.3,
            rank: 2
          },
          {
            arena: "models",
            category: "logo",
            elo: 1258,
            win_rate: 61.1,
            rank: 2
          },
          {
            arena: "models",
            category: "imageediting",
            elo: 1271,
            win_rate: 66.3,
            rank: 1
          }
        ]
      }
    },
    {
      id: "deepcogito/cogito-v2.1-671b",
      canonical_slug: "deepcogito/cogito-v2.1-671b-20251118",
      hugging_face_id: "",
      name: "Deep Cogito: Cogito v2.1 671B",
      created: 1763071233,
      description: "Cogito v2.1 671B MoE represents one of the strongest open models globally, matching performance of frontier closed and open models. This model is trained using self play with reinforcement learning...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00000125"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepcogito/cogito-v2.1-671b-20251118/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 24.8,
          agentic_index: null
        }
      }
    },
    {
      id: "openai/gpt-5.1",
      canonical_slug: "openai/gpt-5.1-20251113",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.1",
      created: 1763060305,
      description: "GPT-5.1 is the latest frontier-grade model in the GPT-5 series, offering stronger general-purpose reasoning, improved instruction adherence, and a more natural conversational style compared to GPT-5. It uses adaptive reasoning...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        web_search: "0.01",
        input_cache_read: "0.00000013"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.1-20251113/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1136,
            win_rate: 43.8,
            rank: 27
          },
          {
            arena: "models",
            category: "3d",
            elo: 1143,
            win_rate: 43.9,
            rank: 63
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1161,
            win_rate: 48.6,
            rank: 33
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1223,
            win_rate: 53.1,
            rank: 39
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1249,
            win_rate: 58,
            rank: 27
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1247,
            win_rate: 55.9,
            rank: 31
          },
          {
            arena: "models",
            category: "svg",
            elo: 1207,
            win_rate: 57.4,
            rank: 25
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1223,
            win_rate: 53,
            rank: 37
          },
          {
            arena: "models",
            category: "website",
            elo: 1232,
            win_rate: 54.1,
            rank: 38
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 44.7,
          agentic_index: 51.3
        }
      }
    },
    {
      id: "openai/gpt-5.1-chat",
      canonical_slug: "openai/gpt-5.1-chat-20251113",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.1 Chat",
      created: 1763060302,
      description: "GPT-5.1 Chat (AKA Instant is the fast, lightweight member of the 5.1 family, optimized for low-latency chat while retaining strong general intelligence. It uses adaptive reasoning to selectively \u201Cthink\u201D on...",
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        web_search: "0.01",
        input_cache_read: "0.00000013"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 32e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_completion_tokens",
        "max_tokens",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.1-chat-20251113/endpoints"
      }
    },
    {
      id: "openai/gpt-5.1-codex",
      canonical_slug: "openai/gpt-5.1-codex-20251113",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.1-Codex",
      created: 1763060298,
      description: "GPT-5.1-Codex is a specialized version of GPT-5.1 optimized for software engineering and coding workflows. It is designed for both interactive development sessions and long, independent execution of complex engineering tasks....",
      context_length: 4e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        web_search: "0.01",
        input_cache_read: "0.00000013"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.1-codex-20251113/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "fullstack",
            elo: 1099,
            win_rate: 44.5,
            rank: 22
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1212,
            win_rate: 54,
            rank: 12
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1095,
            win_rate: 44.1,
            rank: 20
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1203,
            win_rate: 55.2,
            rank: 50
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1218,
            win_rate: 50.7,
            rank: 37
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1208,
            win_rate: 52.3,
            rank: 44
          },
          {
            arena: "models",
            category: "website",
            elo: 1206,
            win_rate: 56,
            rank: 52
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 36.6,
          agentic_index: 50.7
        }
      }
    },
    {
      id: "openai/gpt-5.1-codex-mini",
      canonical_slug: "openai/gpt-5.1-codex-mini-20251113",
      hugging_face_id: "",
      name: "OpenAI: GPT-5.1-Codex-Mini",
      created: 1763057820,
      description: "GPT-5.1-Codex-Mini is a smaller and faster version of GPT-5.1-Codex",
      context_length: 4e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000025",
        completion: "0.000002",
        web_search: "0.01",
        input_cache_read: "0.000000025"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5.1-codex-mini-20251113/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1070,
            win_rate: 32.9,
            rank: 79
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1147,
            win_rate: 43,
            rank: 36
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1146,
            win_rate: 41.5,
            rank: 69
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1141,
            win_rate: 40.6,
            rank: 67
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1162,
            win_rate: 43.5,
            rank: 61
          },
          {
            arena: "models",
            category: "svg",
            elo: 1035,
            win_rate: 35.3,
            rank: 63
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1136,
            win_rate: 40.8,
            rank: 62
          },
          {
            arena: "models",
            category: "website",
            elo: 1155,
            win_rate: 42.8,
            rank: 69
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 36.4,
          agentic_index: 38.7
        }
      }
    },
    {
      id: "moonshotai/kimi-k2-thinking",
      canonical_slug: "moonshotai/kimi-k2-thinking-20251106",
      hugging_face_id: "moonshotai/Kimi-K2-Thinking",
      name: "MoonshotAI: Kimi K2 Thinking",
      created: 1762440622,
      description: "Kimi K2 Thinking is Moonshot AI\u2019s most advanced open reasoning model to date, extending the K2 series into agentic, long-horizon reasoning. Built on the trillion-parameter Mixture-of-Experts (MoE) architecture introduced in...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000006",
        completion: "0.0000025"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/moonshotai/kimi-k2-thinking-20251106/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "website",
            elo: 1158,
            win_rate: 48.8,
            rank: 68
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 34.8,
          agentic_index: 47.9
        }
      }
    },
    {
      id: "amazon/nova-premier-v1",
      canonical_slug: "amazon/nova-premier-v1",
      hugging_face_id: "",
      name: "Amazon: Nova Premier 1.0",
      created: 1761950332,
      description: "Amazon Nova Premier is the most capable of Amazon\u2019s multimodal models for complex reasoning tasks and for use as the best teacher for distilling custom models.",
      context_length: 1e6,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Nova",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.0000125",
        input_cache_read: "0.000000625"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 32e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "stop",
        "temperature",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/amazon/nova-premier-v1/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "website",
            elo: 880,
            win_rate: 26.2,
            rank: 105
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 13.8,
          agentic_index: 16.4
        }
      }
    },
    {
      id: "perplexity/sonar-pro-search",
      canonical_slug: "perplexity/sonar-pro-search",
      hugging_face_id: "",
      name: "Perplexity: Sonar Pro Search",
      created: 1761854366,
      description: "Exclusively available on the OpenRouter API, Sonar Pro's new Pro Search mode is Perplexity's most advanced agentic search system. It is designed for deeper reasoning and analysis. Pricing is based...",
      context_length: 2e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000003",
        completion: "0.000015",
        web_search: "0.018"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 8e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/perplexity/sonar-pro-search/endpoints"
      }
    },
    {
      id: "mistralai/voxtral-small-24b-2507",
      canonical_slug: "mistralai/voxtral-small-24b-2507",
      hugging_face_id: "mistralai/Voxtral-Small-24B-2507",
      name: "Mistral: Voxtral Small 24B 2507",
      created: 1761835144,
      description: "Voxtral Small is an enhancement of Mistral Small 3, incorporating state-of-the-art audio input capabilities while retaining best-in-class text performance. It excels at speech transcription, translation and audio understanding. Input audio...",
      context_length: 32e3,
      architecture: {
        modality: "text+file+audio->text",
        input_modalities: ["text", "audio", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000003",
        audio: "0.0001",
        input_cache_read: "0.00000001"
      },
      top_provider: {
        context_length: 32e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.2,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/voxtral-small-24b-2507/endpoints"
      }
    },
    {
      id: "openai/gpt-oss-safeguard-20b",
      canonical_slug: "openai/gpt-oss-safeguard-20b",
      hugging_face_id: "openai/gpt-oss-safeguard-20b",
      name: "OpenAI: gpt-oss-safeguard-20b",
      created: 1761752836,
      description: "gpt-oss-safeguard-20b is a safety reasoning model from OpenAI built upon gpt-oss-20b. This open-weight, 21B-parameter Mixture-of-Experts (MoE) model offers lower latency for safety tasks like content classification, LLM filtering, and trust...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000075",
        completion: "0.0000003",
        input_cache_read: "0.000000037"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-oss-safeguard-20b/endpoints"
      }
    },
    {
      id: "nvidia/nemotron-nano-12b-v2-vl:free",
      canonical_slug: "nvidia/nemotron-nano-12b-v2-vl",
      hugging_face_id: "nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-BF16",
      name: "NVIDIA: Nemotron Nano 12B 2 VL (free)",
      created: 1761675565,
      description: "NVIDIA Nemotron Nano 2 VL is a 12-billion-parameter open multimodal reasoning model designed for video understanding and document intelligence. It introduces a hybrid Transformer-Mamba architecture, combining transformer-level accuracy with Mamba\u2019s...",
      context_length: 128e3,
      architecture: {
        modality: "text+image+video->text",
        input_modalities: ["image", "text", "video"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "seed",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-nano-12b-v2-vl/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 11.7,
          agentic_index: 7.1
        }
      }
    },
    {
      id: "minimax/minimax-m2",
      canonical_slug: "minimax/minimax-m2",
      hugging_face_id: "MiniMaxAI/MiniMax-M2",
      name: "MiniMax: MiniMax M2",
      created: 1761252093,
      description: "MiniMax-M2 is a compact, high-efficiency large language model optimized for end-to-end coding and agentic workflows. With 10 billion activated parameters (230 billion total), it delivers near-frontier intelligence across general reasoning,...",
      context_length: 204800,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000255",
        completion: "0.000001",
        input_cache_read: "0.00000003"
      },
      top_provider: {
        context_length: 196608,
        max_completion_tokens: 196608,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/minimax/minimax-m2/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1178,
            win_rate: 48.3,
            rank: 49
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1187,
            win_rate: 48.1,
            rank: 57
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1185,
            win_rate: 50,
            rank: 52
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1187,
            win_rate: 48.1,
            rank: 53
          },
          {
            arena: "models",
            category: "svg",
            elo: 1157,
            win_rate: 55.3,
            rank: 38
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1193,
            win_rate: 49.2,
            rank: 50
          },
          {
            arena: "models",
            category: "website",
            elo: 1187,
            win_rate: 48,
            rank: 57
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 29.2,
          agentic_index: 47.5
        }
      }
    },
    {
      id: "qwen/qwen3-vl-32b-instruct",
      canonical_slug: "qwen/qwen3-vl-32b-instruct",
      hugging_face_id: "Qwen/Qwen3-VL-32B-Instruct",
      name: "Qwen: Qwen3 VL 32B Instruct",
      created: 1761231332,
      description: "Qwen3-VL-32B-Instruct is a large-scale multimodal vision-language model designed for high-precision understanding and reasoning across text, images, and video. With 32 billion parameters, it combines deep visual perception with advanced text...",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000104",
        completion: "0.000000416"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.7,
        top_p: 0.8,
        top_k: 20,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: 1
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-vl-32b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 15.6,
          agentic_index: 9.7
        }
      }
    },
    {
      id: "ibm-granite/granite-4.0-h-micro",
      canonical_slug: "ibm-granite/granite-4.0-h-micro",
      hugging_face_id: "ibm-granite/granite-4.0-h-micro",
      name: "IBM: Granite 4.0 Micro",
      created: 1760927695,
      description: "Granite-4.0-H-Micro is a 3B parameter from the Granite 4 family of models. These models are the latest in a series of models released by IBM. They are fine-tuned for long...",
      context_length: 131e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000017",
        completion: "0.000000112"
      },
      top_provider: {
        context_length: 131e3,
        max_completion_tokens: 131e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/ibm-granite/granite-4.0-h-micro/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 5,
          agentic_index: 4.2
        }
      }
    },
    {
      id: "microsoft/phi-4-mini-instruct",
      canonical_slug: "microsoft/phi-4-mini-instruct",
      hugging_face_id: "microsoft/Phi-4-mini-instruct",
      name: "Microsoft: Phi 4 Mini Instruct",
      created: 1760726049,
      description: "Phi-4-mini-instruct is a lightweight open model built upon synthetic data and filtered publicly available websites - with a focus on high-quality, reasoning dense data. The model belongs to the Phi-4...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000008",
        completion: "0.00000035",
        input_cache_read: "0.00000008"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/microsoft/phi-4-mini-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 3.6,
          agentic_index: 2.7
        }
      }
    },
    {
      id: "openai/gpt-5-image-mini",
      canonical_slug: "openai/gpt-5-image-mini",
      hugging_face_id: "",
      name: "OpenAI: GPT-5 Image Mini",
      created: 1760624583,
      description: "GPT-5 Image Mini combines OpenAI's advanced language capabilities, powered by [GPT-5 Mini](https://openrouter.ai/openai/gpt-5-mini), with GPT Image 1 Mini for efficient image generation. This natively multimodal model features superior instruction following, text...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text+image",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["image", "text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.000002",
        web_search: "0.01",
        input_cache_read: "0.00000025"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5-image-mini/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "graphicdesign",
            elo: 1201,
            win_rate: 50,
            rank: 6
          },
          {
            arena: "models",
            category: "image",
            elo: 1210,
            win_rate: 51.1,
            rank: 6
          },
          {
            arena: "models",
            category: "logo",
            elo: 1228,
            win_rate: 53.6,
            rank: 3
          }
        ]
      }
    },
    {
      id: "anthropic/claude-haiku-4.5",
      canonical_slug: "anthropic/claude-4.5-haiku-20251001",
      hugging_face_id: "",
      name: "Anthropic: Claude Haiku 4.5",
      created: 1760547638,
      description: "Claude Haiku 4.5 is Anthropic\u2019s fastest and most efficient model, delivering near-frontier intelligence at a fraction of the cost and latency of larger Claude models. Matching Claude Sonnet 4\u2019s performance...",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000001",
        completion: "0.000005",
        web_search: "0.01",
        input_cache_read: "0.0000001",
        input_cache_write: "0.00000125"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 64e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.5-haiku-20251001/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1155,
            win_rate: 41.2,
            rank: 59
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1182,
            win_rate: 49.3,
            rank: 28
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1166,
            win_rate: 44.8,
            rank: 60
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1169,
            win_rate: 45.7,
            rank: 58
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1166,
            win_rate: 44.6,
            rank: 58
          },
          {
            arena: "models",
            category: "svg",
            elo: 1083,
            win_rate: 39.1,
            rank: 53
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1156,
            win_rate: 42.7,
            rank: 57
          },
          {
            arena: "models",
            category: "website",
            elo: 1166,
            win_rate: 45,
            rank: 62
          }
        ],
        artificial_analysis: {
          intelligence_index: 29.6,
          coding_index: 32.6,
          agentic_index: 40.2
        }
      }
    },
    {
      id: "qwen/qwen3-vl-8b-thinking",
      canonical_slug: "qwen/qwen3-vl-8b-thinking",
      hugging_face_id: "Qwen/Qwen3-VL-8B-Thinking",
      name: "Qwen: Qwen3 VL 8B Thinking",
      created: 1760463746,
      description: "Qwen3-VL-8B-Thinking is the reasoning-optimized variant of the Qwen3-VL-8B multimodal model, designed for advanced visual and textual reasoning across complex scenes, documents, and temporal sequences. It integrates enhanced multimodal alignment and...",
      context_length: 256e3,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["image", "text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000117",
        completion: "0.000001365"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 0.95
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-vl-8b-thinking/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 9.8,
          agentic_index: 15.6
        }
      }
    },
    {
      id: "qwen/qwen3-vl-8b-instruct",
      canonical_slug: "qwen/qwen3-vl-8b-instruct",
      hugging_face_id: "Qwen/Qwen3-VL-8B-Instruct",
      name: "Qwen: Qwen3 VL 8B Instruct",
      created: 1760463308,
      description: "Qwen3-VL-8B-Instruct is a multimodal vision-language model from the Qwen3-VL series, built for high-fidelity understanding and reasoning across text, images, and video. It features improved multimodal fusion with Interleaved-MRoPE for long-horizon...",
      context_length: 256e3,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["image", "text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000008",
        completion: "0.0000005"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.7,
        top_p: 0.8,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-vl-8b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 7.3,
          agentic_index: 18.4
        }
      }
    },
    {
      id: "openai/gpt-5-image",
      canonical_slug: "openai/gpt-5-image",
      hugging_face_id: "",
      name: "OpenAI: GPT-5 Image",
      created: 1760447986,
      description: "[GPT-5](https://openrouter.ai/openai/gpt-5) Image combines OpenAI's GPT-5 model with state-of-the-art image generation capabilities. It offers major improvements in reasoning, code quality, and user experience while incorporating GPT Image 1's superior instruction following,...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text+image",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["image", "text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00001",
        completion: "0.00001",
        web_search: "0.01",
        input_cache_read: "0.00000125"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5-image/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "graphicdesign",
            elo: 1208,
            win_rate: 54.5,
            rank: 4
          },
          {
            arena: "models",
            category: "image",
            elo: 1219,
            win_rate: 55,
            rank: 4
          },
          {
            arena: "models",
            category: "logo",
            elo: 1222,
            win_rate: 55,
            rank: 4
          }
        ]
      }
    },
    {
      id: "openai/o3-deep-research",
      canonical_slug: "openai/o3-deep-research-2025-06-26",
      hugging_face_id: "",
      name: "OpenAI: o3 Deep Research",
      created: 1760129661,
      description: "o3-deep-research is OpenAI's advanced model for deep research, designed to tackle complex, multi-step research tasks.\n\nNote: This model always uses the 'web_search' tool which adds additional cost.",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00001",
        completion: "0.00004",
        web_search: "0.01",
        input_cache_read: "0.0000025"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o3-deep-research-2025-06-26/endpoints"
      }
    },
    {
      id: "openai/o4-mini-deep-research",
      canonical_slug: "openai/o4-mini-deep-research-2025-06-26",
      hugging_face_id: "",
      name: "OpenAI: o4 Mini Deep Research",
      created: 1760129642,
      description: "o4-mini-deep-research is OpenAI's faster, more affordable deep research model\u2014ideal for tackling complex, multi-step research tasks.\n\nNote: This model always uses the 'web_search' tool which adds additional cost.",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000008",
        web_search: "0.01",
        input_cache_read: "0.0000005"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o4-mini-deep-research-2025-06-26/endpoints"
      }
    },
    {
      id: "nvidia/llama-3.3-nemotron-super-49b-v1.5",
      canonical_slug: "nvidia/llama-3.3-nemotron-super-49b-v1.5",
      hugging_face_id: "nvidia/Llama-3_3-Nemotron-Super-49B-v1_5",
      name: "NVIDIA: Llama 3.3 Nemotron Super 49B V1.5",
      created: 1760101395,
      description: "Llama-3.3-Nemotron-Super-49B-v1.5 is a 49B-parameter, English-centric reasoning/chat model derived from Meta\u2019s Llama-3.3-70B-Instruct with a 128K context. It\u2019s post-trained for agentic workflows (RAG, tool calling) via SFT across math, code, science, and...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000004",
        completion: "0.0000004"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: 0.95,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/llama-3.3-nemotron-super-49b-v1.5/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 15.1,
          agentic_index: 9.4
        }
      }
    },
    {
      id: "google/gemini-2.5-flash-image",
      canonical_slug: "google/gemini-2.5-flash-image",
      hugging_face_id: "",
      name: "Google: Nano Banana (Gemini 2.5 Flash Image)",
      created: 1759870431,
      description: 'Gemini 2.5 Flash Image, a.k.a. "Nano Banana," is now generally available. It is a state of the art image generation model with contextual understanding. It is capable of image generation,...',
      context_length: 32768,
      architecture: {
        modality: "text+image->text+image",
        input_modalities: ["image", "text"],
        output_modalities: ["image", "text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000025",
        image: "0.0000003",
        audio: "0.000001",
        web_search: "0.014",
        internal_reasoning: "0.0000025",
        input_cache_read: "0.00000003",
        input_cache_write: "0.00000008333333333333334"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-2.5-flash-image/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "graphicdesign",
            elo: 1201,
            win_rate: 56.9,
            rank: 5
          },
          {
            arena: "models",
            category: "image",
            elo: 1213,
            win_rate: 55.6,
            rank: 5
          },
          {
            arena: "models",
            category: "logo",
            elo: 1188,
            win_rate: 51.5,
            rank: 6
          }
        ]
      }
    },
    {
      id: "qwen/qwen3-vl-30b-a3b-thinking",
      canonical_slug: "qwen/qwen3-vl-30b-a3b-thinking",
      hugging_face_id: "Qwen/Qwen3-VL-30B-A3B-Thinking",
      name: "Qwen: Qwen3 VL 30B A3B Thinking",
      created: 1759794479,
      description: "Qwen3-VL-30B-A3B-Thinking is a multimodal model that unifies strong text generation with visual understanding for images and videos. Its Thinking variant enhances reasoning in STEM, math, and complex tasks. It excels...",
      context_length: 131072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000013",
        completion: "0.00000156"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.8,
        top_p: 0.95,
        top_k: 20,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: 1
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-vl-30b-a3b-thinking/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 13.1,
          agentic_index: 14.9
        }
      }
    },
    {
      id: "qwen/qwen3-vl-30b-a3b-instruct",
      canonical_slug: "qwen/qwen3-vl-30b-a3b-instruct",
      hugging_face_id: "Qwen/Qwen3-VL-30B-A3B-Instruct",
      name: "Qwen: Qwen3 VL 30B A3B Instruct",
      created: 1759794476,
      description: "Qwen3-VL-30B-A3B-Instruct is a multimodal model that unifies strong text generation with visual understanding for images and videos. Its Instruct variant optimizes instruction-following for general multimodal tasks. It excels in perception...",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000013",
        completion: "0.00000052"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.7,
        top_p: 0.8,
        top_k: 20,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: 1
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-vl-30b-a3b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 14.3,
          agentic_index: 9.5
        }
      }
    },
    {
      id: "openai/gpt-5-pro",
      canonical_slug: "openai/gpt-5-pro-2025-10-06",
      hugging_face_id: "",
      name: "OpenAI: GPT-5 Pro",
      created: 1759776663,
      description: "GPT-5 Pro is OpenAI\u2019s most advanced model, offering major improvements in reasoning, code quality, and user experience. It is optimized for complex tasks that require step-by-step reasoning, instruction following, and...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000015",
        completion: "0.00012",
        web_search: "0.01"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5-pro-2025-10-06/endpoints"
      }
    },
    {
      id: "z-ai/glm-4.6",
      canonical_slug: "z-ai/glm-4.6",
      hugging_face_id: "zai-org/GLM-4.6",
      name: "Z.ai: GLM 4.6",
      created: 1759235576,
      description: "Compared with GLM-4.5, this generation brings several key improvements: Longer context window: The context window has been expanded from 128K to 200K tokens, enabling the model to handle more complex...",
      context_length: 202752,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000043",
        completion: "0.00000174",
        input_cache_read: "0.00000008"
      },
      top_provider: {
        context_length: 202752,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/z-ai/glm-4.6/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "androidnative",
            elo: 1100,
            win_rate: 52.5,
            rank: 18
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1105,
            win_rate: 42.3,
            rank: 21
          },
          {
            arena: "agents",
            category: "godotgamedev",
            elo: 1218,
            win_rate: 53,
            rank: 8
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1195,
            win_rate: 49.3,
            rank: 18
          },
          {
            arena: "models",
            category: "3d",
            elo: 1209,
            win_rate: 54,
            rank: 40
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1218,
            win_rate: 54.3,
            rank: 44
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1209,
            win_rate: 52.8,
            rank: 42
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1219,
            win_rate: 54.6,
            rank: 40
          },
          {
            arena: "models",
            category: "svg",
            elo: 1166,
            win_rate: 52.1,
            rank: 36
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1215,
            win_rate: 54,
            rank: 41
          },
          {
            arena: "models",
            category: "website",
            elo: 1219,
            win_rate: 54.4,
            rank: 45
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 30.2,
          agentic_index: 42.9
        }
      }
    },
    {
      id: "anthropic/claude-sonnet-4.5",
      canonical_slug: "anthropic/claude-4.5-sonnet-20250929",
      hugging_face_id: "",
      name: "Anthropic: Claude Sonnet 4.5",
      created: 1759161676,
      description: "Claude Sonnet 4.5 is Anthropic\u2019s most advanced Sonnet model to date, optimized for real-world agents and coding workflows. It delivers state-of-the-art performance on coding benchmarks such as SWE-bench Verified, with...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000003",
        completion: "0.000015",
        web_search: "0.01",
        input_cache_read: "0.0000003",
        input_cache_write: "0.00000375"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 64e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 1,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.5-sonnet-20250929/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1243,
            win_rate: 55.2,
            rank: 31
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1240,
            win_rate: 55.8,
            rank: 10
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1234,
            win_rate: 53.6,
            rank: 32
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1209,
            win_rate: 49.8,
            rank: 41
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1235,
            win_rate: 53.4,
            rank: 35
          },
          {
            arena: "models",
            category: "svg",
            elo: 1171,
            win_rate: 53.2,
            rank: 35
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1231,
            win_rate: 53.2,
            rank: 34
          },
          {
            arena: "models",
            category: "website",
            elo: 1234,
            win_rate: 53.8,
            rank: 36
          },
          {
            arena: "agents",
            category: "fullstack",
            elo: 1127,
            win_rate: 43.5,
            rank: 17
          },
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1193,
            win_rate: 48.9,
            rank: 19
          },
          {
            arena: "agents",
            category: "webapps",
            elo: 1138,
            win_rate: 43.1,
            rank: 17
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 38.6,
          agentic_index: 51.7
        }
      }
    },
    {
      id: "deepseek/deepseek-v3.2-exp",
      canonical_slug: "deepseek/deepseek-v3.2-exp",
      hugging_face_id: "deepseek-ai/DeepSeek-V3.2-Exp",
      name: "DeepSeek: DeepSeek V3.2 Exp",
      created: 1759150481,
      description: "DeepSeek-V3.2-Exp is an experimental large language model released by DeepSeek as an intermediate step between V3.1 and future architectures. It introduces DeepSeek Sparse Attention (DSA), a fine-grained sparse attention mechanism...",
      context_length: 163840,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: "deepseek-v3.1"
      },
      pricing: {
        prompt: "0.00000027",
        completion: "0.00000041"
      },
      top_provider: {
        context_length: 163840,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: 0.95,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-07-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-v3.2-exp/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1229,
            win_rate: 56.4,
            rank: 34
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1223,
            win_rate: 54.2,
            rank: 38
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1196,
            win_rate: 50.6,
            rank: 49
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1214,
            win_rate: 53.1,
            rank: 41
          },
          {
            arena: "models",
            category: "svg",
            elo: 1089,
            win_rate: 42,
            rank: 50
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1222,
            win_rate: 53.3,
            rank: 38
          },
          {
            arena: "models",
            category: "website",
            elo: 1223,
            win_rate: 54.2,
            rank: 42
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 34.6,
          agentic_index: 39.8
        }
      }
    },
    {
      id: "thedrummer/cydonia-24b-v4.1",
      canonical_slug: "thedrummer/cydonia-24b-v4.1",
      hugging_face_id: "thedrummer/cydonia-24b-v4.1",
      name: "TheDrummer: Cydonia 24B V4.1",
      created: 1758931878,
      description: "Uncensored and creative writing model based on Mistral Small 3.2 24B with good recall, prompt adherence, and intelligence.",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000005",
        input_cache_read: "0.00000015"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-04-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/thedrummer/cydonia-24b-v4.1/endpoints"
      }
    },
    {
      id: "relace/relace-apply-3",
      canonical_slug: "relace/relace-apply-3",
      hugging_face_id: "",
      name: "Relace: Relace Apply 3",
      created: 1758891572,
      description: "Relace Apply 3 is a specialized code-patching LLM that merges AI-suggested edits straight into your source files. It can apply updates from GPT-4o, Claude, and others into your files at...",
      context_length: 256e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000085",
        completion: "0.00000125"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: ["max_tokens", "seed", "stop"],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/relace/relace-apply-3/endpoints"
      }
    },
    {
      id: "google/gemini-2.5-flash-lite-preview-09-2025",
      canonical_slug: "google/gemini-2.5-flash-lite-preview-09-2025",
      hugging_face_id: "",
      name: "Google: Gemini 2.5 Flash Lite Preview 09-2025",
      created: 1758819686,
      description: "Gemini 2.5 Flash-Lite is a lightweight reasoning model in the Gemini 2.5 family, optimized for ultra-low latency and cost efficiency. It offers improved throughput, faster token generation, and better performance...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "image", "file", "audio", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000004",
        image: "0.0000001",
        audio: "0.0000003",
        web_search: "0.014",
        internal_reasoning: "0.0000004",
        input_cache_read: "0.00000001",
        input_cache_write: "0.00000008333333333333334"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65535,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-2.5-flash-lite-preview-09-2025/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1048,
            win_rate: 36.5,
            rank: 81
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1133,
            win_rate: 47,
            rank: 72
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1134,
            win_rate: 45.5,
            rank: 68
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1116,
            win_rate: 45.9,
            rank: 73
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1078,
            win_rate: 41.4,
            rank: 74
          },
          {
            arena: "models",
            category: "website",
            elo: 1144,
            win_rate: 48.1,
            rank: 73
          }
        ]
      }
    },
    {
      id: "qwen/qwen3-vl-235b-a22b-thinking",
      canonical_slug: "qwen/qwen3-vl-235b-a22b-thinking",
      hugging_face_id: "Qwen/Qwen3-VL-235B-A22B-Thinking",
      name: "Qwen: Qwen3 VL 235B A22B Thinking",
      created: 1758668690,
      description: "Qwen3-VL-235B-A22B Thinking is a multimodal model that unifies strong text generation with visual understanding across images and video. The Thinking model is optimized for multimodal reasoning in STEM and math....",
      context_length: 131072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000026",
        completion: "0.0000026"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.8,
        top_p: 0.95,
        top_k: 20,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: 1
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-vl-235b-a22b-thinking/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 20.9,
          agentic_index: 27
        }
      }
    },
    {
      id: "qwen/qwen3-vl-235b-a22b-instruct",
      canonical_slug: "qwen/qwen3-vl-235b-a22b-instruct",
      hugging_face_id: "Qwen/Qwen3-VL-235B-A22B-Instruct",
      name: "Qwen: Qwen3 VL 235B A22B Instruct",
      created: 1758668687,
      description: "Qwen3-VL-235B-A22B Instruct is an open-weight multimodal model that unifies strong text generation with visual understanding across images and video. The Instruct model targets general vision-language use (VQA, document parsing, chart/table...",
      context_length: 262144,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002",
        completion: "0.00000088",
        input_cache_read: "0.00000011"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.7,
        top_p: 0.8,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-vl-235b-a22b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 16.5,
          agentic_index: 19.1
        }
      }
    },
    {
      id: "qwen/qwen3-max",
      canonical_slug: "qwen/qwen3-max",
      hugging_face_id: "",
      name: "Qwen: Qwen3 Max",
      created: 1758662808,
      description: "Qwen3-Max is an updated release built on the Qwen3 series, offering major improvements in reasoning, instruction following, multilingual support, and long-tail knowledge coverage compared to the January 2025 version. It...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000078",
        completion: "0.0000039",
        input_cache_read: "0.000000156",
        input_cache_write: "0.000000975"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 1,
        top_p: 1,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-max/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1155,
            win_rate: 43.5,
            rank: 60
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1172,
            win_rate: 47.4,
            rank: 31
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1162,
            win_rate: 44,
            rank: 63
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1149,
            win_rate: 41.8,
            rank: 61
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1164,
            win_rate: 43.9,
            rank: 59
          },
          {
            arena: "models",
            category: "svg",
            elo: 1068,
            win_rate: 37.3,
            rank: 57
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1134,
            win_rate: 40.1,
            rank: 63
          },
          {
            arena: "models",
            category: "website",
            elo: 1163,
            win_rate: 44.4,
            rank: 64
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 26.4,
          agentic_index: 43
        }
      }
    },
    {
      id: "qwen/qwen3-coder-plus",
      canonical_slug: "qwen/qwen3-coder-plus",
      hugging_face_id: "",
      name: "Qwen: Qwen3 Coder Plus",
      created: 1758662707,
      description: "Qwen3 Coder Plus is Alibaba's proprietary version of the Open Source Qwen3 Coder 480B A35B. It is a powerful coding agent model specializing in autonomous programming via tool calling and...",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000065",
        completion: "0.00000325",
        input_cache_read: "0.00000013",
        input_cache_write: "0.0000008125"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-coder-plus/endpoints"
      }
    },
    {
      id: "openai/gpt-5-codex",
      canonical_slug: "openai/gpt-5-codex",
      hugging_face_id: "",
      name: "OpenAI: GPT-5 Codex",
      created: 1758643403,
      description: "GPT-5-Codex is a specialized version of GPT-5 optimized for software engineering and coding workflows. It is designed for both interactive development sessions and long, independent execution of complex engineering tasks....",
      context_length: 4e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        web_search: "0.01",
        input_cache_read: "0.000000125"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5-codex/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "agents",
            category: "mobileapps",
            elo: 1140,
            win_rate: 43.2,
            rank: 26
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 38.9,
          agentic_index: 52.7
        }
      }
    },
    {
      id: "deepseek/deepseek-v3.1-terminus",
      canonical_slug: "deepseek/deepseek-v3.1-terminus",
      hugging_face_id: "deepseek-ai/DeepSeek-V3.1-Terminus",
      name: "DeepSeek: DeepSeek V3.1 Terminus",
      created: 1758548275,
      description: "DeepSeek-V3.1 Terminus is an update to [DeepSeek V3.1](/deepseek/deepseek-chat-v3.1) that maintains the model's original capabilities while addressing issues reported by users, including language consistency and agent capabilities, further optimizing the model's...",
      context_length: 163840,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: "deepseek-v3.1"
      },
      pricing: {
        prompt: "0.00000027",
        completion: "0.00000095",
        input_cache_read: "0.00000013"
      },
      top_provider: {
        context_length: 163840,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-v3.1-terminus/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1222,
            win_rate: 56,
            rank: 35
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1227,
            win_rate: 56,
            rank: 36
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1208,
            win_rate: 53,
            rank: 43
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1200,
            win_rate: 52.5,
            rank: 50
          },
          {
            arena: "models",
            category: "svg",
            elo: 1122,
            win_rate: 50.1,
            rank: 46
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1238,
            win_rate: 59.3,
            rank: 32
          },
          {
            arena: "models",
            category: "website",
            elo: 1232,
            win_rate: 56.4,
            rank: 37
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 33.7,
          agentic_index: 29.8
        }
      }
    },
    {
      id: "qwen/qwen3-coder-flash",
      canonical_slug: "qwen/qwen3-coder-flash",
      hugging_face_id: "",
      name: "Qwen: Qwen3 Coder Flash",
      created: 1758115536,
      description: "Qwen3 Coder Flash is Alibaba's fast and cost efficient version of their proprietary Qwen3 Coder Plus. It is a powerful coding agent model specializing in autonomous programming via tool calling...",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000195",
        completion: "0.000000975",
        input_cache_read: "0.000000039",
        input_cache_write: "0.00000024375"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-coder-flash/endpoints"
      }
    },
    {
      id: "qwen/qwen3-next-80b-a3b-thinking",
      canonical_slug: "qwen/qwen3-next-80b-a3b-thinking-2509",
      hugging_face_id: "Qwen/Qwen3-Next-80B-A3B-Thinking",
      name: "Qwen: Qwen3 Next 80B A3B Thinking",
      created: 1757612284,
      description: "Qwen3-Next-80B-A3B-Thinking is a reasoning-first chat model in the Qwen3-Next line that outputs structured \u201Cthinking\u201D traces by default. It\u2019s designed for hard multi-step problems; math proofs, code synthesis/debugging, logic, and agentic...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000000975",
        completion: "0.00000078"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-next-80b-a3b-thinking-2509/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 19.5,
          agentic_index: 23.6
        }
      }
    },
    {
      id: "qwen/qwen3-next-80b-a3b-instruct:free",
      canonical_slug: "qwen/qwen3-next-80b-a3b-instruct-2509",
      hugging_face_id: "Qwen/Qwen3-Next-80B-A3B-Instruct",
      name: "Qwen: Qwen3 Next 80B A3B Instruct (free)",
      created: 1757612213,
      description: "Qwen3-Next-80B-A3B-Instruct is an instruction-tuned chat model in the Qwen3-Next series optimized for fast, stable responses without \u201Cthinking\u201D traces. It targets complex tasks across reasoning, code generation, knowledge QA, and multilingual...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-next-80b-a3b-instruct-2509/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 15.3,
          agentic_index: 14.2
        }
      }
    },
    {
      id: "qwen/qwen3-next-80b-a3b-instruct",
      canonical_slug: "qwen/qwen3-next-80b-a3b-instruct-2509",
      hugging_face_id: "Qwen/Qwen3-Next-80B-A3B-Instruct",
      name: "Qwen: Qwen3 Next 80B A3B Instruct",
      created: 1757612213,
      description: "Qwen3-Next-80B-A3B-Instruct is an instruction-tuned chat model in the Qwen3-Next series optimized for fast, stable responses without \u201Cthinking\u201D traces. It targets complex tasks across reasoning, code generation, knowledge QA, and multilingual...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000009",
        completion: "0.0000011"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-next-80b-a3b-instruct-2509/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 15.3,
          agentic_index: 14.2
        }
      }
    },
    {
      id: "qwen/qwen-plus-2025-07-28:thinking",
      canonical_slug: "qwen/qwen-plus-2025-07-28",
      hugging_face_id: "",
      name: "Qwen: Qwen Plus 0728 (thinking)",
      created: 1757347599,
      description: "Qwen Plus 0728, based on the Qwen3 foundation model, is a 1 million context hybrid reasoning model with a balanced performance, speed, and cost combination.",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000026",
        completion: "0.00000078",
        input_cache_write: "0.000000325"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen-plus-2025-07-28/endpoints"
      }
    },
    {
      id: "qwen/qwen-plus-2025-07-28",
      canonical_slug: "qwen/qwen-plus-2025-07-28",
      hugging_face_id: "",
      name: "Qwen: Qwen Plus 0728",
      created: 1757347599,
      description: "Qwen Plus 0728, based on the Qwen3 foundation model, is a 1 million context hybrid reasoning model with a balanced performance, speed, and cost combination.",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000026",
        completion: "0.00000078"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen-plus-2025-07-28/endpoints"
      }
    },
    {
      id: "nvidia/nemotron-nano-9b-v2:free",
      canonical_slug: "nvidia/nemotron-nano-9b-v2",
      hugging_face_id: "nvidia/NVIDIA-Nemotron-Nano-9B-v2",
      name: "NVIDIA: Nemotron Nano 9B V2 (free)",
      created: 1757106807,
      description: "NVIDIA-Nemotron-Nano-9B-v2 is a large language model (LLM) trained from scratch by NVIDIA, and designed as a unified model for both reasoning and non-reasoning tasks. It responds to user queries and...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/nvidia/nemotron-nano-9b-v2/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 8.3,
          agentic_index: 9.4
        }
      }
    },
    {
      id: "moonshotai/kimi-k2-0905",
      canonical_slug: "moonshotai/kimi-k2-0905",
      hugging_face_id: "moonshotai/Kimi-K2-Instruct-0905",
      name: "MoonshotAI: Kimi K2 0905",
      created: 1757021147,
      description: "Kimi K2 0905 is the September update of [Kimi K2 0711](moonshotai/kimi-k2). It is a large-scale Mixture-of-Experts (MoE) language model developed by Moonshot AI, featuring 1 trillion total parameters with 32...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000006",
        completion: "0.0000025"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/moonshotai/kimi-k2-0905/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "codecategories",
            elo: 1150,
            win_rate: 48.5,
            rank: 68
          },
          {
            arena: "models",
            category: "website",
            elo: 1152,
            win_rate: 48.3,
            rank: 70
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 25.9,
          agentic_index: 37.7
        }
      }
    },
    {
      id: "qwen/qwen3-30b-a3b-thinking-2507",
      canonical_slug: "qwen/qwen3-30b-a3b-thinking-2507",
      hugging_face_id: "Qwen/Qwen3-30B-A3B-Thinking-2507",
      name: "Qwen: Qwen3 30B A3B Thinking 2507",
      created: 1756399192,
      description: "Qwen3-30B-A3B-Thinking-2507 is a 30B parameter Mixture-of-Experts reasoning model optimized for complex tasks requiring extended multi-step thinking. The model is designed specifically for \u201Cthinking mode,\u201D where internal reasoning traces are separated...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000008",
        completion: "0.0000004",
        input_cache_read: "0.00000008"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-30b-a3b-thinking-2507/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "dataviz",
            elo: 969,
            win_rate: 33.3,
            rank: 90
          },
          {
            arena: "models",
            category: "website",
            elo: 975,
            win_rate: 35.5,
            rank: 99
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 14.6,
          agentic_index: 17.7
        }
      }
    },
    {
      id: "nousresearch/hermes-4-70b",
      canonical_slug: "nousresearch/hermes-4-70b",
      hugging_face_id: "NousResearch/Hermes-4-70B",
      name: "Nous: Hermes 4 70B",
      created: 1756236182,
      description: "Hermes 4 70B is a hybrid reasoning model from Nous Research, built on Meta-Llama-3.1-70B. It introduces the same hybrid mode as the larger 405B release, allowing the model to either...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000013",
        completion: "0.0000004"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/nousresearch/hermes-4-70b/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 14.4,
          agentic_index: 11.7
        }
      }
    },
    {
      id: "nousresearch/hermes-4-405b",
      canonical_slug: "nousresearch/hermes-4-405b",
      hugging_face_id: "NousResearch/Hermes-4-405B",
      name: "Nous: Hermes 4 405B",
      created: 1756235463,
      description: "Hermes 4 is a large-scale reasoning model built on Meta-Llama-3.1-405B and released by Nous Research. It introduces a hybrid reasoning mode, where the model can choose to deliberate internally with...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000001",
        completion: "0.000003"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/nousresearch/hermes-4-405b/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 16,
          agentic_index: 12.6
        }
      }
    },
    {
      id: "deepseek/deepseek-chat-v3.1",
      canonical_slug: "deepseek/deepseek-chat-v3.1",
      hugging_face_id: "deepseek-ai/DeepSeek-V3.1",
      name: "DeepSeek: DeepSeek V3.1",
      created: 1755779628,
      description: "DeepSeek-V3.1 is a large hybrid reasoning model (671B parameters, 37B active) that supports both thinking and non-thinking modes via prompt templates. It extends the DeepSeek-V3 base with a two-phase long-context...",
      context_length: 163840,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: "deepseek-v3.1"
      },
      pricing: {
        prompt: "0.00000021",
        completion: "0.00000079",
        input_cache_read: "0.00000013"
      },
      top_provider: {
        context_length: 163840,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-chat-v3.1/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1159,
            win_rate: 48,
            rank: 57
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1164,
            win_rate: 47.9,
            rank: 62
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1143,
            win_rate: 46.8,
            rank: 63
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1154,
            win_rate: 47.2,
            rank: 62
          },
          {
            arena: "models",
            category: "svg",
            elo: 1024,
            win_rate: 38.2,
            rank: 66
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1140,
            win_rate: 47.5,
            rank: 61
          },
          {
            arena: "models",
            category: "website",
            elo: 1167,
            win_rate: 48,
            rank: 61
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 29.7,
          agentic_index: 18.9
        }
      }
    },
    {
      id: "mistralai/mistral-medium-3.1",
      canonical_slug: "mistralai/mistral-medium-3.1",
      hugging_face_id: "",
      name: "Mistral: Mistral Medium 3.1",
      created: 1755095639,
      description: "Mistral Medium 3.1 is an updated version of Mistral Medium 3, which is a high-performance enterprise-grade language model designed to deliver frontier-level capabilities at significantly reduced operational cost. It balances...",
      context_length: 131072,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000004",
        completion: "0.000002",
        input_cache_read: "0.00000004"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-medium-3.1/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1163,
            win_rate: 44.7,
            rank: 55
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1041,
            win_rate: 30.8,
            rank: 43
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1172,
            win_rate: 45.1,
            rank: 58
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1192,
            win_rate: 47.6,
            rank: 50
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1143,
            win_rate: 40.7,
            rank: 67
          },
          {
            arena: "models",
            category: "svg",
            elo: 1050,
            win_rate: 38.2,
            rank: 59
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1155,
            win_rate: 43.5,
            rank: 58
          },
          {
            arena: "models",
            category: "website",
            elo: 1178,
            win_rate: 46,
            rank: 59
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 18.3,
          agentic_index: 25.3
        }
      }
    },
    {
      id: "z-ai/glm-4.5v",
      canonical_slug: "z-ai/glm-4.5v",
      hugging_face_id: "zai-org/GLM-4.5V",
      name: "Z.ai: GLM 4.5V",
      created: 1754922288,
      description: "GLM-4.5V is a vision-language foundation model for multimodal agent applications. Built on a Mixture-of-Experts (MoE) architecture with 106B parameters and 12B activated parameters, it achieves state-of-the-art results in video understanding,...",
      context_length: 65536,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000006",
        completion: "0.0000018",
        input_cache_read: "0.00000011"
      },
      top_provider: {
        context_length: 65536,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.75,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/z-ai/glm-4.5v/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 10.9,
          agentic_index: 10.9
        }
      }
    },
    {
      id: "ai21/jamba-large-1.7",
      canonical_slug: "ai21/jamba-large-1.7",
      hugging_face_id: "ai21labs/AI21-Jamba-Large-1.7",
      name: "AI21: Jamba Large 1.7",
      created: 1754669020,
      description: "Jamba Large 1.7 is the latest model in the Jamba open family, offering improvements in grounding, instruction-following, and overall efficiency. Built on a hybrid SSM-Transformer architecture with a 256K context...",
      context_length: 256e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000008"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: 4096,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "response_format",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/ai21/jamba-large-1.7/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 7.8,
          agentic_index: 4.5
        }
      }
    },
    {
      id: "openai/gpt-5-chat",
      canonical_slug: "openai/gpt-5-chat-2025-08-07",
      hugging_face_id: "",
      name: "OpenAI: GPT-5 Chat",
      created: 1754587837,
      description: "GPT-5 Chat is designed for advanced, natural, multimodal, and context-aware conversations for enterprise applications.",
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["file", "image", "text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        web_search: "0.01",
        input_cache_read: "0.000000125"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "response_format",
        "seed",
        "structured_outputs"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5-chat-2025-08-07/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 21.2,
          agentic_index: null
        }
      }
    },
    {
      id: "openai/gpt-5",
      canonical_slug: "openai/gpt-5-2025-08-07",
      hugging_face_id: "",
      name: "OpenAI: GPT-5",
      created: 1754587413,
      description: "GPT-5 is OpenAI\u2019s most advanced model, offering major improvements in reasoning, code quality, and user experience. It is optimized for complex tasks that require step-by-step reasoning, instruction following, and accuracy...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        web_search: "0.01",
        input_cache_read: "0.000000125"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5-2025-08-07/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1137,
            win_rate: 41.4,
            rank: 65
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1184,
            win_rate: 49,
            rank: 27
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1220,
            win_rate: 54.7,
            rank: 41
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1282,
            win_rate: 63.3,
            rank: 14
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1255,
            win_rate: 59.5,
            rank: 29
          },
          {
            arena: "models",
            category: "svg",
            elo: 1246,
            win_rate: 64.1,
            rank: 13
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1239,
            win_rate: 58.3,
            rank: 31
          },
          {
            arena: "models",
            category: "website",
            elo: 1229,
            win_rate: 53.7,
            rank: 40
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 38.9,
          agentic_index: 45.8
        }
      }
    },
    {
      id: "openai/gpt-5-mini",
      canonical_slug: "openai/gpt-5-mini-2025-08-07",
      hugging_face_id: "",
      name: "OpenAI: GPT-5 Mini",
      created: 1754587407,
      description: "GPT-5 Mini is a compact version of GPT-5, designed to handle lighter-weight reasoning tasks. It provides the same instruction-following and safety-tuning benefits as GPT-5, but with reduced latency and cost....",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000025",
        completion: "0.000002",
        web_search: "0.01",
        input_cache_read: "0.000000025"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: 128e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-05-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5-mini-2025-08-07/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1108,
            win_rate: 37.2,
            rank: 72
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1167,
            win_rate: 45.2,
            rank: 32
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1166,
            win_rate: 44.4,
            rank: 61
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1164,
            win_rate: 43.8,
            rank: 60
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1199,
            win_rate: 48,
            rank: 51
          },
          {
            arena: "models",
            category: "svg",
            elo: 1148,
            win_rate: 46.1,
            rank: 40
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1165,
            win_rate: 43.8,
            rank: 54
          },
          {
            arena: "models",
            category: "website",
            elo: 1170,
            win_rate: 45.1,
            rank: 60
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 35.3,
          agentic_index: 45.5
        }
      }
    },
    {
      id: "openai/gpt-5-nano",
      canonical_slug: "openai/gpt-5-nano-2025-08-07",
      hugging_face_id: "",
      name: "OpenAI: GPT-5 Nano",
      created: 1754587402,
      description: "GPT-5-Nano is the smallest and fastest variant in the GPT-5 system, optimized for developer tools, rapid interactions, and ultra-low latency environments. While limited in reasoning depth compared to its larger...",
      context_length: 4e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000005",
        completion: "0.0000004",
        web_search: "0.01",
        input_cache_read: "0.00000001"
      },
      top_provider: {
        context_length: 4e5,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-05-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-5-nano-2025-08-07/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1045,
            win_rate: 36.1,
            rank: 82
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1136,
            win_rate: 48.1,
            rank: 71
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1104,
            win_rate: 46.7,
            rank: 73
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1115,
            win_rate: 46.6,
            rank: 74
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1123,
            win_rate: 52,
            rank: 67
          },
          {
            arena: "models",
            category: "website",
            elo: 1146,
            win_rate: 48.9,
            rank: 72
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 22.9,
          agentic_index: 16.8
        }
      }
    },
    {
      id: "openai/gpt-oss-120b:free",
      canonical_slug: "openai/gpt-oss-120b",
      hugging_face_id: "openai/gpt-oss-120b",
      name: "OpenAI: gpt-oss-120b (free)",
      created: 1754414231,
      description: "gpt-oss-120b is an open-weight, 117B-parameter Mixture-of-Experts (MoE) language model from OpenAI designed for high-reasoning, agentic, and general-purpose production use cases. It activates 5.1B parameters per forward pass and is optimized...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 131072,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-oss-120b/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 981,
            win_rate: 29.4,
            rank: 86
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1015,
            win_rate: 33.4,
            rank: 93
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1044,
            win_rate: 45.1,
            rank: 83
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1062,
            win_rate: 40.6,
            rank: 82
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 981,
            win_rate: 35.5,
            rank: 87
          },
          {
            arena: "models",
            category: "website",
            elo: 1013,
            win_rate: 32.5,
            rank: 96
          }
        ],
        artificial_analysis: {
          intelligence_index: 23.8,
          coding_index: 28.6,
          agentic_index: 37.9
        }
      }
    },
    {
      id: "openai/gpt-oss-120b",
      canonical_slug: "openai/gpt-oss-120b",
      hugging_face_id: "openai/gpt-oss-120b",
      name: "OpenAI: gpt-oss-120b",
      created: 1754414231,
      description: "gpt-oss-120b is an open-weight, 117B-parameter Mixture-of-Experts (MoE) language model from OpenAI designed for high-reasoning, agentic, and general-purpose production use cases. It activates 5.1B parameters per forward pass and is optimized...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000039",
        completion: "0.00000018"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-oss-120b/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 981,
            win_rate: 29.4,
            rank: 86
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1015,
            win_rate: 33.4,
            rank: 93
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1044,
            win_rate: 45.1,
            rank: 83
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1062,
            win_rate: 40.6,
            rank: 82
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 981,
            win_rate: 35.5,
            rank: 87
          },
          {
            arena: "models",
            category: "website",
            elo: 1013,
            win_rate: 32.5,
            rank: 96
          }
        ],
        artificial_analysis: {
          intelligence_index: 23.8,
          coding_index: 28.6,
          agentic_index: 37.9
        }
      }
    },
    {
      id: "openai/gpt-oss-20b:free",
      canonical_slug: "openai/gpt-oss-20b",
      hugging_face_id: "openai/gpt-oss-20b",
      name: "OpenAI: gpt-oss-20b (free)",
      created: 1754414229,
      description: "gpt-oss-20b is an open-weight 21B parameter model released by OpenAI under the Apache 2.0 license. It uses a Mixture-of-Experts (MoE) architecture with 3.6B active parameters per forward pass, optimized for...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 8192,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-oss-20b/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "dataviz",
            elo: 977,
            win_rate: 39.7,
            rank: 88
          },
          {
            arena: "models",
            category: "website",
            elo: 897,
            win_rate: 27.9,
            rank: 104
          }
        ],
        artificial_analysis: {
          intelligence_index: 14.9,
          coding_index: 18.5,
          agentic_index: 27.6
        }
      }
    },
    {
      id: "openai/gpt-oss-20b",
      canonical_slug: "openai/gpt-oss-20b",
      hugging_face_id: "openai/gpt-oss-20b",
      name: "OpenAI: gpt-oss-20b",
      created: 1754414229,
      description: "gpt-oss-20b is an open-weight 21B parameter model released by OpenAI under the Apache 2.0 license. It uses a Mixture-of-Experts (MoE) architecture with 3.6B active parameters per forward pass, optimized for...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000029",
        completion: "0.00000014"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-oss-20b/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "dataviz",
            elo: 977,
            win_rate: 39.7,
            rank: 88
          },
          {
            arena: "models",
            category: "website",
            elo: 897,
            win_rate: 27.9,
            rank: 104
          }
        ],
        artificial_analysis: {
          intelligence_index: 14.9,
          coding_index: 18.5,
          agentic_index: 27.6
        }
      }
    },
    {
      id: "anthropic/claude-opus-4.1",
      canonical_slug: "anthropic/claude-4.1-opus-20250805",
      hugging_face_id: "",
      name: "Anthropic: Claude Opus 4.1",
      created: 1754411591,
      description: "Claude Opus 4.1 is an updated version of Anthropic\u2019s flagship model, offering improved performance in coding, reasoning, and agentic tasks. It achieves 74.5% on SWE-bench Verified and shows notable gains...",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000015",
        completion: "0.000075",
        web_search: "0.01",
        input_cache_read: "0.0000015",
        input_cache_write: "0.00001875"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 32e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4.1-opus-20250805/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1232,
            win_rate: 53.4,
            rank: 33
          },
          {
            arena: "models",
            category: "asciiart",
            elo: 1216,
            win_rate: 53.1,
            rank: 15
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1223,
            win_rate: 55.8,
            rank: 37
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1210,
            win_rate: 56.4,
            rank: 40
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1241,
            win_rate: 58.5,
            rank: 33
          },
          {
            arena: "models",
            category: "svg",
            elo: 1210,
            win_rate: 60.8,
            rank: 22
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1220,
            win_rate: 58,
            rank: 39
          },
          {
            arena: "models",
            category: "website",
            elo: 1222,
            win_rate: 55.3,
            rank: 43
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 36.5,
          agentic_index: null
        }
      }
    },
    {
      id: "mistralai/codestral-2508",
      canonical_slug: "mistralai/codestral-2508",
      hugging_face_id: "",
      name: "Mistral: Codestral 2508",
      created: 1754079630,
      description: "Mistral's cutting-edge language model for coding released end of July 2025. Codestral specializes in low-latency, high-frequency tasks such as fill-in-the-middle (FIM), code correction and test generation.\n\n[Blog Post](https://mistral.ai/news/codestral-25-08)",
      context_length: 256e3,
      architecture: {
        modality: "text+file->text",
        input_modalities: ["text", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000009",
        input_cache_read: "0.00000003"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/codestral-2508/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "codecategories",
            elo: 1059,
            win_rate: 38.5,
            rank: 86
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1062,
            win_rate: 41.7,
            rank: 80
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1036,
            win_rate: 36.2,
            rank: 88
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1074,
            win_rate: 46.9,
            rank: 75
          },
          {
            arena: "models",
            category: "website",
            elo: 1058,
            win_rate: 37.8,
            rank: 90
          },
          {
            arena: "models",
            category: "3d",
            elo: 1101,
            win_rate: 45.5,
            rank: 73
          }
        ]
      }
    },
    {
      id: "qwen/qwen3-coder-30b-a3b-instruct",
      canonical_slug: "qwen/qwen3-coder-30b-a3b-instruct",
      hugging_face_id: "Qwen/Qwen3-Coder-30B-A3B-Instruct",
      name: "Qwen: Qwen3 Coder 30B A3B Instruct",
      created: 1753972379,
      description: "Qwen3-Coder-30B-A3B-Instruct is a 30.5B parameter Mixture-of-Experts (MoE) model with 128 experts (8 active per forward pass), designed for advanced code generation, repository-scale understanding, and agentic tool use. Built on the...",
      context_length: 16e4,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000007",
        completion: "0.00000027"
      },
      top_provider: {
        context_length: 16e4,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-coder-30b-a3b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "dataviz",
            elo: 1128,
            win_rate: 54.7,
            rank: 70
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1103,
            win_rate: 54.1,
            rank: 69
          },
          {
            arena: "models",
            category: "website",
            elo: 1132,
            win_rate: 57.1,
            rank: 74
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 19.4,
          agentic_index: 21.1
        }
      }
    },
    {
      id: "qwen/qwen3-30b-a3b-instruct-2507",
      canonical_slug: "qwen/qwen3-30b-a3b-instruct-2507",
      hugging_face_id: "Qwen/Qwen3-30B-A3B-Instruct-2507",
      name: "Qwen: Qwen3 30B A3B Instruct 2507",
      created: 1753806965,
      description: "Qwen3-30B-A3B-Instruct-2507 is a 30.5B-parameter mixture-of-experts language model from Qwen, with 3.3B active parameters per inference. It operates in non-thinking mode and is designed for high-quality instruction following, multilingual understanding, and...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000004815",
        completion: "0.00000019305"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 32e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-30b-a3b-instruct-2507/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 14.2,
          agentic_index: 7.1
        }
      }
    },
    {
      id: "z-ai/glm-4.5",
      canonical_slug: "z-ai/glm-4.5",
      hugging_face_id: "zai-org/GLM-4.5",
      name: "Z.ai: GLM 4.5",
      created: 1753471347,
      description: "GLM-4.5 is our latest flagship foundation model, purpose-built for agent-based applications. It leverages a Mixture-of-Experts (MoE) architecture and supports a context length of up to 128k tokens. GLM-4.5 delivers significantly...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000006",
        completion: "0.0000022",
        input_cache_read: "0.00000011"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 98304,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.75,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-12-31",
      expiration_date: "2026-06-19",
      links: {
        details: "/api/v1/models/z-ai/glm-4.5/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1251,
            win_rate: 59.7,
            rank: 29
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1217,
            win_rate: 54.4,
            rank: 46
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1204,
            win_rate: 53.3,
            rank: 45
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1214,
            win_rate: 54.4,
            rank: 42
          },
          {
            arena: "models",
            category: "svg",
            elo: 1154,
            win_rate: 50.8,
            rank: 39
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1200,
            win_rate: 55.1,
            rank: 47
          },
          {
            arena: "models",
            category: "website",
            elo: 1215,
            win_rate: 53.8,
            rank: 46
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 26.3,
          agentic_index: 16.2
        }
      }
    },
    {
      id: "z-ai/glm-4.5-air",
      canonical_slug: "z-ai/glm-4.5-air",
      hugging_face_id: "zai-org/GLM-4.5-Air",
      name: "Z.ai: GLM 4.5 Air",
      created: 1753471258,
      description: "GLM-4.5-Air is the lightweight variant of our latest flagship model family, also purpose-built for agent-centric applications. Like GLM-4.5, it adopts the Mixture-of-Experts (MoE) architecture but with a more compact parameter...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000013",
        completion: "0.00000085",
        input_cache_read: "0.000000025"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 98304,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.75,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/z-ai/glm-4.5-air/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1204,
            win_rate: 54.1,
            rank: 41
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1189,
            win_rate: 51.5,
            rank: 56
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1237,
            win_rate: 59.4,
            rank: 31
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1163,
            win_rate: 48.4,
            rank: 60
          },
          {
            arena: "models",
            category: "svg",
            elo: 1129,
            win_rate: 50.8,
            rank: 44
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1180,
            win_rate: 54.6,
            rank: 52
          },
          {
            arena: "models",
            category: "website",
            elo: 1191,
            win_rate: 51.3,
            rank: 55
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 23.8,
          agentic_index: 21
        }
      }
    },
    {
      id: "qwen/qwen3-235b-a22b-thinking-2507",
      canonical_slug: "qwen/qwen3-235b-a22b-thinking-2507",
      hugging_face_id: "Qwen/Qwen3-235B-A22B-Thinking-2507",
      name: "Qwen: Qwen3 235B A22B Thinking 2507",
      created: 1753449557,
      description: "Qwen3-235B-A22B-Thinking-2507 is a high-performance, open-weight Mixture-of-Experts (MoE) language model optimized for complex reasoning tasks. It activates 22B of its 235B parameters per forward pass and natively supports up to 262,144...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: "qwen3"
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000001",
        input_cache_read: "0.0000001"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 262144,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-235b-a22b-thinking-2507/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1080,
            win_rate: 40.7,
            rank: 76
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1085,
            win_rate: 40.9,
            rank: 80
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 991,
            win_rate: 32.3,
            rank: 86
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1027,
            win_rate: 34.3,
            rank: 90
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 999,
            win_rate: 33.9,
            rank: 86
          },
          {
            arena: "models",
            category: "website",
            elo: 1097,
            win_rate: 42.1,
            rank: 82
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 23.2,
          agentic_index: 29.7
        }
      }
    },
    {
      id: "qwen/qwen3-coder:free",
      canonical_slug: "qwen/qwen3-coder-480b-a35b-07-25",
      hugging_face_id: "Qwen/Qwen3-Coder-480B-A35B-Instruct",
      name: "Qwen: Qwen3 Coder 480B A35B (free)",
      created: 1753230546,
      description: "Qwen3-Coder-480B-A35B-Instruct is a Mixture-of-Experts (MoE) code generation model developed by the Qwen team. It is optimized for agentic coding tasks such as function calling, tool use, and long-context reasoning over...",
      context_length: 1048576,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 262e3,
        max_completion_tokens: 262e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-coder-480b-a35b-07-25/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "codecategories",
            elo: 1195,
            win_rate: 61.2,
            rank: 52
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1126,
            win_rate: 54.9,
            rank: 72
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1170,
            win_rate: 59,
            rank: 56
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1171,
            win_rate: 61.5,
            rank: 53
          },
          {
            arena: "models",
            category: "website",
            elo: 1203,
            win_rate: 61.7,
            rank: 53
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 24.6,
          agentic_index: 18.3
        }
      }
    },
    {
      id: "qwen/qwen3-coder",
      canonical_slug: "qwen/qwen3-coder-480b-a35b-07-25",
      hugging_face_id: "Qwen/Qwen3-Coder-480B-A35B-Instruct",
      name: "Qwen: Qwen3 Coder 480B A35B",
      created: 1753230546,
      description: "Qwen3-Coder-480B-A35B-Instruct is a Mixture-of-Experts (MoE) code generation model developed by the Qwen team. It is optimized for agentic coding tasks such as function calling, tool use, and long-context reasoning over...",
      context_length: 1048576,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000022",
        completion: "0.0000018"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-coder-480b-a35b-07-25/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "codecategories",
            elo: 1195,
            win_rate: 61.2,
            rank: 52
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1126,
            win_rate: 54.9,
            rank: 72
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1170,
            win_rate: 59,
            rank: 56
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1171,
            win_rate: 61.5,
            rank: 53
          },
          {
            arena: "models",
            category: "website",
            elo: 1203,
            win_rate: 61.7,
            rank: 53
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 24.6,
          agentic_index: 18.3
        }
      }
    },
    {
      id: "bytedance/ui-tars-1.5-7b",
      canonical_slug: "bytedance/ui-tars-1.5-7b",
      hugging_face_id: "ByteDance-Seed/UI-TARS-1.5-7B",
      name: "ByteDance: UI-TARS 7B ",
      created: 1753205056,
      description: "UI-TARS-1.5 is a multimodal vision-language agent optimized for GUI-based environments, including desktop interfaces, web browsers, mobile systems, and games. Built by ByteDance, it builds upon the UI-TARS framework with reinforcement...",
      context_length: 128e3,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["image", "text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000002",
        input_cache_read: "0.0000001"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 2048,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/bytedance/ui-tars-1.5-7b/endpoints"
      }
    },
    {
      id: "google/gemini-2.5-flash-lite",
      canonical_slug: "google/gemini-2.5-flash-lite",
      hugging_face_id: "",
      name: "Google: Gemini 2.5 Flash Lite",
      created: 1753200276,
      description: "Gemini 2.5 Flash-Lite is a lightweight reasoning model in the Gemini 2.5 family, optimized for ultra-low latency and cost efficiency. It offers improved throughput, faster token generation, and better performance...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "image", "file", "audio", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000004",
        image: "0.0000001",
        audio: "0.0000003",
        web_search: "0.014",
        internal_reasoning: "0.0000004",
        input_cache_read: "0.00000001",
        input_cache_write: "0.00000008333333333333334"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65535,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-2.5-flash-lite/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 18.2,
          agentic_index: 11.7
        }
      }
    },
    {
      id: "qwen/qwen3-235b-a22b-2507",
      canonical_slug: "qwen/qwen3-235b-a22b-07-25",
      hugging_face_id: "Qwen/Qwen3-235B-A22B-Instruct-2507",
      name: "Qwen: Qwen3 235B A22B Instruct 2507",
      created: 1753119555,
      description: "Qwen3-235B-A22B-Instruct-2507 is a multilingual, instruction-tuned mixture-of-experts language model based on the Qwen3-235B architecture, with 22B active parameters per forward pass. It is optimized for general-purpose text generation, including instruction following,...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000009",
        completion: "0.0000001"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-235b-a22b-07-25/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1075,
            win_rate: 41.1,
            rank: 77
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1090,
            win_rate: 42.7,
            rank: 78
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1102,
            win_rate: 47.7,
            rank: 74
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1021,
            win_rate: 35.2,
            rank: 91
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1023,
            win_rate: 38.8,
            rank: 82
          },
          {
            arena: "models",
            category: "website",
            elo: 1103,
            win_rate: 43.7,
            rank: 81
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 22.1,
          agentic_index: 22.8
        }
      }
    },
    {
      id: "switchpoint/router",
      canonical_slug: "switchpoint/router",
      hugging_face_id: "",
      name: "Switchpoint Router",
      created: 1752272899,
      description: "Switchpoint AI's router instantly analyzes your request and directs it to the optimal AI from an ever-evolving library. As the world of LLMs advances, our router gets smarter, ensuring you...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000085",
        completion: "0.0000034"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/switchpoint/router/endpoints"
      }
    },
    {
      id: "moonshotai/kimi-k2",
      canonical_slug: "moonshotai/kimi-k2",
      hugging_face_id: "moonshotai/Kimi-K2-Instruct",
      name: "MoonshotAI: Kimi K2 0711",
      created: 1752263252,
      description: "Kimi K2 Instruct is a large-scale Mixture-of-Experts (MoE) language model developed by Moonshot AI, featuring 1 trillion total parameters with 32 billion active per forward pass. It is optimized for...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000057",
        completion: "0.0000023"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/moonshotai/kimi-k2/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "codecategories",
            elo: 1085,
            win_rate: 51.7,
            rank: 79
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1062,
            win_rate: 49.4,
            rank: 81
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1043,
            win_rate: 46.4,
            rank: 86
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1087,
            win_rate: 55.1,
            rank: 72
          },
          {
            arena: "models",
            category: "website",
            elo: 1095,
            win_rate: 53.1,
            rank: 83
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 22.1,
          agentic_index: 24.3
        }
      }
    },
    {
      id: "cognitivecomputations/dolphin-mistral-24b-venice-edition:free",
      canonical_slug: "venice/uncensored",
      hugging_face_id: "cognitivecomputations/Dolphin-Mistral-24B-Venice-Edition",
      name: "Venice: Uncensored (free)",
      created: 1752094966,
      description: "Venice Uncensored Dolphin Mistral 24B Venice Edition is a fine-tuned variant of Mistral-Small-24B-Instruct-2501, developed by dphn.ai in collaboration with Venice.ai. This model is designed as an \u201Cuncensored\u201D instruct-tuned LLM, preserving...",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-04-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/venice/uncensored/endpoints"
      }
    },
    {
      id: "tencent/hunyuan-a13b-instruct",
      canonical_slug: "tencent/hunyuan-a13b-instruct",
      hugging_face_id: "tencent/Hunyuan-A13B-Instruct",
      name: "Tencent: Hunyuan A13B Instruct",
      created: 1751987664,
      description: "Hunyuan-A13B is a 13B active parameter Mixture-of-Experts (MoE) language model developed by Tencent, with a total parameter count of 80B and support for reasoning via Chain-of-Thought. It offers competitive benchmark...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000014",
        completion: "0.00000057"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/tencent/hunyuan-a13b-instruct/endpoints"
      }
    },
    {
      id: "morph/morph-v3-large",
      canonical_slug: "morph/morph-v3-large",
      hugging_face_id: "",
      name: "Morph: Morph V3 Large",
      created: 1751910858,
      description: "Morph's high-accuracy apply model for complex code edits. ~4,500 tokens/sec with 98% accuracy for precise code transformations. The model requires the prompt to be in the following format: <instruction>{instruction}</instruction> <code>{initial_code}</code>...",
      context_length: 262144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000009",
        completion: "0.0000019"
      },
      top_provider: {
        context_length: 262144,
        max_completion_tokens: 131072,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: ["max_tokens", "stop", "temperature"],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/morph/morph-v3-large/endpoints"
      }
    },
    {
      id: "morph/morph-v3-fast",
      canonical_slug: "morph/morph-v3-fast",
      hugging_face_id: "",
      name: "Morph: Morph V3 Fast",
      created: 1751910002,
      description: "Morph's fastest apply model for code edits. ~10,500 tokens/sec with 96% accuracy for rapid code transformations. The model requires the prompt to be in the following format: <instruction>{instruction}</instruction> <code>{initial_code}</code> <update>{edit_snippet}</update>...",
      context_length: 81920,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000008",
        completion: "0.0000012"
      },
      top_provider: {
        context_length: 81920,
        max_completion_tokens: 38e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: ["max_tokens", "stop", "temperature"],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/morph/morph-v3-fast/endpoints"
      }
    },
    {
      id: "baidu/ernie-4.5-vl-424b-a47b",
      canonical_slug: "baidu/ernie-4.5-vl-424b-a47b",
      hugging_face_id: "baidu/ERNIE-4.5-VL-424B-A47B-PT",
      name: "Baidu: ERNIE 4.5 VL 424B A47B ",
      created: 1751300903,
      description: "ERNIE-4.5-VL-424B-A47B is a multimodal Mixture-of-Experts (MoE) model from Baidu\u2019s ERNIE 4.5 series, featuring 424B total parameters with 47B active per token. It is trained jointly on text and image data...",
      context_length: 131072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["image", "text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000042",
        completion: "0.00000125"
      },
      top_provider: {
        context_length: 123e3,
        max_completion_tokens: 16e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/baidu/ernie-4.5-vl-424b-a47b/endpoints"
      }
    },
    {
      id: "mistralai/mistral-small-3.2-24b-instruct",
      canonical_slug: "mistralai/mistral-small-3.2-24b-instruct-2506",
      hugging_face_id: "mistralai/Mistral-Small-3.2-24B-Instruct-2506",
      name: "Mistral: Mistral Small 3.2 24B",
      created: 1750443016,
      description: "Mistral-Small-3.2-24B-Instruct-2506 is an updated 24B parameter model from Mistral optimized for instruction following, repetition reduction, and improved function calling. Compared to the 3.1 release, version 3.2 significantly improves accuracy on...",
      context_length: 128e3,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["image", "text"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000075",
        completion: "0.0000002"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-small-3.2-24b-instruct-2506/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "codecategories",
            elo: 959,
            win_rate: 39.8,
            rank: 97
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 971,
            win_rate: 43.3,
            rank: 89
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 957,
            win_rate: 39.4,
            rank: 98
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 964,
            win_rate: 40.5,
            rank: 89
          },
          {
            arena: "models",
            category: "website",
            elo: 940,
            win_rate: 38.3,
            rank: 101
          }
        ]
      }
    },
    {
      id: "minimax/minimax-m1",
      canonical_slug: "minimax/minimax-m1",
      hugging_face_id: "",
      name: "MiniMax: MiniMax M1",
      created: 1750200414,
      description: 'MiniMax-M1 is a large-scale, open-weight reasoning model designed for extended context and high-efficiency inference. It leverages a hybrid Mixture-of-Experts (MoE) architecture paired with a custom "lightning attention" mechanism, allowing it...',
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000004",
        completion: "0.0000022"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 4e4,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/minimax/minimax-m1/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 14.5,
          agentic_index: 29.1
        }
      }
    },
    {
      id: "google/gemini-2.5-flash",
      canonical_slug: "google/gemini-2.5-flash",
      hugging_face_id: "",
      name: "Google: Gemini 2.5 Flash",
      created: 1750172488,
      description: `Gemini 2.5 Flash is Google's state-of-the-art workhorse model, specifically designed for advanced reasoning, coding, mathematics, and scientific tasks. It includes built-in "thinking" capabilities, enabling it to provide responses with greater...`,
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["file", "image", "text", "audio", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000003",
        completion: "0.0000025",
        image: "0.0000003",
        audio: "0.000001",
        web_search: "0.014",
        internal_reasoning: "0.0000025",
        input_cache_read: "0.00000003",
        input_cache_write: "0.00000008333333333333334"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65535,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-2.5-flash/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1152,
            win_rate: 47.4,
            rank: 61
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1156,
            win_rate: 46.9,
            rank: 66
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1171,
            win_rate: 48.4,
            rank: 57
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1135,
            win_rate: 44.3,
            rank: 70
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1149,
            win_rate: 48.9,
            rank: 60
          },
          {
            arena: "models",
            category: "website",
            elo: 1160,
            win_rate: 47.1,
            rank: 66
          },
          {
            arena: "models",
            category: "svg",
            elo: 1077,
            win_rate: 43.1,
            rank: 55
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 22.2,
          agentic_index: 18.8
        }
      }
    },
    {
      id: "google/gemini-2.5-pro",
      canonical_slug: "google/gemini-2.5-pro",
      hugging_face_id: "",
      name: "Google: Gemini 2.5 Pro",
      created: 1750169544,
      description: "Gemini 2.5 Pro is Google\u2019s state-of-the-art AI model designed for advanced reasoning, coding, mathematics, and scientific tasks. It employs \u201Cthinking\u201D capabilities, enabling it to reason through responses with enhanced accuracy...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "image", "file", "audio", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        image: "0.00000125",
        audio: "0.00000125",
        web_search: "0.014",
        internal_reasoning: "0.00001",
        input_cache_read: "0.000000125",
        input_cache_write: "0.000000375"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-2.5-pro/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1164,
            win_rate: 52.2,
            rank: 53
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1206,
            win_rate: 58.3,
            rank: 49
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1290,
            win_rate: 71.8,
            rank: 11
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1181,
            win_rate: 55.1,
            rank: 54
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1200,
            win_rate: 60.5,
            rank: 46
          },
          {
            arena: "models",
            category: "website",
            elo: 1212,
            win_rate: 58.8,
            rank: 47
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 32,
          agentic_index: 32.7
        }
      }
    },
    {
      id: "openai/o3-pro",
      canonical_slug: "openai/o3-pro-2025-06-10",
      hugging_face_id: "",
      name: "OpenAI: o3 Pro",
      created: 1749598352,
      description: "The o-series of models are trained with reinforcement learning to think before they answer and perform complex reasoning. The o3-pro model uses more compute to think harder and provide consistently...",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "file", "image"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00002",
        completion: "0.00008",
        web_search: "0.01"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o3-pro-2025-06-10/endpoints"
      }
    },
    {
      id: "google/gemini-2.5-pro-preview",
      canonical_slug: "google/gemini-2.5-pro-preview-06-05",
      hugging_face_id: "",
      name: "Google: Gemini 2.5 Pro Preview 06-05",
      created: 1749137257,
      description: "Gemini 2.5 Pro is Google\u2019s state-of-the-art AI model designed for advanced reasoning, coding, mathematics, and scientific tasks. It employs \u201Cthinking\u201D capabilities, enabling it to reason through responses with enhanced accuracy...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio->text",
        input_modalities: ["file", "image", "text", "audio"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        image: "0.00000125",
        audio: "0.00000125",
        web_search: "0.014",
        internal_reasoning: "0.00001",
        input_cache_read: "0.000000125",
        input_cache_write: "0.000000375"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-2.5-pro-preview-06-05/endpoints"
      }
    },
    {
      id: "deepseek/deepseek-r1-0528",
      canonical_slug: "deepseek/deepseek-r1-0528",
      hugging_face_id: "deepseek-ai/DeepSeek-R1-0528",
      name: "DeepSeek: R1 0528",
      created: 1748455170,
      description: "May 28th update to the [original DeepSeek R1](/deepseek/deepseek-r1) Performance on par with [OpenAI o1](/openai/o1), but open-sourced and with fully open reasoning tokens. It's 671B parameters in size, with 37B active...",
      context_length: 163840,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: "deepseek-r1"
      },
      pricing: {
        prompt: "0.0000005",
        completion: "0.00000215",
        input_cache_read: "0.00000035"
      },
      top_provider: {
        context_length: 163840,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-r1-0528/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1192,
            win_rate: 53.4,
            rank: 46
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1191,
            win_rate: 52.6,
            rank: 55
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1222,
            win_rate: 60.7,
            rank: 35
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1167,
            win_rate: 49.5,
            rank: 57
          },
          {
            arena: "models",
            category: "svg",
            elo: 1096,
            win_rate: 48.7,
            rank: 48
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1161,
            win_rate: 55.1,
            rank: 55
          },
          {
            arena: "models",
            category: "website",
            elo: 1194,
            win_rate: 52.7,
            rank: 54
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 24,
          agentic_index: 20.8
        }
      }
    },
    {
      id: "anthropic/claude-opus-4",
      canonical_slug: "anthropic/claude-4-opus-20250522",
      hugging_face_id: "",
      name: "Anthropic: Claude Opus 4",
      created: 1747931245,
      description: "Claude Opus 4 is benchmarked as the world\u2019s best coding model, at time of release, bringing sustained performance on complex, long-running tasks and agent workflows. It sets new benchmarks in...",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000015",
        completion: "0.000075",
        web_search: "0.01",
        input_cache_read: "0.0000015",
        input_cache_write: "0.00001875"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 32e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4-opus-20250522/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1220,
            win_rate: 57.7,
            rank: 36
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1213,
            win_rate: 55.6,
            rank: 47
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1189,
            win_rate: 57.9,
            rank: 51
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1240,
            win_rate: 59.9,
            rank: 34
          },
          {
            arena: "models",
            category: "svg",
            elo: 1184,
            win_rate: 57.7,
            rank: 34
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1209,
            win_rate: 59.2,
            rank: 44
          },
          {
            arena: "models",
            category: "website",
            elo: 1210,
            win_rate: 54.6,
            rank: 49
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 34,
          agentic_index: null
        }
      }
    },
    {
      id: "anthropic/claude-sonnet-4",
      canonical_slug: "anthropic/claude-4-sonnet-20250522",
      hugging_face_id: "",
      name: "Anthropic: Claude Sonnet 4",
      created: 1747930371,
      description: "Claude Sonnet 4 significantly enhances the capabilities of its predecessor, Sonnet 3.7, excelling in both coding and reasoning tasks with improved precision and controllability. Achieving state-of-the-art performance on SWE-bench (72.7%),...",
      context_length: 1e6,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000003",
        completion: "0.000015",
        web_search: "0.01",
        input_cache_read: "0.0000003",
        input_cache_write: "0.00000375"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 64e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-4-sonnet-20250522/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1220,
            win_rate: 57.8,
            rank: 37
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1193,
            win_rate: 53.4,
            rank: 54
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1196,
            win_rate: 55.8,
            rank: 48
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1208,
            win_rate: 54.9,
            rank: 43
          },
          {
            arena: "models",
            category: "svg",
            elo: 1135,
            win_rate: 51.1,
            rank: 43
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1186,
            win_rate: 58,
            rank: 51
          },
          {
            arena: "models",
            category: "website",
            elo: 1190,
            win_rate: 52.4,
            rank: 56
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 34.1,
          agentic_index: 43
        }
      }
    },
    {
      id: "google/gemma-3n-e4b-it",
      canonical_slug: "google/gemma-3n-e4b-it",
      hugging_face_id: "google/gemma-3n-E4B-it",
      name: "Google: Gemma 3n 4B",
      created: 1747776824,
      description: "Gemma 3n E4B-it is optimized for efficient execution on mobile and low-resource devices, such as phones, laptops, and tablets. It supports multimodal inputs\u2014including text, visual data, and audio\u2014enabling diverse tasks...",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000006",
        completion: "0.00000012"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemma-3n-e4b-it/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 4.2,
          agentic_index: 1.7
        }
      }
    },
    {
      id: "mistralai/mistral-medium-3",
      canonical_slug: "mistralai/mistral-medium-3",
      hugging_face_id: "",
      name: "Mistral: Mistral Medium 3",
      created: 1746627341,
      description: "Mistral Medium 3 is a high-performance enterprise-grade language model designed to deliver frontier-level capabilities at significantly reduced operational cost. It balances state-of-the-art reasoning and multimodal performance with 8\xD7 lower cost...",
      context_length: 131072,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000004",
        completion: "0.000002",
        input_cache_read: "0.00000004"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-medium-3/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1164,
            win_rate: 54.6,
            rank: 54
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1121,
            win_rate: 48.1,
            rank: 74
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1076,
            win_rate: 45.7,
            rank: 78
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1087,
            win_rate: 45.3,
            rank: 79
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1083,
            win_rate: 50,
            rank: 73
          },
          {
            arena: "models",
            category: "website",
            elo: 1124,
            win_rate: 47.7,
            rank: 78
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 13.6,
          agentic_index: 13.7
        }
      }
    },
    {
      id: "google/gemini-2.5-pro-preview-05-06",
      canonical_slug: "google/gemini-2.5-pro-preview-03-25",
      hugging_face_id: "",
      name: "Google: Gemini 2.5 Pro Preview 05-06",
      created: 1746578513,
      description: "Gemini 2.5 Pro is Google\u2019s state-of-the-art AI model designed for advanced reasoning, coding, mathematics, and scientific tasks. It employs \u201Cthinking\u201D capabilities, enabling it to reason through responses with enhanced accuracy...",
      context_length: 1048576,
      architecture: {
        modality: "text+image+file+audio+video->text",
        input_modalities: ["text", "image", "file", "audio", "video"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000125",
        completion: "0.00001",
        image: "0.00000125",
        audio: "0.00000125",
        web_search: "0.014",
        internal_reasoning: "0.00001",
        input_cache_read: "0.000000125",
        input_cache_write: "0.000000375"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 65535,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemini-2.5-pro-preview-03-25/endpoints"
      }
    },
    {
      id: "arcee-ai/virtuoso-large",
      canonical_slug: "arcee-ai/virtuoso-large",
      hugging_face_id: "",
      name: "Arcee AI: Virtuoso Large",
      created: 1746478885,
      description: "Virtuoso\u2011Large is Arcee's top\u2011tier general\u2011purpose LLM at 72 B parameters, tuned to tackle cross\u2011domain reasoning, creative writing and enterprise QA. Unlike many 70 B peers, it retains the 128 k...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000075",
        completion: "0.0000012"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 64e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/arcee-ai/virtuoso-large/endpoints"
      }
    },
    {
      id: "arcee-ai/coder-large",
      canonical_slug: "arcee-ai/coder-large",
      hugging_face_id: "",
      name: "Arcee AI: Coder Large",
      created: 1746478663,
      description: "Coder\u2011Large is a 32 B\u2011parameter offspring of Qwen 2.5\u2011Instruct that has been further trained on permissively\u2011licensed GitHub, CodeSearchNet and synthetic bug\u2011fix corpora. It supports a 32k context window, enabling multi\u2011file...",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000005",
        completion: "0.0000008"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/arcee-ai/coder-large/endpoints"
      }
    },
    {
      id: "meta-llama/llama-guard-4-12b",
      canonical_slug: "meta-llama/llama-guard-4-12b",
      hugging_face_id: "meta-llama/Llama-Guard-4-12B",
      name: "Meta: Llama Guard 4 12B",
      created: 1745975193,
      description: "Llama Guard 4 is a Llama 4 Scout-derived multimodal pretrained model, fine-tuned for content safety classification. Similar to previous versions, it can be used to classify content in both LLM...",
      context_length: 163840,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["image", "text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000018",
        completion: "0.00000018"
      },
      top_provider: {
        context_length: 163840,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-guard-4-12b/endpoints"
      }
    },
    {
      id: "qwen/qwen3-30b-a3b",
      canonical_slug: "qwen/qwen3-30b-a3b-04-28",
      hugging_face_id: "Qwen/Qwen3-30B-A3B",
      name: "Qwen: Qwen3 30B A3B",
      created: 1745878604,
      description: "Qwen3, the latest generation in the Qwen large language model series, features both dense and mixture-of-experts (MoE) architectures to excel in reasoning, multilingual support, and advanced agent tasks. Its unique...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: "qwen3"
      },
      pricing: {
        prompt: "0.00000012",
        completion: "0.0000005"
      },
      top_provider: {
        context_length: 40960,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-30b-a3b-04-28/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "codecategories",
            elo: 994,
            win_rate: 37.5,
            rank: 94
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1011,
            win_rate: 39,
            rank: 85
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 967,
            win_rate: 33.8,
            rank: 96
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1002,
            win_rate: 42.4,
            rank: 85
          },
          {
            arena: "models",
            category: "website",
            elo: 999,
            win_rate: 37.7,
            rank: 97
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 11,
          agentic_index: 12.1
        }
      }
    },
    {
      id: "qwen/qwen3-8b",
      canonical_slug: "qwen/qwen3-8b-04-28",
      hugging_face_id: "Qwen/Qwen3-8B",
      name: "Qwen: Qwen3 8B",
      created: 1745876632,
      description: 'Qwen3-8B is a dense 8.2B parameter causal language model from the Qwen3 series, designed for both reasoning-heavy tasks and efficient dialogue. It supports seamless switching between "thinking" mode for math,...',
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: "qwen3"
      },
      pricing: {
        prompt: "0.00000005",
        completion: "0.0000004",
        input_cache_read: "0.00000005"
      },
      top_provider: {
        context_length: 40960,
        max_completion_tokens: 8192,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.6,
        top_p: 0.95,
        top_k: 20,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-8b-04-28/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 9,
          agentic_index: 12.6
        }
      }
    },
    {
      id: "qwen/qwen3-14b",
      canonical_slug: "qwen/qwen3-14b-04-28",
      hugging_face_id: "Qwen/Qwen3-14B",
      name: "Qwen: Qwen3 14B",
      created: 1745876478,
      description: 'Qwen3-14B is a dense 14.8B parameter causal language model from the Qwen3 series, designed for both complex reasoning and efficient dialogue. It supports seamless switching between a "thinking" mode for...',
      context_length: 131702,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: "qwen3"
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.00000024"
      },
      top_provider: {
        context_length: 40960,
        max_completion_tokens: 40960,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-14b-04-28/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 13.1,
          agentic_index: 14.4
        }
      }
    },
    {
      id: "qwen/qwen3-32b",
      canonical_slug: "qwen/qwen3-32b-04-28",
      hugging_face_id: "Qwen/Qwen3-32B",
      name: "Qwen: Qwen3 32B",
      created: 1745875945,
      description: 'Qwen3-32B is a dense 32.8B parameter causal language model from the Qwen3 series, optimized for both complex reasoning and efficient dialogue. It supports seamless switching between a "thinking" mode for...',
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: "qwen3"
      },
      pricing: {
        prompt: "0.00000008",
        completion: "0.00000028"
      },
      top_provider: {
        context_length: 40960,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-32b-04-28/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 13.8,
          agentic_index: 13.5
        }
      }
    },
    {
      id: "qwen/qwen3-235b-a22b",
      canonical_slug: "qwen/qwen3-235b-a22b-04-28",
      hugging_face_id: "Qwen/Qwen3-235B-A22B",
      name: "Qwen: Qwen3 235B A22B",
      created: 1745875757,
      description: 'Qwen3-235B-A22B is a 235B parameter mixture-of-experts (MoE) model developed by Qwen, activating 22B parameters per forward pass. It supports seamless switching between a "thinking" mode for complex reasoning, math, and...',
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen3",
        instruct_type: "qwen3"
      },
      pricing: {
        prompt: "0.000000455",
        completion: "0.00000182"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 8192,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "response_format",
        "seed",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen3-235b-a22b-04-28/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 940,
            win_rate: 24.5,
            rank: 89
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1054,
            win_rate: 38.3,
            rank: 87
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1045,
            win_rate: 41,
            rank: 82
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 998,
            win_rate: 33.1,
            rank: 94
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1018,
            win_rate: 39.1,
            rank: 84
          },
          {
            arena: "models",
            category: "website",
            elo: 1075,
            win_rate: 40.5,
            rank: 86
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 17.4,
          agentic_index: 18.4
        }
      }
    },
    {
      id: "openai/o4-mini-high",
      canonical_slug: "openai/o4-mini-high-2025-04-16",
      hugging_face_id: "",
      name: "OpenAI: o4 Mini High",
      created: 1744824212,
      description: "OpenAI o4-mini-high is the same model as [o4-mini](/openai/o4-mini) with reasoning_effort set to high. OpenAI o4-mini is a compact reasoning model in the o-series, optimized for fast, cost-efficient performance while retaining...",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000011",
        completion: "0.0000044",
        web_search: "0.01",
        input_cache_read: "0.000000275"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o4-mini-high-2025-04-16/endpoints"
      }
    },
    {
      id: "openai/o3",
      canonical_slug: "openai/o3-2025-04-16",
      hugging_face_id: "",
      name: "OpenAI: o3",
      created: 1744823457,
      description: "o3 is a well-rounded and powerful model across domains. It sets a new standard for math, science, coding, and visual reasoning tasks. It also excels at technical writing and instruction-following....",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000008",
        web_search: "0.01",
        input_cache_read: "0.0000005"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o3-2025-04-16/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "codecategories",
            elo: 1072,
            win_rate: 51.9,
            rank: 82
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1200,
            win_rate: 48.1,
            rank: 47
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1103,
            win_rate: 56.9,
            rank: 76
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1074,
            win_rate: 53.3,
            rank: 76
          },
          {
            arena: "models",
            category: "website",
            elo: 1081,
            win_rate: 53.8,
            rank: 85
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 38.4,
          agentic_index: 36.1
        }
      }
    },
    {
      id: "openai/o4-mini",
      canonical_slug: "openai/o4-mini-2025-04-16",
      hugging_face_id: "",
      name: "OpenAI: o4 Mini",
      created: 1744820942,
      description: "OpenAI o4-mini is a compact reasoning model in the o-series, optimized for fast, cost-efficient performance while retaining strong multimodal and agentic capabilities. It supports tool use and demonstrates competitive reasoning...",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000011",
        completion: "0.0000044",
        web_search: "0.01",
        input_cache_read: "0.000000275"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o4-mini-2025-04-16/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 934,
            win_rate: 34,
            rank: 90
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1028,
            win_rate: 46.4,
            rank: 90
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1035,
            win_rate: 50,
            rank: 84
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1072,
            win_rate: 50,
            rank: 80
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1041,
            win_rate: 46.9,
            rank: 80
          },
          {
            arena: "models",
            category: "website",
            elo: 1030,
            win_rate: 47.1,
            rank: 93
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 25.6,
          agentic_index: 36.1
        }
      }
    },
    {
      id: "openai/gpt-4.1",
      canonical_slug: "openai/gpt-4.1-2025-04-14",
      hugging_face_id: "",
      name: "OpenAI: GPT-4.1",
      created: 1744651385,
      description: "GPT-4.1 is a flagship large language model optimized for advanced instruction following, real-world software engineering, and long-context reasoning. It supports a 1 million token context window and outperforms GPT-4o and...",
      context_length: 1047576,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000008",
        web_search: "0.01",
        input_cache_read: "0.0000005"
      },
      top_provider: {
        context_length: 1047576,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_completion_tokens",
        "max_tokens",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4.1-2025-04-14/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 930,
            win_rate: 30.9,
            rank: 91
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1078,
            win_rate: 50.9,
            rank: 81
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1147,
            win_rate: 59.5,
            rank: 62
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1149,
            win_rate: 59.1,
            rank: 63
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1057,
            win_rate: 49.7,
            rank: 77
          },
          {
            arena: "models",
            category: "website",
            elo: 1083,
            win_rate: 52.3,
            rank: 84
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 21.8,
          agentic_index: 27.3
        }
      }
    },
    {
      id: "openai/gpt-4.1-mini",
      canonical_slug: "openai/gpt-4.1-mini-2025-04-14",
      hugging_face_id: "",
      name: "OpenAI: GPT-4.1 Mini",
      created: 1744651381,
      description: "GPT-4.1 Mini is a mid-sized model delivering performance competitive with GPT-4o at substantially lower latency and cost. It retains a 1 million token context window and scores 45.1% on hard...",
      context_length: 1047576,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000004",
        completion: "0.0000016",
        web_search: "0.01",
        input_cache_read: "0.0000001"
      },
      top_provider: {
        context_length: 1047576,
        max_completion_tokens: 32768,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_completion_tokens",
        "max_tokens",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4.1-mini-2025-04-14/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 917,
            win_rate: 30.5,
            rank: 92
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1046,
            win_rate: 47.5,
            rank: 89
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1077,
            win_rate: 49.2,
            rank: 76
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1140,
            win_rate: 58.5,
            rank: 68
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1018,
            win_rate: 45.4,
            rank: 83
          },
          {
            arena: "models",
            category: "website",
            elo: 1042,
            win_rate: 47.8,
            rank: 91
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 18.5,
          agentic_index: 25.2
        }
      }
    },
    {
      id: "openai/gpt-4.1-nano",
      canonical_slug: "openai/gpt-4.1-nano-2025-04-14",
      hugging_face_id: "",
      name: "OpenAI: GPT-4.1 Nano",
      created: 1744651369,
      description: "For tasks that demand low latency, GPT\u20114.1 nano is the fastest and cheapest model in the GPT-4.1 series. It delivers exceptional performance at a small size with its 1 million...",
      context_length: 1047576,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["image", "text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000004",
        web_search: "0.01",
        input_cache_read: "0.000000025"
      },
      top_provider: {
        context_length: 1047576,
        max_completion_tokens: 32768,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_completion_tokens",
        "max_tokens",
        "response_format",
        "seed",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4.1-nano-2025-04-14/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1005,
            win_rate: 46,
            rank: 85
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1015,
            win_rate: 47.3,
            rank: 92
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 935,
            win_rate: 41.1,
            rank: 94
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1040,
            win_rate: 49.6,
            rank: 87
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 973,
            win_rate: 43.9,
            rank: 88
          },
          {
            arena: "models",
            category: "website",
            elo: 1018,
            win_rate: 48.1,
            rank: 95
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 11.2,
          agentic_index: 5.8
        }
      }
    },
    {
      id: "meta-llama/llama-4-maverick",
      canonical_slug: "meta-llama/llama-4-maverick-17b-128e-instruct",
      hugging_face_id: "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
      name: "Meta: Llama 4 Maverick",
      created: 1743881822,
      description: "Llama 4 Maverick 17B Instruct (128E) is a high-capacity multimodal language model from Meta, built on a mixture-of-experts (MoE) architecture with 128 experts and 17 billion active parameters per forward...",
      context_length: 1048576,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Llama4",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000006"
      },
      top_provider: {
        context_length: 1048576,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-4-maverick-17b-128e-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 980,
            win_rate: 40.2,
            rank: 87
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 932,
            win_rate: 35.8,
            rank: 98
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 926,
            win_rate: 38.4,
            rank: 96
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 907,
            win_rate: 33.7,
            rank: 100
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 956,
            win_rate: 40.8,
            rank: 90
          },
          {
            arena: "models",
            category: "website",
            elo: 916,
            win_rate: 34.4,
            rank: 102
          }
        ],
        artificial_analysis: {
          intelligence_index: 14.3,
          coding_index: 15.6,
          agentic_index: 7.2
        }
      }
    },
    {
      id: "meta-llama/llama-4-scout",
      canonical_slug: "meta-llama/llama-4-scout-17b-16e-instruct",
      hugging_face_id: "meta-llama/Llama-4-Scout-17B-16E-Instruct",
      name: "Meta: Llama 4 Scout",
      created: 1743881519,
      description: "Llama 4 Scout 17B Instruct (16E) is a mixture-of-experts (MoE) language model developed by Meta, activating 17 billion parameters out of a total of 109B. It supports native multimodal input...",
      context_length: 1e7,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Llama4",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000003"
      },
      top_provider: {
        context_length: 327680,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-4-scout-17b-16e-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "codecategories",
            elo: 842,
            win_rate: 26.6,
            rank: 102
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 940,
            win_rate: 39.3,
            rank: 92
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 842,
            win_rate: 27.4,
            rank: 102
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 825,
            win_rate: 25.5,
            rank: 96
          },
          {
            arena: "models",
            category: "website",
            elo: 795,
            win_rate: 22.7,
            rank: 109
          }
        ],
        artificial_analysis: {
          intelligence_index: 10,
          coding_index: 6.7,
          agentic_index: 5.2
        }
      }
    },
    {
      id: "deepseek/deepseek-chat-v3-0324",
      canonical_slug: "deepseek/deepseek-chat-v3-0324",
      hugging_face_id: "deepseek-ai/DeepSeek-V3-0324",
      name: "DeepSeek: DeepSeek V3 0324",
      created: 1742824755,
      description: "DeepSeek V3, a 685B-parameter, mixture-of-experts model, is the latest iteration of the flagship chat model family from the DeepSeek team. It succeeds the [DeepSeek V3](/deepseek/deepseek-chat-v3) model and performs really well...",
      context_length: 163840,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002",
        completion: "0.00000077",
        input_cache_read: "0.000000135"
      },
      top_provider: {
        context_length: 163840,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-07-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-chat-v3-0324/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 22,
          agentic_index: 16.3
        }
      }
    },
    {
      id: "openai/o1-pro",
      canonical_slug: "openai/o1-pro",
      hugging_face_id: "",
      name: "OpenAI: o1-pro",
      created: 1742423211,
      description: "The o1 series of models are trained with reinforcement learning to think before they answer and perform complex reasoning. The o1-pro model uses more compute to think harder and provide...",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00015",
        completion: "0.0006",
        web_search: "0.01"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o1-pro/endpoints"
      }
    },
    {
      id: "mistralai/mistral-small-3.1-24b-instruct",
      canonical_slug: "mistralai/mistral-small-3.1-24b-instruct-2503",
      hugging_face_id: "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
      name: "Mistral: Mistral Small 3.1 24B",
      created: 1742238937,
      description: "Mistral Small 3.1 24B Instruct is an upgraded variant of Mistral Small 3 (2501), featuring 24 billion parameters with advanced multimodal capabilities. It provides state-of-the-art performance in text-based reasoning and...",
      context_length: 128e3,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000351",
        completion: "0.000000555"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-small-3.1-24b-instruct-2503/endpoints"
      }
    },
    {
      id: "google/gemma-3-4b-it",
      canonical_slug: "google/gemma-3-4b-it",
      hugging_face_id: "google/gemma-3-4b-it",
      name: "Google: Gemma 3 4B",
      created: 1741905510,
      description: "Gemma 3 introduces multimodality, supporting vision-language input and text outputs. It handles context windows up to 128k tokens, understands over 140 languages, and offers improved math, reasoning, and chat capabilities,...",
      context_length: 131072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: "gemma"
      },
      pricing: {
        prompt: "0.00000005",
        completion: "0.0000001"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemma-3-4b-it/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 2.9,
          agentic_index: 1.7
        }
      }
    },
    {
      id: "google/gemma-3-12b-it",
      canonical_slug: "google/gemma-3-12b-it",
      hugging_face_id: "google/gemma-3-12b-it",
      name: "Google: Gemma 3 12B",
      created: 1741902625,
      description: "Gemma 3 introduces multimodality, supporting vision-language input and text outputs. It handles context windows up to 128k tokens, understands over 140 languages, and offers improved math, reasoning, and chat capabilities,...",
      context_length: 131072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: "gemma"
      },
      pricing: {
        prompt: "0.00000005",
        completion: "0.00000015"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemma-3-12b-it/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 6.3,
          agentic_index: 3.6
        }
      }
    },
    {
      id: "cohere/command-a",
      canonical_slug: "cohere/command-a-03-2025",
      hugging_face_id: "CohereForAI/c4ai-command-a-03-2025",
      name: "Cohere: Command A",
      created: 1741894342,
      description: "Command A is an open-weights 111B parameter model with a 256k context window focused on delivering great performance across agentic, multilingual, and coding use cases. Compared to other leading proprietary...",
      context_length: 256e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.00001"
      },
      top_provider: {
        context_length: 256e3,
        max_completion_tokens: 8192,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/cohere/command-a-03-2025/endpoints"
      }
    },
    {
      id: "openai/gpt-4o-mini-search-preview",
      canonical_slug: "openai/gpt-4o-mini-search-preview-2025-03-11",
      hugging_face_id: "",
      name: "OpenAI: GPT-4o-mini Search Preview",
      created: 1741818122,
      description: "GPT-4o mini Search Preview is a specialized model for web search in Chat Completions. It is trained to understand and execute web search queries.",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000006",
        web_search: "0.0275"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "response_format",
        "structured_outputs",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4o-mini-search-preview-2025-03-11/endpoints"
      }
    },
    {
      id: "openai/gpt-4o-search-preview",
      canonical_slug: "openai/gpt-4o-search-preview-2025-03-11",
      hugging_face_id: "",
      name: "OpenAI: GPT-4o Search Preview",
      created: 1741817949,
      description: "GPT-4o Search Previewis a specialized model for web search in Chat Completions. It is trained to understand and execute web search queries.",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.00001",
        web_search: "0.035"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "response_format",
        "structured_outputs",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4o-search-preview-2025-03-11/endpoints"
      }
    },
    {
      id: "rekaai/reka-flash-3",
      canonical_slug: "rekaai/reka-flash-3",
      hugging_face_id: "RekaAI/reka-flash-3",
      name: "Reka Flash 3",
      created: 1741812813,
      description: "Reka Flash 3 is a general-purpose, instruction-tuned large language model with 21 billion parameters, developed by Reka. It excels at general chat, coding tasks, instruction-following, and function calling. Featuring a...",
      context_length: 65536,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.0000002"
      },
      top_provider: {
        context_length: 65536,
        max_completion_tokens: 65536,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2025-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/rekaai/reka-flash-3/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 8.9,
          agentic_index: 0
        }
      }
    },
    {
      id: "google/gemma-3-27b-it",
      canonical_slug: "google/gemma-3-27b-it",
      hugging_face_id: "google/gemma-3-27b-it",
      name: "Google: Gemma 3 27B",
      created: 1741756359,
      description: "Gemma 3 introduces multimodality, supporting vision-language input and text outputs. It handles context windows up to 128k tokens, understands over 140 languages, and offers improved math, reasoning, and chat capabilities,...",
      context_length: 131072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: "gemma"
      },
      pricing: {
        prompt: "0.00000008",
        completion: "0.00000016"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemma-3-27b-it/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 9.6,
          agentic_index: 3.5
        }
      }
    },
    {
      id: "thedrummer/skyfall-36b-v2",
      canonical_slug: "thedrummer/skyfall-36b-v2",
      hugging_face_id: "TheDrummer/Skyfall-36B-v2",
      name: "TheDrummer: Skyfall 36B V2",
      created: 1741636566,
      description: "Skyfall 36B v2 is an enhanced iteration of Mistral Small 2501, specifically fine-tuned for improved creativity, nuanced writing, role-playing, and coherent storytelling.",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000055",
        completion: "0.0000008",
        input_cache_read: "0.00000025"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/thedrummer/skyfall-36b-v2/endpoints"
      }
    },
    {
      id: "perplexity/sonar-reasoning-pro",
      canonical_slug: "perplexity/sonar-reasoning-pro",
      hugging_face_id: "",
      name: "Perplexity: Sonar Reasoning Pro",
      created: 1741313308,
      description: "Note: Sonar Pro pricing includes Perplexity search pricing. See [details here](https://docs.perplexity.ai/guides/pricing#detailed-pricing-breakdown-for-sonar-reasoning-pro-and-sonar-pro) Sonar Reasoning Pro is a premier reasoning model powered by DeepSeek R1 with Chain of Thought (CoT). Designed for...",
      context_length: 128e3,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: "deepseek-r1"
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000008",
        web_search: "0.005"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "temperature",
        "top_k",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/perplexity/sonar-reasoning-pro/endpoints"
      }
    },
    {
      id: "perplexity/sonar-pro",
      canonical_slug: "perplexity/sonar-pro",
      hugging_face_id: "",
      name: "Perplexity: Sonar Pro",
      created: 1741312423,
      description: "Note: Sonar Pro pricing includes Perplexity search pricing. See [details here](https://docs.perplexity.ai/guides/pricing#detailed-pricing-breakdown-for-sonar-reasoning-pro-and-sonar-pro) For enterprises seeking more advanced capabilities, the Sonar Pro API can handle in-depth, multi-step queries with added extensibility, like...",
      context_length: 2e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000003",
        completion: "0.000015",
        web_search: "0.005"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 8e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "temperature",
        "top_k",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/perplexity/sonar-pro/endpoints"
      }
    },
    {
      id: "perplexity/sonar-deep-research",
      canonical_slug: "perplexity/sonar-deep-research",
      hugging_face_id: "",
      name: "Perplexity: Sonar Deep Research",
      created: 1741311246,
      description: "Sonar Deep Research is a research-focused model designed for multi-step retrieval, synthesis, and reasoning across complex topics. It autonomously searches, reads, and evaluates sources, refining its approach as it gathers...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: "deepseek-r1"
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000008",
        web_search: "0.005",
        internal_reasoning: "0.000003"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "temperature",
        "top_k",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/perplexity/sonar-deep-research/endpoints"
      }
    },
    {
      id: "mistralai/mistral-saba",
      canonical_slug: "mistralai/mistral-saba-2502",
      hugging_face_id: "",
      name: "Mistral: Saba",
      created: 1739803239,
      description: "Mistral Saba is a 24B-parameter language model specifically designed for the Middle East and South Asia, delivering accurate and contextually relevant responses while maintaining efficient performance. Trained on curated regional...",
      context_length: 32768,
      architecture: {
        modality: "text+file->text",
        input_modalities: ["text", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002",
        completion: "0.0000006",
        input_cache_read: "0.00000002"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2024-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-saba-2502/endpoints"
      }
    },
    {
      id: "openai/o3-mini-high",
      canonical_slug: "openai/o3-mini-high-2025-01-31",
      hugging_face_id: "",
      name: "OpenAI: o3 Mini High",
      created: 1739372611,
      description: "OpenAI o3-mini-high is the same model as [o3-mini](/openai/o3-mini) with reasoning_effort set to high. o3-mini is a cost-efficient language model optimized for STEM reasoning tasks, particularly excelling in science, mathematics, and...",
      context_length: 2e5,
      architecture: {
        modality: "text+file->text",
        input_modalities: ["text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000011",
        completion: "0.0000044",
        web_search: "0.01",
        input_cache_read: "0.00000055"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o3-mini-high-2025-01-31/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 17.3,
          agentic_index: 20.9
        }
      }
    },
    {
      id: "aion-labs/aion-1.0",
      canonical_slug: "aion-labs/aion-1.0",
      hugging_face_id: "",
      name: "AionLabs: Aion-1.0",
      created: 1738697557,
      description: "Aion-1.0 is a multi-model system designed for high performance across various tasks, including reasoning and coding. It is built on DeepSeek-R1, augmented with additional models and techniques such as Tree...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000004",
        completion: "0.000008"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "temperature",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/aion-labs/aion-1.0/endpoints"
      }
    },
    {
      id: "aion-labs/aion-1.0-mini",
      canonical_slug: "aion-labs/aion-1.0-mini",
      hugging_face_id: "FuseAI/FuseO1-DeepSeekR1-QwQ-SkyT1-32B-Preview",
      name: "AionLabs: Aion-1.0-Mini",
      created: 1738697107,
      description: "Aion-1.0-Mini 32B parameter model is a distilled version of the DeepSeek-R1 model, designed for strong performance in reasoning domains such as mathematics, coding, and logic. It is a modified variant...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000007",
        completion: "0.0000014"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "temperature",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/aion-labs/aion-1.0-mini/endpoints"
      }
    },
    {
      id: "aion-labs/aion-rp-llama-3.1-8b",
      canonical_slug: "aion-labs/aion-rp-llama-3.1-8b",
      hugging_face_id: "",
      name: "AionLabs: Aion-RP 1.0 (8B)",
      created: 1738696718,
      description: "Aion-RP-Llama-3.1-8B ranks the highest in the character evaluation portion of the RPBench-Auto benchmark, a roleplaying-specific variant of Arena-Hard-Auto, where LLMs evaluate each other\u2019s responses. It is a fine-tuned base model...",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000008",
        completion: "0.0000016"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: ["max_tokens", "temperature", "top_p"],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/aion-labs/aion-rp-llama-3.1-8b/endpoints"
      }
    },
    {
      id: "qwen/qwen2.5-vl-72b-instruct",
      canonical_slug: "qwen/qwen2.5-vl-72b-instruct",
      hugging_face_id: "Qwen/Qwen2.5-VL-72B-Instruct",
      name: "Qwen: Qwen2.5 VL 72B Instruct",
      created: 1738410311,
      description: "Qwen2.5-VL is proficient in recognizing common objects such as flowers, birds, fish, and insects. It is also highly capable of analyzing texts, charts, icons, graphics, and layouts within images.",
      context_length: 131072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000008",
        completion: "0.000001",
        input_cache_read: "0.0000004"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 128e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen2.5-vl-72b-instruct/endpoints"
      }
    },
    {
      id: "qwen/qwen-plus",
      canonical_slug: "qwen/qwen-plus-2025-01-25",
      hugging_face_id: "",
      name: "Qwen: Qwen-Plus",
      created: 1738409840,
      description: "Qwen-Plus, based on the Qwen2.5 foundation model, is a 131K context model with a balanced performance, speed, and cost combination.",
      context_length: 1e6,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000026",
        completion: "0.00000078",
        input_cache_read: "0.000000052",
        input_cache_write: "0.000000325"
      },
      top_provider: {
        context_length: 1e6,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2025-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen-plus-2025-01-25/endpoints"
      }
    },
    {
      id: "openai/o3-mini",
      canonical_slug: "openai/o3-mini-2025-01-31",
      hugging_face_id: "",
      name: "OpenAI: o3 Mini",
      created: 1738351721,
      description: "OpenAI o3-mini is a cost-efficient language model optimized for STEM reasoning tasks, particularly excelling in science, mathematics, and coding. This model supports the `reasoning_effort` parameter, which can be set to...",
      context_length: 2e5,
      architecture: {
        modality: "text+file->text",
        input_modalities: ["text", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000011",
        completion: "0.0000044",
        web_search: "0.01",
        input_cache_read: "0.00000055"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o3-mini-2025-01-31/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 17.9,
          agentic_index: null
        }
      }
    },
    {
      id: "mistralai/mistral-small-24b-instruct-2501",
      canonical_slug: "mistralai/mistral-small-24b-instruct-2501",
      hugging_face_id: "mistralai/Mistral-Small-24B-Instruct-2501",
      name: "Mistral: Mistral Small 3",
      created: 1738255409,
      description: "Mistral Small 3 is a 24B-parameter language model optimized for low-latency performance across common AI tasks. Released under the Apache 2.0 license, it features both pre-trained and instruction-tuned versions designed...",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000005",
        completion: "0.00000008"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-small-24b-instruct-2501/endpoints"
      }
    },
    {
      id: "perplexity/sonar",
      canonical_slug: "perplexity/sonar",
      hugging_face_id: "",
      name: "Perplexity: Sonar",
      created: 1738013808,
      description: "Sonar is lightweight, affordable, fast, and simple to use \u2014 now featuring citations and the ability to customize sources. It is designed for companies seeking to integrate lightweight question-and-answer features...",
      context_length: 127072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000001",
        completion: "0.000001",
        web_search: "0.005"
      },
      top_provider: {
        context_length: 127072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "temperature",
        "top_k",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/perplexity/sonar/endpoints"
      }
    },
    {
      id: "deepseek/deepseek-r1-distill-llama-70b",
      canonical_slug: "deepseek/deepseek-r1-distill-llama-70b",
      hugging_face_id: "deepseek-ai/DeepSeek-R1-Distill-Llama-70B",
      name: "DeepSeek: R1 Distill Llama 70B",
      created: 1737663169,
      description: "DeepSeek R1 Distill Llama 70B is a distilled large language model based on [Llama-3.3-70B-Instruct](/meta-llama/llama-3.3-70b-instruct), using outputs from [DeepSeek R1](/deepseek/deepseek-r1). The model combines advanced distillation techniques to achieve high performance across...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "deepseek-r1"
      },
      pricing: {
        prompt: "0.0000008",
        completion: "0.0000008"
      },
      top_provider: {
        context_length: 8192,
        max_completion_tokens: 8192,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-07-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-r1-distill-llama-70b/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 11.4,
          agentic_index: null
        }
      }
    },
    {
      id: "deepseek/deepseek-r1",
      canonical_slug: "deepseek/deepseek-r1",
      hugging_face_id: "deepseek-ai/DeepSeek-R1",
      name: "DeepSeek: R1",
      created: 1737381095,
      description: "DeepSeek R1 is here: Performance on par with [OpenAI o1](/openai/o1), but open-sourced and with fully open reasoning tokens. It's 671B parameters in size, with 37B active in an inference pass....",
      context_length: 163840,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: "deepseek-r1"
      },
      pricing: {
        prompt: "0.0000007",
        completion: "0.0000025"
      },
      top_provider: {
        context_length: 64e3,
        max_completion_tokens: 16e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-07-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-r1/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 15.9,
          agentic_index: 3.8
        }
      }
    },
    {
      id: "minimax/minimax-01",
      canonical_slug: "minimax/minimax-01",
      hugging_face_id: "MiniMaxAI/MiniMax-Text-01",
      name: "MiniMax: MiniMax-01",
      created: 1736915462,
      description: "MiniMax-01 is a combines MiniMax-Text-01 for text generation and MiniMax-VL-01 for image understanding. It has 456 billion parameters, with 45.9 billion parameters activated per inference, and can handle a context...",
      context_length: 1000192,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002",
        completion: "0.0000011"
      },
      top_provider: {
        context_length: 1000192,
        max_completion_tokens: 1000192,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: ["max_tokens", "temperature", "top_p"],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/minimax/minimax-01/endpoints"
      }
    },
    {
      id: "microsoft/phi-4",
      canonical_slug: "microsoft/phi-4",
      hugging_face_id: "microsoft/phi-4",
      name: "Microsoft: Phi 4",
      created: 1736489872,
      description: "[Microsoft Research](/microsoft) Phi-4 is designed to perform well in complex reasoning tasks and can operate efficiently in situations with limited memory or where quick responses are needed. At 14 billion...",
      context_length: 16384,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000065",
        completion: "0.00000014"
      },
      top_provider: {
        context_length: 16384,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/microsoft/phi-4/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 11.2,
          agentic_index: 0
        }
      }
    },
    {
      id: "sao10k/l3.1-70b-hanami-x1",
      canonical_slug: "sao10k/l3.1-70b-hanami-x1",
      hugging_face_id: "Sao10K/L3.1-70B-Hanami-x1",
      name: "Sao10K: Llama 3.1 70B Hanami x1",
      created: 1736302854,
      description: "This is [Sao10K](/sao10k)'s experiment over [Euryale v2.2](/sao10k/l3.1-euryale-70b).",
      context_length: 16e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000003",
        completion: "0.000003"
      },
      top_provider: {
        context_length: 16e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/sao10k/l3.1-70b-hanami-x1/endpoints"
      }
    },
    {
      id: "deepseek/deepseek-chat",
      canonical_slug: "deepseek/deepseek-chat-v3",
      hugging_face_id: "deepseek-ai/DeepSeek-V3",
      name: "DeepSeek: DeepSeek V3",
      created: 1735241320,
      description: "DeepSeek-V3 is the latest model from the DeepSeek team, building upon the instruction following and coding abilities of the previous versions. Pre-trained on nearly 15 trillion tokens, the reported evaluations...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "DeepSeek",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000002002",
        completion: "0.0000008001"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-07-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/deepseek/deepseek-chat-v3/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 1168,
            win_rate: 50.7,
            rank: 51
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 1160,
            win_rate: 48.5,
            rank: 64
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 1142,
            win_rate: 51.4,
            rank: 66
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 1123,
            win_rate: 43.9,
            rank: 72
          },
          {
            arena: "models",
            category: "svg",
            elo: 1033,
            win_rate: 38.8,
            rank: 64
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 1151,
            win_rate: 52.8,
            rank: 59
          },
          {
            arena: "models",
            category: "website",
            elo: 1165,
            win_rate: 48.5,
            rank: 63
          }
        ]
      }
    },
    {
      id: "sao10k/l3.3-euryale-70b",
      canonical_slug: "sao10k/l3.3-euryale-70b-v2.3",
      hugging_face_id: "Sao10K/L3.3-70B-Euryale-v2.3",
      name: "Sao10K: Llama 3.3 Euryale 70B",
      created: 1734535928,
      description: "Euryale L3.3 70B is a model focused on creative roleplay from [Sao10k](https://ko-fi.com/sao10k). It is the successor of [Euryale L3 70B v2.2](/models/sao10k/l3-euryale-70b).",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.00000065",
        completion: "0.00000075"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/sao10k/l3.3-euryale-70b-v2.3/endpoints"
      }
    },
    {
      id: "openai/o1",
      canonical_slug: "openai/o1-2024-12-17",
      hugging_face_id: "",
      name: "OpenAI: o1",
      created: 1734459999,
      description: "The latest and strongest model family from OpenAI, o1 is designed to spend more time thinking before responding. The o1 model series is trained with large-scale reinforcement learning to reason...",
      context_length: 2e5,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000015",
        completion: "0.00006",
        web_search: "0.01",
        input_cache_read: "0.0000075"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 1e5,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/o1-2024-12-17/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 34,
          agentic_index: null
        }
      }
    },
    {
      id: "cohere/command-r7b-12-2024",
      canonical_slug: "cohere/command-r7b-12-2024",
      hugging_face_id: "",
      name: "Cohere: Command R7B (12-2024)",
      created: 1734158152,
      description: "Command R7B (12-2024) is a small, fast update of the Command R+ model, delivered in December 2024. It excels at RAG, tool use, agents, and similar tasks requiring complex reasoning...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Cohere",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000000375",
        completion: "0.00000015"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 4e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/cohere/command-r7b-12-2024/endpoints"
      }
    },
    {
      id: "meta-llama/llama-3.3-70b-instruct:free",
      canonical_slug: "meta-llama/llama-3.3-70b-instruct",
      hugging_face_id: "meta-llama/Llama-3.3-70B-Instruct",
      name: "Meta: Llama 3.3 70B Instruct (free)",
      created: 1733506137,
      description: "The Meta Llama 3.3 multilingual large language model (LLM) is a pretrained and instruction tuned generative model in 70B (text in/text out). The Llama 3.3 instruction tuned text only model...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 65536,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-3.3-70b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 10.7,
          agentic_index: 9.1
        }
      }
    },
    {
      id: "meta-llama/llama-3.3-70b-instruct",
      canonical_slug: "meta-llama/llama-3.3-70b-instruct",
      hugging_face_id: "meta-llama/Llama-3.3-70B-Instruct",
      name: "Meta: Llama 3.3 70B Instruct",
      created: 1733506137,
      description: "The Meta Llama 3.3 multilingual large language model (LLM) is a pretrained and instruction tuned generative model in 70B (text in/text out). The Llama 3.3 instruction tuned text only model...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.0000001",
        completion: "0.00000032"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-3.3-70b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 10.7,
          agentic_index: 9.1
        }
      }
    },
    {
      id: "amazon/nova-lite-v1",
      canonical_slug: "amazon/nova-lite-v1",
      hugging_face_id: "",
      name: "Amazon: Nova Lite 1.0",
      created: 1733437363,
      description: "Amazon Nova Lite 1.0 is a very low-cost multimodal model from Amazon that focused on fast processing of image, video, and text inputs to generate text output. Amazon Nova Lite...",
      context_length: 3e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Nova",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000006",
        completion: "0.00000024"
      },
      top_provider: {
        context_length: 3e5,
        max_completion_tokens: 5120,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "stop",
        "temperature",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/amazon/nova-lite-v1/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 5.1,
          agentic_index: 5.8
        }
      }
    },
    {
      id: "amazon/nova-micro-v1",
      canonical_slug: "amazon/nova-micro-v1",
      hugging_face_id: "",
      name: "Amazon: Nova Micro 1.0",
      created: 1733437237,
      description: "Amazon Nova Micro 1.0 is a text-only model that delivers the lowest latency responses in the Amazon Nova family of models at a very low cost. With a context length...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Nova",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000000035",
        completion: "0.00000014"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 5120,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "stop",
        "temperature",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/amazon/nova-micro-v1/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 4.1,
          agentic_index: 4.7
        }
      }
    },
    {
      id: "amazon/nova-pro-v1",
      canonical_slug: "amazon/nova-pro-v1",
      hugging_face_id: "",
      name: "Amazon: Nova Pro 1.0",
      created: 1733436303,
      description: "Amazon Nova Pro 1.0 is a capable multimodal model from Amazon focused on providing a combination of accuracy, speed, and cost for a wide range of tasks. As of December...",
      context_length: 3e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Nova",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000008",
        completion: "0.0000032"
      },
      top_provider: {
        context_length: 3e5,
        max_completion_tokens: 5120,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "stop",
        "temperature",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/amazon/nova-pro-v1/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "website",
            elo: 841,
            win_rate: 21.4,
            rank: 108
          }
        ],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 11,
          agentic_index: 4.7
        }
      }
    },
    {
      id: "openai/gpt-4o-2024-11-20",
      canonical_slug: "openai/gpt-4o-2024-11-20",
      hugging_face_id: "",
      name: "OpenAI: GPT-4o (2024-11-20)",
      created: 1732127594,
      description: "The 2024-11-20 version of GPT-4o offers a leveled-up creative writing ability with more natural, engaging, and tailored writing to improve relevance & readability. It\u2019s also better at working with uploaded...",
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.00001",
        input_cache_read: "0.00000125"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4o-2024-11-20/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 16.7,
          agentic_index: 8.4
        }
      }
    },
    {
      id: "mistralai/mistral-large-2407",
      canonical_slug: "mistralai/mistral-large-2407",
      hugging_face_id: "",
      name: "Mistral Large 2407",
      created: 1731978415,
      description: "This is Mistral AI's flagship model, Mistral Large 2 (version mistral-large-2407). It's a proprietary weights-available model and excels at reasoning, code, JSON, chat, and more. Read the launch announcement [here](https://mistral.ai/news/mistral-large-2407/)....",
      context_length: 131072,
      architecture: {
        modality: "text+file->text",
        input_modalities: ["text", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000006",
        input_cache_read: "0.0000002"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2024-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-large-2407/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 13.8,
          agentic_index: 10.2
        }
      }
    },
    {
      id: "qwen/qwen-2.5-coder-32b-instruct",
      canonical_slug: "qwen/qwen-2.5-coder-32b-instruct",
      hugging_face_id: "Qwen/Qwen2.5-Coder-32B-Instruct",
      name: "Qwen2.5 Coder 32B Instruct",
      created: 1731368400,
      description: "Qwen2.5-Coder is the latest series of Code-Specific Qwen large language models (formerly known as CodeQwen). Qwen2.5-Coder brings the following improvements upon CodeQwen1.5: - Significantly improvements in **code generation**, **code reasoning**...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: "chatml"
      },
      pricing: {
        prompt: "0.00000066",
        completion: "0.000001"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen-2.5-coder-32b-instruct/endpoints"
      }
    },
    {
      id: "thedrummer/unslopnemo-12b",
      canonical_slug: "thedrummer/unslopnemo-12b",
      hugging_face_id: "TheDrummer/UnslopNemo-12B-v4.1",
      name: "TheDrummer: UnslopNemo 12B",
      created: 1731103448,
      description: "UnslopNemo v4.1 is the latest addition from the creator of Rocinante, designed for adventure writing and role-play scenarios.",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: "mistral"
      },
      pricing: {
        prompt: "0.0000004",
        completion: "0.0000004"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-04-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/thedrummer/unslopnemo-12b/endpoints"
      }
    },
    {
      id: "anthropic/claude-3.5-haiku",
      canonical_slug: "anthropic/claude-3-5-haiku",
      hugging_face_id: null,
      name: "Anthropic: Claude 3.5 Haiku",
      created: 1730678400,
      description: "Claude 3.5 Haiku features offers enhanced capabilities in speed, coding accuracy, and tool use. Engineered to excel in real-time applications, it delivers quick response times that are essential for dynamic...",
      context_length: 2e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000008",
        completion: "0.000004",
        web_search: "0.01",
        input_cache_read: "0.00000008",
        input_cache_write: "0.000001"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 8192,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-07-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-3-5-haiku/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 10.7,
          agentic_index: 17.7
        }
      }
    },
    {
      id: "anthracite-org/magnum-v4-72b",
      canonical_slug: "anthracite-org/magnum-v4-72b",
      hugging_face_id: "anthracite-org/magnum-v4-72b",
      name: "Magnum v4 72B",
      created: 1729555200,
      description: "This is a series of models designed to replicate the prose quality of the Claude 3 models, specifically Sonnet(https://openrouter.ai/anthropic/claude-3.5-sonnet) and Opus(https://openrouter.ai/anthropic/claude-3-opus).\n\nThe model is fine-tuned on top of [Qwen2.5 72B](https://openrouter.ai/qwen/qwen-2.5-72b-instruct).",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: "chatml"
      },
      pricing: {
        prompt: "0.000003",
        completion: "0.000005"
      },
      top_provider: {
        context_length: 16384,
        max_completion_tokens: 2048,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "top_a",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthracite-org/magnum-v4-72b/endpoints"
      }
    },
    {
      id: "qwen/qwen-2.5-7b-instruct",
      canonical_slug: "qwen/qwen-2.5-7b-instruct",
      hugging_face_id: "Qwen/Qwen2.5-7B-Instruct",
      name: "Qwen: Qwen2.5 7B Instruct",
      created: 1729036800,
      description: "Qwen2.5 7B is the latest series of Qwen large language models. Qwen2.5 brings the following improvements upon Qwen2: - Significantly more knowledge and has greatly improved capabilities in coding and...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: "chatml"
      },
      pricing: {
        prompt: "0.00000004",
        completion: "0.0000001"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        frequency_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen-2.5-7b-instruct/endpoints"
      }
    },
    {
      id: "inflection/inflection-3-productivity",
      canonical_slug: "inflection/inflection-3-productivity",
      hugging_face_id: null,
      name: "Inflection: Inflection 3 Productivity",
      created: 1728604800,
      description: "Inflection 3 Productivity is optimized for following instructions. It is better for tasks requiring JSON output or precise adherence to provided guidelines. It has access to recent news. For emotional...",
      context_length: 8e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.00001"
      },
      top_provider: {
        context_length: 8e3,
        max_completion_tokens: 1024,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: ["max_tokens", "stop", "temperature", "top_p"],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/inflection/inflection-3-productivity/endpoints"
      }
    },
    {
      id: "inflection/inflection-3-pi",
      canonical_slug: "inflection/inflection-3-pi",
      hugging_face_id: null,
      name: "Inflection: Inflection 3 Pi",
      created: 1728604800,
      description: "Inflection 3 Pi powers Inflection's [Pi](https://pi.ai) chatbot, including backstory, emotional intelligence, productivity, and safety. It has access to recent news, and excels in scenarios like customer support and roleplay. Pi...",
      context_length: 8e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Other",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.00001"
      },
      top_provider: {
        context_length: 8e3,
        max_completion_tokens: 1024,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: ["max_tokens", "stop", "temperature", "top_p"],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/inflection/inflection-3-pi/endpoints"
      }
    },
    {
      id: "thedrummer/rocinante-12b",
      canonical_slug: "thedrummer/rocinante-12b",
      hugging_face_id: "TheDrummer/Rocinante-12B-v1.1",
      name: "TheDrummer: Rocinante 12B",
      created: 1727654400,
      description: "Rocinante 12B is designed for engaging storytelling and rich prose. Early testers have reported: - Expanded vocabulary with unique and expressive word choices - Enhanced creativity for vivid narratives -...",
      context_length: 32768,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: "chatml"
      },
      pricing: {
        prompt: "0.00000017",
        completion: "0.00000043"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 32768,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-04-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/thedrummer/rocinante-12b/endpoints"
      }
    },
    {
      id: "meta-llama/llama-3.2-3b-instruct:free",
      canonical_slug: "meta-llama/llama-3.2-3b-instruct",
      hugging_face_id: "meta-llama/Llama-3.2-3B-Instruct",
      name: "Meta: Llama 3.2 3B Instruct (free)",
      created: 1727222400,
      description: "Llama 3.2 3B is a 3-billion-parameter multilingual large language model, optimized for advanced natural language processing tasks like dialogue generation, reasoning, and summarization. Designed with the latest transformer architecture, it...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-3.2-3b-instruct/endpoints"
      }
    },
    {
      id: "meta-llama/llama-3.2-3b-instruct",
      canonical_slug: "meta-llama/llama-3.2-3b-instruct",
      hugging_face_id: "meta-llama/Llama-3.2-3B-Instruct",
      name: "Meta: Llama 3.2 3B Instruct",
      created: 1727222400,
      description: "Llama 3.2 3B is a 3-billion-parameter multilingual large language model, optimized for advanced natural language processing tasks like dialogue generation, reasoning, and summarization. Designed with the latest transformer architecture, it...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.0000000509",
        completion: "0.000000335"
      },
      top_provider: {
        context_length: 8e4,
        max_completion_tokens: 8e4,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-3.2-3b-instruct/endpoints"
      }
    },
    {
      id: "meta-llama/llama-3.2-1b-instruct",
      canonical_slug: "meta-llama/llama-3.2-1b-instruct",
      hugging_face_id: "meta-llama/Llama-3.2-1B-Instruct",
      name: "Meta: Llama 3.2 1B Instruct",
      created: 1727222400,
      description: "Llama 3.2 1B is a 1-billion-parameter language model focused on efficiently performing natural language tasks, such as summarization, dialogue, and multilingual text analysis. Its smaller size allows it to operate...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.000000027",
        completion: "0.000000201"
      },
      top_provider: {
        context_length: 6e4,
        max_completion_tokens: 6e4,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-3.2-1b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 0.6,
          agentic_index: 0
        }
      }
    },
    {
      id: "meta-llama/llama-3.2-11b-vision-instruct",
      canonical_slug: "meta-llama/llama-3.2-11b-vision-instruct",
      hugging_face_id: "meta-llama/Llama-3.2-11B-Vision-Instruct",
      name: "Meta: Llama 3.2 11B Vision Instruct",
      created: 1727222400,
      description: "Llama 3.2 11B Vision is a multimodal model with 11 billion parameters, designed to handle tasks combining visual and textual data. It excels in tasks such as image captioning and...",
      context_length: 131072,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.000000345",
        completion: "0.000000345"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-3.2-11b-vision-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 4.2,
          agentic_index: 4.9
        }
      }
    },
    {
      id: "qwen/qwen-2.5-72b-instruct",
      canonical_slug: "qwen/qwen-2.5-72b-instruct",
      hugging_face_id: "Qwen/Qwen2.5-72B-Instruct",
      name: "Qwen2.5 72B Instruct",
      created: 1726704e3,
      description: "Qwen2.5 72B is the latest series of Qwen large language models. Qwen2.5 brings the following improvements upon Qwen2: - Significantly more knowledge and has greatly improved capabilities in coding and...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Qwen",
        instruct_type: "chatml"
      },
      pricing: {
        prompt: "0.00000036",
        completion: "0.0000004"
      },
      top_provider: {
        context_length: 32768,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/qwen/qwen-2.5-72b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 11.9,
          agentic_index: null
        }
      }
    },
    {
      id: "cohere/command-r-plus-08-2024",
      canonical_slug: "cohere/command-r-plus-08-2024",
      hugging_face_id: null,
      name: "Cohere: Command R+ (08-2024)",
      created: 1724976e3,
      description: "command-r-plus-08-2024 is an update of the [Command R+](/models/cohere/command-r-plus) with roughly 50% higher throughput and 25% lower latencies as compared to the previous Command R+ version, while keeping the hardware footprint...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Cohere",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.00001"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 4e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/cohere/command-r-plus-08-2024/endpoints"
      }
    },
    {
      id: "cohere/command-r-08-2024",
      canonical_slug: "cohere/command-r-08-2024",
      hugging_face_id: null,
      name: "Cohere: Command R (08-2024)",
      created: 1724976e3,
      description: "command-r-08-2024 is an update of the [Command R](/models/cohere/command-r) with improved performance for multilingual retrieval-augmented generation (RAG) and tool use. More broadly, it is better at math, code and reasoning and...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Cohere",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000006"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 4e3,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-03-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/cohere/command-r-08-2024/endpoints"
      }
    },
    {
      id: "sao10k/l3.1-euryale-70b",
      canonical_slug: "sao10k/l3.1-euryale-70b",
      hugging_face_id: "Sao10K/L3.1-70B-Euryale-v2.2",
      name: "Sao10K: Llama 3.1 Euryale 70B v2.2",
      created: 1724803200,
      description: "Euryale L3.1 70B v2.2 is a model focused on creative roleplay from [Sao10k](https://ko-fi.com/sao10k). It is the successor of [Euryale L3 70B v2.1](/models/sao10k/l3-euryale-70b).",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.00000085",
        completion: "0.00000085"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/sao10k/l3.1-euryale-70b/endpoints"
      }
    },
    {
      id: "nousresearch/hermes-3-llama-3.1-70b",
      canonical_slug: "nousresearch/hermes-3-llama-3.1-70b",
      hugging_face_id: "NousResearch/Hermes-3-Llama-3.1-70B",
      name: "Nous: Hermes 3 70B Instruct",
      created: 1723939200,
      description: "Hermes 3 is a generalist language model with many improvements over [Hermes 2](/models/nousresearch/nous-hermes-2-mistral-7b-dpo), including advanced agentic capabilities, much better roleplaying, reasoning, multi-turn conversation, long context coherence, and improvements across the...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "chatml"
      },
      pricing: {
        prompt: "0.0000007",
        completion: "0.0000007"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/nousresearch/hermes-3-llama-3.1-70b/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 9.2,
          agentic_index: 10
        }
      }
    },
    {
      id: "nousresearch/hermes-3-llama-3.1-405b:free",
      canonical_slug: "nousresearch/hermes-3-llama-3.1-405b",
      hugging_face_id: "NousResearch/Hermes-3-Llama-3.1-405B",
      name: "Nous: Hermes 3 405B Instruct (free)",
      created: 1723766400,
      description: "Hermes 3 is a generalist language model with many improvements over Hermes 2, including advanced agentic capabilities, much better roleplaying, reasoning, multi-turn conversation, long context coherence, and improvements across the...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "chatml"
      },
      pricing: {
        prompt: "0",
        completion: "0"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/nousresearch/hermes-3-llama-3.1-405b/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 18.1,
          agentic_index: 11.8
        }
      }
    },
    {
      id: "nousresearch/hermes-3-llama-3.1-405b",
      canonical_slug: "nousresearch/hermes-3-llama-3.1-405b",
      hugging_face_id: "NousResearch/Hermes-3-Llama-3.1-405B",
      name: "Nous: Hermes 3 405B Instruct",
      created: 1723766400,
      description: "Hermes 3 is a generalist language model with many improvements over Hermes 2, including advanced agentic capabilities, much better roleplaying, reasoning, multi-turn conversation, long context coherence, and improvements across the...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "chatml"
      },
      pricing: {
        prompt: "0.000001",
        completion: "0.000001"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/nousresearch/hermes-3-llama-3.1-405b/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 18.1,
          agentic_index: 11.8
        }
      }
    },
    {
      id: "sao10k/l3-lunaris-8b",
      canonical_slug: "sao10k/l3-lunaris-8b",
      hugging_face_id: "Sao10K/L3-8B-Lunaris-v1",
      name: "Sao10K: Llama 3 8B Lunaris",
      created: 1723507200,
      description: "Lunaris 8B is a versatile generalist and roleplaying model based on Llama 3. It's a strategic merge of multiple models, designed to balance creativity with improved logic and general knowledge....",
      context_length: 8192,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.00000004",
        completion: "0.00000005"
      },
      top_provider: {
        context_length: 8192,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/sao10k/l3-lunaris-8b/endpoints"
      }
    },
    {
      id: "openai/gpt-4o-2024-08-06",
      canonical_slug: "openai/gpt-4o-2024-08-06",
      hugging_face_id: null,
      name: "OpenAI: GPT-4o (2024-08-06)",
      created: 1722902400,
      description: 'The 2024-08-06 version of GPT-4o offers improved performance in structured outputs, with the ability to supply a JSON schema in the respone_format. Read more [here](https://openai.com/index/introducing-structured-outputs-in-the-api/). GPT-4o ("o" for "omni") is...',
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.00001",
        input_cache_read: "0.00000125"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4o-2024-08-06/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 16.6,
          agentic_index: 9.7
        }
      }
    },
    {
      id: "meta-llama/llama-3.1-8b-instruct",
      canonical_slug: "meta-llama/llama-3.1-8b-instruct",
      hugging_face_id: "meta-llama/Meta-Llama-3.1-8B-Instruct",
      name: "Meta: Llama 3.1 8B Instruct",
      created: 1721692800,
      description: "Meta's latest class of model (Llama 3.1) launched with a variety of sizes & flavors. This 8B instruct-tuned version is fast and efficient. It has demonstrated strong performance compared to...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.00000002",
        completion: "0.00000003"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-3.1-8b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 4.9,
          agentic_index: 5.5
        }
      }
    },
    {
      id: "meta-llama/llama-3.1-70b-instruct",
      canonical_slug: "meta-llama/llama-3.1-70b-instruct",
      hugging_face_id: "meta-llama/Meta-Llama-3.1-70B-Instruct",
      name: "Meta: Llama 3.1 70B Instruct",
      created: 1721692800,
      description: "Meta's latest class of model (Llama 3.1) launched with a variety of sizes & flavors. This 70B instruct-tuned version is optimized for high quality dialogue usecases. It has demonstrated strong...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.0000004",
        completion: "0.0000004"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-3.1-70b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 10.9,
          agentic_index: 5.1
        }
      }
    },
    {
      id: "mistralai/mistral-nemo",
      canonical_slug: "mistralai/mistral-nemo",
      hugging_face_id: "mistralai/Mistral-Nemo-Instruct-2407",
      name: "Mistral: Mistral Nemo",
      created: 1721347200,
      description: "A 12B parameter model with a 128k token context length built by Mistral in collaboration with NVIDIA. The model is multilingual, supporting English, French, German, Spanish, Italian, Portuguese, Chinese, Japanese,...",
      context_length: 131072,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: "mistral"
      },
      pricing: {
        prompt: "0.00000002",
        completion: "0.00000003"
      },
      top_provider: {
        context_length: 131072,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2024-04-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-nemo/endpoints"
      }
    },
    {
      id: "openai/gpt-4o-mini-2024-07-18",
      canonical_slug: "openai/gpt-4o-mini-2024-07-18",
      hugging_face_id: null,
      name: "OpenAI: GPT-4o-mini (2024-07-18)",
      created: 1721260800,
      description: "GPT-4o mini is OpenAI's newest model after [GPT-4 Omni](/models/openai/gpt-4o), supporting both text and image inputs with text outputs. As their most advanced small model, it is many multiples more affordable...",
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000006",
        input_cache_read: "0.000000075"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4o-mini-2024-07-18/endpoints"
      }
    },
    {
      id: "openai/gpt-4o-mini",
      canonical_slug: "openai/gpt-4o-mini",
      hugging_face_id: null,
      name: "OpenAI: GPT-4o-mini",
      created: 1721260800,
      description: "GPT-4o mini is OpenAI's newest model after [GPT-4 Omni](/models/openai/gpt-4o), supporting both text and image inputs with text outputs. As their most advanced small model, it is many multiples more affordable...",
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000015",
        completion: "0.0000006",
        input_cache_read: "0.000000075"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4o-mini/endpoints"
      }
    },
    {
      id: "google/gemma-2-27b-it",
      canonical_slug: "google/gemma-2-27b-it",
      hugging_face_id: "google/gemma-2-27b-it",
      name: "Google: Gemma 2 27B",
      created: 1720828800,
      description: "Gemma 2 27B by Google is an open model built from the same research and technology used to create the [Gemini models](/models?q=gemini). Gemma models are well-suited for a variety of...",
      context_length: 8192,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Gemini",
        instruct_type: "gemma"
      },
      pricing: {
        prompt: "0.00000065",
        completion: "0.00000065"
      },
      top_provider: {
        context_length: 8192,
        max_completion_tokens: 2048,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/google/gemma-2-27b-it/endpoints"
      }
    },
    {
      id: "openai/gpt-4o-2024-05-13",
      canonical_slug: "openai/gpt-4o-2024-05-13",
      hugging_face_id: null,
      name: "OpenAI: GPT-4o (2024-05-13)",
      created: 1715558400,
      description: `GPT-4o ("o" for "omni") is OpenAI's latest AI model, supporting both text and image inputs with text outputs. It maintains the intelligence level of [GPT-4 Turbo](/models/openai/gpt-4-turbo) while being twice as...`,
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000005",
        completion: "0.000015"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 4096,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4o-2024-05-13/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 24.2,
          agentic_index: null
        }
      }
    },
    {
      id: "openai/gpt-4o",
      canonical_slug: "openai/gpt-4o",
      hugging_face_id: null,
      name: "OpenAI: GPT-4o",
      created: 1715558400,
      description: `GPT-4o ("o" for "omni") is OpenAI's latest AI model, supporting both text and image inputs with text outputs. It maintains the intelligence level of [GPT-4 Turbo](/models/openai/gpt-4-turbo) while being twice as...`,
      context_length: 128e3,
      architecture: {
        modality: "text+image+file->text",
        input_modalities: ["text", "image", "file"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000025",
        completion: "0.00001"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 16384,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-10-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4o/endpoints"
      },
      benchmarks: {
        design_arena: [
          {
            arena: "models",
            category: "3d",
            elo: 949,
            win_rate: 39.2,
            rank: 88
          },
          {
            arena: "models",
            category: "codecategories",
            elo: 913,
            win_rate: 34.8,
            rank: 100
          },
          {
            arena: "models",
            category: "dataviz",
            elo: 901,
            win_rate: 36,
            rank: 97
          },
          {
            arena: "models",
            category: "gamedev",
            elo: 975,
            win_rate: 42.3,
            rank: 95
          },
          {
            arena: "models",
            category: "uicomponent",
            elo: 942,
            win_rate: 38.1,
            rank: 92
          },
          {
            arena: "models",
            category: "website",
            elo: 876,
            win_rate: 31.5,
            rank: 106
          }
        ]
      }
    },
    {
      id: "meta-llama/llama-3-8b-instruct",
      canonical_slug: "meta-llama/llama-3-8b-instruct",
      hugging_face_id: "meta-llama/Meta-Llama-3-8B-Instruct",
      name: "Meta: Llama 3 8B Instruct",
      created: 1713398400,
      description: "Meta's latest class of model (Llama 3) launched with a variety of sizes & flavors. This 8B instruct-tuned version was optimized for high quality dialogue usecases. It has demonstrated strong...",
      context_length: 8192,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.00000014",
        completion: "0.00000014"
      },
      top_provider: {
        context_length: 8192,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/meta-llama/llama-3-8b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 4,
          agentic_index: 0
        }
      }
    },
    {
      id: "meta-llama/llama-3-70b-instruct",
      canonical_slug: "meta-llama/llama-3-70b-instruct",
      hugging_face_id: "meta-llama/Meta-Llama-3-70B-Instruct",
      name: "Meta: Llama 3 70B Instruct",
      created: 1713398400,
      description: "Meta's latest class of model (Llama 3) launched with a variety of sizes & flavors. This 70B instruct-tuned version was optimized for high quality dialogue usecases. It has demonstrated strong...",
      context_length: 8192,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama3",
        instruct_type: "llama3"
      },
      pricing: {
        prompt: "0.00000051",
        completion: "0.00000074"
      },
      top_provider: {
        context_length: 8192,
        max_completion_tokens: 8e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: "2026-06-19",
      links: {
        details: "/api/v1/models/meta-llama/llama-3-70b-instruct/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 6.8,
          agentic_index: 0
        }
      }
    },
    {
      id: "mistralai/mixtral-8x22b-instruct",
      canonical_slug: "mistralai/mixtral-8x22b-instruct",
      hugging_face_id: "mistralai/Mixtral-8x22B-Instruct-v0.1",
      name: "Mistral: Mixtral 8x22B Instruct",
      created: 1713312e3,
      description: "Mistral's official instruct fine-tuned version of [Mixtral 8x22B](/models/mistralai/mixtral-8x22b). It uses 39B active parameters out of 141B, offering unparalleled cost efficiency for its size. Its strengths include: - strong math, coding,...",
      context_length: 65536,
      architecture: {
        modality: "text+file->text",
        input_modalities: ["text", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: "mistral"
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000006",
        input_cache_read: "0.0000002"
      },
      top_provider: {
        context_length: 65536,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2024-01-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mixtral-8x22b-instruct/endpoints"
      }
    },
    {
      id: "microsoft/wizardlm-2-8x22b",
      canonical_slug: "microsoft/wizardlm-2-8x22b",
      hugging_face_id: "microsoft/WizardLM-2-8x22B",
      name: "WizardLM-2 8x22B",
      created: 1713225600,
      description: "WizardLM-2 8x22B is Microsoft AI's most advanced Wizard model. It demonstrates highly competitive performance compared to leading proprietary models, and it consistently outperforms all existing state-of-the-art opensource models. It is...",
      context_length: 65536,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: "vicuna"
      },
      pricing: {
        prompt: "0.00000062",
        completion: "0.00000062"
      },
      top_provider: {
        context_length: 65535,
        max_completion_tokens: 8e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2024-04-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/microsoft/wizardlm-2-8x22b/endpoints"
      }
    },
    {
      id: "openai/gpt-4-turbo",
      canonical_slug: "openai/gpt-4-turbo",
      hugging_face_id: null,
      name: "OpenAI: GPT-4 Turbo",
      created: 1712620800,
      description: "The latest GPT-4 Turbo model with vision capabilities. Vision requests can now use JSON mode and function calling.\n\nTraining data: up to December 2023.",
      context_length: 128e3,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00001",
        completion: "0.00003"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 4096,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4-turbo/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 21.5,
          agentic_index: null
        }
      }
    },
    {
      id: "anthropic/claude-3-haiku",
      canonical_slug: "anthropic/claude-3-haiku",
      hugging_face_id: null,
      name: "Anthropic: Claude 3 Haiku",
      created: 1710288e3,
      description: "Claude 3 Haiku is Anthropic's fastest and most compact model for\nnear-instant responsiveness. Quick and accurate targeted performance.\n\nSee the launch announcement and benchmark results [here](https://www.anthropic.com/news/claude-3-haiku)\n\n#multimodal",
      context_length: 2e5,
      architecture: {
        modality: "text+image->text",
        input_modalities: ["text", "image"],
        output_modalities: ["text"],
        tokenizer: "Claude",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00000025",
        completion: "0.00000125",
        web_search: "0.01",
        input_cache_read: "0.00000003",
        input_cache_write: "0.0000003"
      },
      top_provider: {
        context_length: 2e5,
        max_completion_tokens: 4096,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "max_tokens",
        "stop",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-08-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/anthropic/claude-3-haiku/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 6.7,
          agentic_index: 7
        }
      }
    },
    {
      id: "mistralai/mistral-large",
      canonical_slug: "mistralai/mistral-large",
      hugging_face_id: null,
      name: "Mistral Large",
      created: 1708905600,
      description: "This is Mistral AI's flagship model, Mistral Large 2 (version `mistral-large-2407`). It's a proprietary weights-available model and excels at reasoning, code, JSON, chat, and more. Read the launch announcement [here](https://mistral.ai/news/mistral-large-2407/)....",
      context_length: 128e3,
      architecture: {
        modality: "text+file->text",
        input_modalities: ["text", "file"],
        output_modalities: ["text"],
        tokenizer: "Mistral",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000002",
        completion: "0.000006",
        input_cache_read: "0.0000002"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_p"
      ],
      default_parameters: {
        temperature: 0.3
      },
      supported_voices: null,
      knowledge_cutoff: "2024-11-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mistralai/mistral-large/endpoints"
      }
    },
    {
      id: "openai/gpt-4-turbo-preview",
      canonical_slug: "openai/gpt-4-turbo-preview",
      hugging_face_id: null,
      name: "OpenAI: GPT-4 Turbo Preview",
      created: 1706140800,
      description: "The preview GPT-4 model with improved instruction following, JSON mode, reproducible outputs, parallel function calling, and more. Training data: up to Dec 2023. **Note:** heavily rate limited by OpenAI while...",
      context_length: 128e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00001",
        completion: "0.00003"
      },
      top_provider: {
        context_length: 128e3,
        max_completion_tokens: 4096,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-12-31",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4-turbo-preview/endpoints"
      }
    },
    {
      id: "openai/gpt-3.5-turbo-0613",
      canonical_slug: "openai/gpt-3.5-turbo-0613",
      hugging_face_id: null,
      name: "OpenAI: GPT-3.5 Turbo (older v0613)",
      created: 1706140800,
      description: "GPT-3.5 Turbo is OpenAI's fastest model. It can understand and generate natural language or code, and is optimized for chat and traditional completion tasks.\n\nTraining data up to Sep 2021.",
      context_length: 4095,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000001",
        completion: "0.000002"
      },
      top_provider: {
        context_length: 4095,
        max_completion_tokens: 4096,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2021-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-3.5-turbo-0613/endpoints"
      }
    },
    {
      id: "openrouter/auto",
      canonical_slug: "openrouter/auto",
      hugging_face_id: null,
      name: "Auto Router",
      created: 1699401600,
      description: "Your prompt will be processed by a meta-model and routed to one of dozens of models (see below), optimizing for the best possible output. To see which model was used,...",
      context_length: 2e6,
      architecture: {
        modality: "text+image+file+audio+video->text+image",
        input_modalities: ["text", "image", "audio", "file", "video"],
        output_modalities: ["text", "image"],
        tokenizer: "Router",
        instruct_type: null
      },
      pricing: {
        prompt: "-1",
        completion: "-1"
      },
      top_provider: {
        context_length: null,
        max_completion_tokens: null,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "include_reasoning",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "reasoning",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p",
        "web_search_options"
      ],
      default_parameters: {
        temperature: null,
        top_p: null,
        top_k: null,
        frequency_penalty: null,
        presence_penalty: null,
        repetition_penalty: null
      },
      supported_voices: null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: {
        details: "/api/v1/models/openrouter/auto/endpoints"
      }
    },
    {
      id: "openai/gpt-3.5-turbo-instruct",
      canonical_slug: "openai/gpt-3.5-turbo-instruct",
      hugging_face_id: null,
      name: "OpenAI: GPT-3.5 Turbo Instruct",
      created: 1695859200,
      description: "This model is a variant of GPT-3.5 Turbo tuned for instructional prompts and omitting chat-related optimizations. Training data: up to Sep 2021.",
      context_length: 4095,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: "chatml"
      },
      pricing: {
        prompt: "0.0000015",
        completion: "0.000002"
      },
      top_provider: {
        context_length: 4095,
        max_completion_tokens: 4096,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2021-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-3.5-turbo-instruct/endpoints"
      }
    },
    {
      id: "openai/gpt-3.5-turbo-16k",
      canonical_slug: "openai/gpt-3.5-turbo-16k",
      hugging_face_id: null,
      name: "OpenAI: GPT-3.5 Turbo 16k",
      created: 1693180800,
      description: "This model offers four times the context length of gpt-3.5-turbo, allowing it to support approximately 20 pages of text in a single request at a higher cost. Training data: up...",
      context_length: 16385,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.000003",
        completion: "0.000004"
      },
      top_provider: {
        context_length: 16385,
        max_completion_tokens: 4096,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2021-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-3.5-turbo-16k/endpoints"
      }
    },
    {
      id: "mancer/weaver",
      canonical_slug: "mancer/weaver",
      hugging_face_id: null,
      name: "Mancer: Weaver (alpha)",
      created: 1690934400,
      description: "An attempt to recreate Claude-style verbosity, but don't expect the same level of coherence or memory. Meant for use in roleplay/narrative situations.",
      context_length: 8e3,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama2",
        instruct_type: "alpaca"
      },
      pricing: {
        prompt: "0.00000075",
        completion: "0.000001"
      },
      top_provider: {
        context_length: 8e3,
        max_completion_tokens: 2e3,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "top_a",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/mancer/weaver/endpoints"
      }
    },
    {
      id: "undi95/remm-slerp-l2-13b",
      canonical_slug: "undi95/remm-slerp-l2-13b",
      hugging_face_id: "Undi95/ReMM-SLERP-L2-13B",
      name: "ReMM SLERP 13B",
      created: 1689984e3,
      description: "A recreation trial of the original MythoMax-L2-B13 but with updated models. #merge",
      context_length: 6144,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama2",
        instruct_type: "alpaca"
      },
      pricing: {
        prompt: "0.00000045",
        completion: "0.00000065"
      },
      top_provider: {
        context_length: 6144,
        max_completion_tokens: 4096,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_a",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/undi95/remm-slerp-l2-13b/endpoints"
      }
    },
    {
      id: "gryphe/mythomax-l2-13b",
      canonical_slug: "gryphe/mythomax-l2-13b",
      hugging_face_id: "Gryphe/MythoMax-L2-13b",
      name: "MythoMax 13B",
      created: 1688256e3,
      description: "One of the highest performing and most popular fine-tunes of Llama 2 13B, with rich descriptions and roleplay. #merge",
      context_length: 4096,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "Llama2",
        instruct_type: "alpaca"
      },
      pricing: {
        prompt: "0.00000006",
        completion: "0.00000006"
      },
      top_provider: {
        context_length: 4096,
        max_completion_tokens: 4096,
        is_moderated: false
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "top_a",
        "top_k",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2023-06-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/gryphe/mythomax-l2-13b/endpoints"
      }
    },
    {
      id: "openai/gpt-4",
      canonical_slug: "openai/gpt-4",
      hugging_face_id: null,
      name: "OpenAI: GPT-4",
      created: 1685232e3,
      description: "OpenAI's flagship model, GPT-4 is a large-scale multimodal language model capable of solving difficult problems with greater accuracy than previous models due to its broader general knowledge and advanced reasoning...",
      context_length: 8191,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.00003",
        completion: "0.00006"
      },
      top_provider: {
        context_length: 8191,
        max_completion_tokens: 4096,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2021-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-4/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 13.1,
          agentic_index: null
        }
      }
    },
    {
      id: "openai/gpt-3.5-turbo",
      canonical_slug: "openai/gpt-3.5-turbo",
      hugging_face_id: null,
      name: "OpenAI: GPT-3.5 Turbo",
      created: 1685232e3,
      description: "GPT-3.5 Turbo is OpenAI's fastest model. It can understand and generate natural language or code, and is optimized for chat and traditional completion tasks.\n\nTraining data up to Sep 2021.",
      context_length: 16385,
      architecture: {
        modality: "text->text",
        input_modalities: ["text"],
        output_modalities: ["text"],
        tokenizer: "GPT",
        instruct_type: null
      },
      pricing: {
        prompt: "0.0000005",
        completion: "0.0000015"
      },
      top_provider: {
        context_length: 16385,
        max_completion_tokens: 4096,
        is_moderated: true
      },
      per_request_limits: null,
      supported_parameters: [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p"
      ],
      default_parameters: {},
      supported_voices: null,
      knowledge_cutoff: "2021-09-30",
      expiration_date: null,
      links: {
        details: "/api/v1/models/openai/gpt-3.5-turbo/endpoints"
      },
      benchmarks: {
        design_arena: [],
        artificial_analysis: {
          intelligence_index: null,
          coding_index: 10.7,
          agentic_index: null
        }
      }
    }
  ]
};

// src/mock/mock-models.ts
var mockModels = models_2026_06_16_default.data;

// src/mock/make-synthetic-models.ts
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var AUTHORS = [
  ["openai", "OpenAI", ["GPT", "o", "Codex"], "GPT"],
  ["anthropic", "Anthropic", ["Claude Sonnet", "Claude Haiku", "Claude Opus"], "Claude"],
  ["google", "Google", ["Gemini Flash", "Gemini Pro", "Gemma"], "Gemini"],
  ["meta-llama", "Meta", ["Llama", "Llama Guard"], "Llama3"],
  ["mistralai", "Mistral", ["Mistral Small", "Mistral Large", "Codestral", "Ministral"], "Mistral"],
  ["qwen", "Qwen", ["Qwen", "Qwen Coder", "QwQ"], "Qwen3"],
  ["deepseek", "DeepSeek", ["DeepSeek V", "DeepSeek R"], "DeepSeek"],
  ["x-ai", "xAI", ["Grok", "Grok Code"], "Grok"],
  ["z-ai", "Z.ai", ["GLM"], "Other"],
  ["moonshotai", "MoonshotAI", ["Kimi"], "Other"],
  ["minimax", "MiniMax", ["MiniMax M"], "Other"],
  ["nvidia", "NVIDIA", ["Nemotron"], "Other"],
  ["cohere", "Cohere", ["Command", "Embed", "Rerank"], "Cohere"],
  ["amazon", "Amazon", ["Nova Lite", "Nova Pro"], "Nova"],
  ["microsoft", "Microsoft", ["Phi"], "Other"],
  ["ibm-granite", "IBM", ["Granite"], "Other"],
  ["perplexity", "Perplexity", ["Sonar"], "Other"],
  ["nousresearch", "Nous", ["Hermes"], "Llama3"],
  ["thedrummer", "TheDrummer", ["Rocinante", "Cydonia"], "Mistral"],
  ["liquid", "Liquid", ["LFM"], "Other"],
  ["ai21", "AI21", ["Jamba"], "Other"],
  ["baidu", "Baidu", ["ERNIE"], "Other"],
  ["tencent", "Tencent", ["Hunyuan"], "Other"],
  ["stepfun", "StepFun", ["Step"], "Other"],
  ["acme-labs", "Acme Labs", ["Anvil", "Rocket"], "Other"],
  ["northwind", "Northwind AI", ["Breeze", "Gale"], "Other"],
  ["blackforestlabs", "Black Forest Labs", ["FLUX"], "Other"],
  ["voyage", "Voyage AI", ["Voyage"], "Other"]
];
var SIZES = ["Nano", "Mini", "Small", "Medium", "Large", "Pro", "Max", "Turbo", "Flash", "Lite", "Instruct", "Chat", "Thinking", "Vision", "7B", "32B", "70B", "405B", "A3B", "Ultra"];
var CONTEXTS = [4096, 8192, 16384, 32768, 65536, 128e3, 131072, 163840, 2e5, 262144, 4e5, 1e6, 1048576, 2e6];
var INPUTS = [["text"], ["text", "image"], ["text", "image", "file"], ["text", "image", "video"], ["text", "file"], ["text", "image", "file", "audio", "video"], ["text", "audio"]];
var BLURBS = [
  "It is tuned for coding and agentic software engineering.",
  "It is built for roleplay, storytelling and creative writing.",
  "It handles translation across dozens of languages.",
  "It is strong at math and science questions.",
  "It answers general knowledge and trivia questions.",
  "It suits marketing copy and SEO content.",
  "It is trained on legal and finance documents.",
  "It was fine-tuned on medical and health data.",
  "It is meant for academic research and education.",
  "It is a general-purpose assistant for enterprise technology work."
];
var DAY = 86400;
function priceString(perToken) {
  if (perToken === 0) return "0";
  return perToken.toFixed(14).replace(/0+$/, "").replace(/\.$/, "");
}
function perMillionToString(perMillion) {
  return priceString(Number(perMillion.toPrecision(2)) / 1e6);
}
function pick(rand, items) {
  return items[Math.floor(rand() * items.length)];
}
function outputs(rand) {
  const r = rand();
  if (r < 0.8) return ["text"];
  if (r < 0.84) return ["text", "image"];
  if (r < 0.86) return ["text", "audio"];
  if (r < 0.9) return ["image"];
  if (r < 0.95) return ["embeddings"];
  if (r < 0.97) return ["speech"];
  if (r < 0.98) return ["audio"];
  if (r < 0.99) return ["rerank"];
  return ["video"];
}
function makeSyntheticModels(n, seed = 1) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("makeSyntheticModels: n must be a whole number \u2265 0");
  const rand = prng(seed);
  const templates = mockModels.filter((m) => !m.id.startsWith("~") && !m.id.includes(":"));
  const newest = Math.max(...mockModels.map((m) => m.created ?? 0));
  const out = [];
  for (let i = 0; i < n; i++) {
    const prev = out[out.length - 1];
    if (prev && !prev.id.includes(":") && rand() < 0.03) {
      out.push({ ...prev, id: `${prev.id}:free`, name: `${prev.name} (free)`, pricing: { prompt: "0", completion: "0" } });
      continue;
    }
    const template = pick(rand, templates);
    const [author, display, families, tokenizer] = pick(rand, AUTHORS);
    const family = pick(rand, families);
    const version = `${1 + Math.floor(rand() * 5)}.${Math.floor(rand() * 10)}`;
    const size = pick(rand, SIZES);
    const tag = i.toString(36);
    const slug = `${family}-${version}-${size}`.toLowerCase().replace(/[^a-z0-9.]+/g, "-") + `-s${tag}`;
    const id = `${author}/${slug}`;
    const name = `${display}: ${family} ${version} ${size} (S${tag.toUpperCase()})`;
    const output = outputs(rand);
    const input = output.includes("embeddings") || output.includes("rerank") ? ["text"] : pick(rand, INPUTS);
    const context = pick(rand, CONTEXTS);
    const created = newest - Math.floor(rand() * 3 * 365 * DAY);
    const free = rand() < 0.08;
    const promptPerMillion = free ? 0 : Math.exp(Math.log(0.02) + rand() * (Math.log(30) - Math.log(0.02)));
    const completionPerMillion = output.includes("embeddings") || output.includes("rerank") ? 0 : promptPerMillion * (1 + rand() * 7);
    const openWeights = rand() < 0.45;
    const pricing = { prompt: perMillionToString(promptPerMillion), completion: perMillionToString(completionPerMillion) };
    if (!free && rand() < 0.4) pricing.input_cache_read = perMillionToString(promptPerMillion / 10);
    const maxCompletion = Math.min(context, pick(rand, [4096, 8192, 16384, 32768, 65536, 131072]));
    const hasBenchmarks = rand() < 0.5;
    const intelligence = Math.round((10 + rand() * 60) * 10) / 10;
    const model = {
      id,
      canonical_slug: `${id}-${new Date(created * 1e3).toISOString().slice(0, 10).replace(/-/g, "")}`,
      hugging_face_id: openWeights ? `${author}/${family.replace(/\s+/g, "-")}-${version}-${size}` : "",
      name,
      created,
      description: `${family} ${version} ${size} is a synthetic ${output.join("+")} model by ${display}, generated for scale tests. ${pick(rand, BLURBS)}`,
      context_length: context,
      architecture: {
        modality: `${input.join("+")}->${output.join("+")}`,
        input_modalities: input,
        output_modalities: output,
        tokenizer,
        instruct_type: null
      },
      pricing,
      top_provider: { context_length: context, max_completion_tokens: maxCompletion, is_moderated: rand() < 0.2 },
      per_request_limits: null,
      supported_parameters: [...template.supported_parameters ?? []],
      default_parameters: template.default_parameters ? { ...template.default_parameters } : null,
      supported_voices: output.includes("speech") ? ["alloy", "echo", "nova"] : null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: { details: `/api/v1/models/${id}/endpoints` }
    };
    if (hasBenchmarks) {
      model.benchmarks = {
        design_arena: rand() < 0.5 ? [{ arena: "models", category: "website", elo: Math.round(1e3 + rand() * 400), win_rate: Math.round(rand() * 700) / 10, rank: 1 + Math.floor(rand() * 40) }] : [],
        artificial_analysis: {
          intelligence_index: intelligence,
          coding_index: Math.round(intelligence * (0.7 + rand() * 0.5) * 10) / 10,
          agentic_index: Math.round(intelligence * (0.6 + rand() * 0.8) * 10) / 10
        }
      };
    }
    out.push(model);
  }
  return out;
}

// src/core/util.ts
var obj = (v) => v && typeof v == "object" && !Array.isArray(v) ? v : void 0;
var snake = (key) => key.replace(/[A-Z]|\d+/g, (c) => "_" + c.toLowerCase());

// src/core/parse.ts
var str = (v) => typeof v == "string" ? v : void 0;
var num = (v) => {
  if (typeof v == "string" && v.trim()) v = +v;
  return typeof v == "number" && isFinite(v) ? v : void 0;
};
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x == "string") : void 0;
var price = (v) => typeof v == "number" && isFinite(v) ? "" + v : str(v);
function pick2(o, table2, out = {}) {
  for (let i = 0; i < table2.length; i++) {
    const [key, wire, read] = table2[i];
    const v = read(o[wire]);
    if (v !== void 0) out[key] = v;
  }
  return out;
}
var READERS = {
  /** a string, else absent */
  s: str,
  /** a string or null, else absent */
  S: (v) => v === null ? v : str(v),
  /** a number, else absent */
  n: num,
  /** a number, else null */
  N: (v) => num(v) ?? null,
  /** a number, else 0 */
  z: (v) => num(v) ?? 0,
  /** a number or null when sent, else absent */
  M: (v) => v === void 0 ? v : num(v) ?? null,
  /** a price, else absent */
  p: price,
  /** a price, else '' (unknown; never "0", which would read as free) */
  P: (v) => price(v) ?? "",
  /** a boolean, else absent */
  b: (v) => typeof v == "boolean" ? v : void 0,
  /** true, else false */
  B: (v) => v === true,
  /** the strings of an array, else absent */
  a: strings,
  /** efforts: null, or the strings and nulls of an array, else absent */
  E: (v) => v === null ? v : Array.isArray(v) ? v.filter((e) => e === null || typeof e == "string") : void 0,
  // Objects, read through their tables:
  O: (v) => Array.isArray(v) ? v.filter(obj).map((o) => pick2(o, OVERRIDE)) : void 0,
  Q: (v) => obj(v) && pick2(v, REASONING),
  X: (v) => obj(v) && pick2(v, BENCHMARKS),
  I: (v) => obj(v) && pick2(v, INDICES),
  /** design-arena entries with a readable elo */
  G: (v) => {
    const out = [];
    if (Array.isArray(v)) {
      for (const e of v) {
        const elo = num(obj(e)?.elo);
        if (elo !== void 0) out.push({ arena: str(e.arena) ?? "", category: str(e.category) ?? "", elo, rank: num(e.rank) ?? 0, winRate: num(e.win_rate) ?? 0 });
      }
    }
    return out;
  },
  /** an alias target with a slug; its name falls back to the slug */
  Y: (v) => typeof obj(v)?.slug == "string" ? { slug: v.slug, name: str(v.name) ?? v.slug } : void 0
};
var table = (fields) => fields.split(" ").map((f) => {
  const [key, kind] = f.split(":");
  return [key, snake(key), READERS[kind]];
});
var PRICES = "audio:p audioOutput:p image:p imageOutput:p imageToken:p inputAudioCache:p inputCacheRead:p inputCacheWrite:p inputCacheWrite1h:p internalReasoning:p request:p webSearch:p";
var MODEL = /* @__PURE__ */ table(
  "description:s huggingFaceId:S knowledgeCutoff:S expirationDate:S reasoning:Q benchmarks:X aliasTarget:Y"
);
var ARCHITECTURE = /* @__PURE__ */ table("tokenizer:s instructType:S");
var PRICING = /* @__PURE__ */ table(`prompt:P completion:P ${PRICES} discount:n overrides:O`);
var OVERRIDE = /* @__PURE__ */ table(`prompt:p completion:p ${PRICES} minPromptTokens:n utcStart:n utcEnd:n utcDays:a`);
var LIMITS = /* @__PURE__ */ table("promptTokens:z completionTokens:z");
var DEFAULTS = /* @__PURE__ */ table("temperature:M topP:M topK:M frequencyPenalty:M presencePenalty:M repetitionPenalty:M");
var REASONING = /* @__PURE__ */ table("mandatory:B defaultEffort:S defaultEnabled:b supportedEfforts:E supportsMaxTokens:b");
var BENCHMARKS = /* @__PURE__ */ table("artificialAnalysis:I designArena:G");
var INDICES = /* @__PURE__ */ table("intelligenceIndex:N codingIndex:N agenticIndex:N");
var modalities = (modality, side) => modality?.split("->")[side]?.split("+").map((s) => s.trim()).filter(Boolean) ?? [];
var blank = (v) => typeof v != "string" || !v.trim();
var dropReason = (raw2) => {
  const o = obj(raw2);
  return !o ? "not an object" : blank(o.id) ? "no id" : blank(o.name) ? "no name" : "";
};
function parseModel(raw2) {
  if (dropReason(raw2)) return void 0;
  const m = raw2;
  const a = obj(m.architecture) ?? {};
  const top = obj(m.top_provider) ?? {};
  const limits = obj(m.per_request_limits);
  const defaults = obj(m.default_parameters);
  const modality = str(a.modality) ?? null;
  return pick2(m, MODEL, {
    id: m.id,
    name: m.name,
    canonicalSlug: str(m.canonical_slug) ?? m.id,
    created: num(m.created) ?? 0,
    contextLength: num(m.context_length) ?? null,
    architecture: pick2(a, ARCHITECTURE, {
      inputModalities: strings(a.input_modalities) ?? modalities(modality, 0),
      outputModalities: strings(a.output_modalities) ?? modalities(modality, 1),
      modality
    }),
    pricing: pick2(obj(m.pricing) ?? {}, PRICING),
    topProvider: { isModerated: top.is_moderated === true, contextLength: num(top.context_length) ?? null, maxCompletionTokens: num(top.max_completion_tokens) ?? null },
    perRequestLimits: limits ? pick2(limits, LIMITS) : null,
    supportedParameters: strings(m.supported_parameters) ?? [],
    defaultParameters: defaults ? pick2(defaults, DEFAULTS) : null,
    supportedVoices: strings(m.supported_voices) ?? null,
    links: { details: str(obj(m.links)?.details) ?? "" }
  });
}
function parseModelsList(body) {
  const b = obj(body);
  if (!Array.isArray(b?.data)) return void 0;
  const data = [];
  const dropped = [];
  b.data.forEach((entry, index) => {
    const model = parseModel(entry);
    const reason = model ? "" : dropReason(entry);
    if (model) data.push(model);
    else dropped.push(reason == "no name" ? { index, id: entry.id, reason } : { index, reason });
  });
  const total = num(b.total_count);
  return { data, totalCount: total >= 0 ? total : data.length, links: { next: str(obj(b.links)?.next) ?? null }, dropped };
}

// .tmp/sbench.ts
var raw = makeSyntheticModels(5e4, 2026);
var models = Array.isArray(raw) && raw[0]?.contextLength !== void 0 ? raw : parseModelsList({ data: raw }).data;
var t0 = performance.now();
var idx = createModelSearchIndex(models);
console.log("build", (performance.now() - t0).toFixed(1));
for (let r = 0; r < 8; r++) {
  const out = [];
  for (const q of ["", "c", "cl", "cla", "claude", "claude s", "claude sonnet"]) {
    const t = performance.now();
    const res = idx.searchIndices(q);
    out.push(`${q}:${res.length}:${(performance.now() - t).toFixed(2)}`);
  }
  if (r > 5) console.log(out.join("  "));
}
