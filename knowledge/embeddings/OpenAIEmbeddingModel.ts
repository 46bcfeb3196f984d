import { APIConnectionTimeoutError, APIError } from 'openai';
import { OpenAIEndpointModel, type OpenAIModelOptions } from '../openai/OpenAIEndpointModel';
import type { CreateEmbeddingResponse } from 'openai/resources/embeddings';
import { EmbeddingError } from './EmbeddingError';
import type { EmbeddingModel } from './EmbeddingModel';
import { truncateUtf8 } from './truncateUtf8';

/** Same shape as `AppConfig['embeddings']` (knowledge doesn't import bot/), plus credential and test knobs. */
export type OpenAIEmbeddingModelOptions = OpenAIModelOptions & {
  /** Length of the vectors the model returns (1–4096); a response of another length is rejected. */
  dimensions: number;
  /** Also send `dimensions` in each request (text-embedding-3 models then shorten their vectors); default false. */
  requestDimensions?: boolean;
  /** Texts per request, 1–16; default 16. */
  batchSize?: number;
  /** Inputs are cut to this many UTF-8 bytes (hence tokens); default 8,000 (the models take 8,191 tokens). */
  maxInputBytes?: number;
};

const MAX_BATCH = 16;
const DEFAULT_MAX_INPUT_BYTES = 8000;

/**
 * `EmbeddingModel` over the `openai` SDK: OpenAI, any OpenAI-compatible server (`baseUrl`, e.g. llama.cpp or
 * Ollama), or Azure OpenAI (API key, else `getBearerTokenProvider(credential, COGNITIVE_SERVICES_SCOPE)`).
 *
 * - Texts go out in requests of at most `batchSize` (16), one after another, each cut to `maxInputBytes`
 *   UTF-8 bytes; a blank text is sent as one space (the API refuses empty strings).
 * - `timeoutMs` bounds each request, retries included. Retries are the SDK's (`maxRetries`): it honours
 *   `Retry-After` / `retry-after-ms` below 60 s and otherwise backs off exponentially (0.5 s to 8 s).
 * - Failures become `EmbeddingError`: 400/401/403/404/422 and malformed vectors `embedding_rejected`;
 *   timeouts, 408, 429, 5xx and network errors `embedding_unavailable`. Messages carry the status only.
 * Throws at construction (plain Error) when Azure has neither an API key nor a credential, or when
 * `dimensions`, `batchSize` or `maxInputBytes` is out of range.
 */
export class OpenAIEmbeddingModel extends OpenAIEndpointModel implements EmbeddingModel {
  readonly dimensions: number;
  private readonly batchSize: number;
  private readonly maxInputBytes: number;
  private readonly requestDimensions: boolean;

  constructor(options: OpenAIEmbeddingModelOptions) {
    const { dimensions, batchSize, maxInputBytes } = checkedSizes(options);
    super('embedding', options);
    this.dimensions = dimensions;
    this.batchSize = batchSize;
    this.maxInputBytes = maxInputBytes;
    this.requestDimensions = options.requestDimensions ?? false;
  }

  async embed(texts: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      vectors.push(...(await this.embedBatch(texts.slice(start, start + this.batchSize))));
    }
    return vectors;
  }

  private async embedBatch(texts: string[]): Promise<number[][]> {
    const input = texts.map((text) => {
      const cut = truncateUtf8(text, this.maxInputBytes);
      return cut.trim() ? cut : ' ';
    });
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.timeoutMs);
    let response: CreateEmbeddingResponse;
    try {
      response = await this.client.embeddings.create(
        {
          model: this.model,
          input,
          encoding_format: 'float',
          ...(this.requestDimensions ? { dimensions: this.dimensions } : {}),
        },
        { signal: deadline.signal },
      );
    } catch (error) {
      throw toEmbeddingError(error, deadline.signal.aborted ? this.timeoutMs : undefined);
    } finally {
      clearTimeout(timer);
    }
    return readVectors(response, texts.length, this.dimensions);
  }
}

/** The options' sizes, defaults applied; throws (plain Error) for one out of range, before any client is made. */
function checkedSizes(options: OpenAIEmbeddingModelOptions): {
  dimensions: number;
  batchSize: number;
  maxInputBytes: number;
} {
  const { dimensions, batchSize = MAX_BATCH, maxInputBytes = DEFAULT_MAX_INPUT_BYTES } = options;
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 4096)
    throw new Error(`dimensions must be an integer from 1 to 4096, got ${dimensions}`);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH)
    throw new Error(`batchSize must be an integer from 1 to ${MAX_BATCH}, got ${batchSize}`);
  if (!Number.isInteger(maxInputBytes) || maxInputBytes < 16)
    throw new Error(`maxInputBytes must be an integer of at least 16, got ${maxInputBytes}`);
  return { dimensions, batchSize, maxInputBytes };
}

/** The vectors of a response in input order; throws `embedding_rejected` when the shape is wrong. */
function readVectors(response: CreateEmbeddingResponse, count: number, dimensions: number): number[][] {
  const data = Array.isArray(response?.data) ? response.data : [];
  const vectors: (number[] | undefined)[] = new Array<number[] | undefined>(count).fill(undefined);
  for (const item of data) {
    if (Number.isInteger(item?.index) && item.index >= 0 && item.index < count)
      vectors[item.index] = item.embedding;
  }
  return vectors.map((vector, i) => {
    if (!Array.isArray(vector)) {
      throw new EmbeddingError('embedding_rejected', `the response has no embedding for input ${i}`);
    }
    if (vector.length !== dimensions || !vector.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      throw new EmbeddingError(
        'embedding_rejected',
        `input ${i} got a vector of ${vector.length} dimensions, expected ${dimensions} finite numbers`,
      );
    }
    return vector;
  });
}

/** Maps anything the SDK threw to a coded `EmbeddingError`; `timedOutAfter` is set when our deadline fired. */
export function toEmbeddingError(error: unknown, timedOutAfter?: number): EmbeddingError {
  if (error instanceof EmbeddingError) return error;
  if (timedOutAfter !== undefined)
    return new EmbeddingError('embedding_unavailable', `no answer within ${timedOutAfter} ms`);
  if (error instanceof APIConnectionTimeoutError)
    return new EmbeddingError('embedding_unavailable', 'the request timed out');
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    if (status === 408 || status === 429 || status >= 500)
      return new EmbeddingError('embedding_unavailable', 'the embedding endpoint failed', status);
    return new EmbeddingError('embedding_rejected', 'the embedding endpoint refused the request', status);
  }
  return new EmbeddingError('embedding_unavailable', 'the embedding endpoint could not be reached');
}
