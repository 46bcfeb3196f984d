/** Failure classes of a language-model call. */
export const MODEL_ERRORS = {
  /** Network failure, rate limit or server error that persisted after the bounded retries. */
  model_unavailable: 'The language model is unavailable right now. Please try again in a minute.',
  /** No complete answer within the configured timeout (or the caller aborted). */
  model_timeout: 'The language model took too long to answer. Please try again.',
  /** The endpoint refused the request (credentials, deployment name, content filter, bad request). */
  model_rejected: 'The language model refused the request. An administrator should check its configuration.',
} as const;

export type ModelErrorCode = keyof typeof MODEL_ERRORS;

/**
 * A coded model failure. The message is built from the code and the HTTP status only: it never carries the
 * provider's response text (which can echo a masked key) nor the request headers.
 */
export class ModelError extends Error {
  readonly code: ModelErrorCode;
  /** HTTP status of the last attempt, when there was a response. */
  readonly status?: number;
  /** Safe to show to a user. */
  readonly userMessage: string;

  constructor(code: ModelErrorCode, status?: number) {
    super(`${code}${status ? ` (HTTP ${status})` : ''}: ${MODEL_ERRORS[code]}`);
    this.name = 'ModelError';
    this.code = code;
    if (status !== undefined) this.status = status;
    this.userMessage = MODEL_ERRORS[code];
  }
}
