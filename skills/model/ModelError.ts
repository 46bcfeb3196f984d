import { codedServiceError } from '../errors/CodedServiceError';

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

/** A coded model failure (see `CodedServiceError`). */
export const ModelError = codedServiceError('ModelError', MODEL_ERRORS);
export type ModelError = InstanceType<typeof ModelError>;
