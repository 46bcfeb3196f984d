/**
 * `embedding_unavailable`: network failure, timeout, rate limit (429) or server error (5xx) that persisted
 * after the bounded retries; retrying later may succeed.
 * `embedding_rejected`: the endpoint refused the request (400/401/403/404/422: credentials, model or
 * deployment name, input) or answered with vectors of the wrong shape; retrying will fail again.
 */
export type EmbeddingErrorCode = 'embedding_unavailable' | 'embedding_rejected';

/**
 * A coded embedding failure. The message is built from the code, the HTTP status and our own description
 * only: never the provider's response text (which can echo a masked key) nor the request headers.
 */
export class EmbeddingError extends Error {
  readonly code: EmbeddingErrorCode;
  /** HTTP status of the last attempt, when there was a response. */
  readonly status?: number;

  constructor(code: EmbeddingErrorCode, detail: string, status?: number) {
    super(`${code}${status ? ` (HTTP ${status})` : ''}: ${detail}`);
    this.name = 'EmbeddingError';
    this.code = code;
    if (status !== undefined) this.status = status;
  }
}
