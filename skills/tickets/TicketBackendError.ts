import { AppError } from '../errors/AppError';

export type TicketBackendErrorCode =
  'ticket_backend_denied' | 'ticket_backend_unavailable' | 'ticket_backend_rejected';

/**
 * A ticket backend failure with a stable code: `ticket_backend_denied` (the backend refused our credentials,
 * 401/403), `ticket_backend_unavailable` (429, 5xx, timeout, network; may succeed later),
 * `ticket_backend_rejected` (any other refusal, e.g. a 400 from a misconfigured area path).
 * The message names the operation and HTTP status only: never credentials, never request bodies.
 */
export class TicketBackendError extends Error {
  /** HTTP status of the failed call, when there was one. */
  readonly status: number | undefined;
  /** How long the backend asked us to wait (`Retry-After`), in ms, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly code: TicketBackendErrorCode,
    message: string,
    options: { cause?: unknown; status?: number; retryAfterMs?: number } = {},
  ) {
    super(`${code}: ${message}`, { cause: options.cause });
    this.name = 'TicketBackendError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

const USER_MESSAGES: Record<TicketBackendErrorCode, string> = {
  ticket_backend_denied: 'The ticket system refused the assistant’s access. Please tell IT support.',
  ticket_backend_unavailable: 'The ticket system is unavailable right now. Please try again in a minute.',
  ticket_backend_rejected: 'The ticket system refused the request. Please tell IT support.',
};

/**
 * What a caller sees for a ticket backend failure. The AppError catalog has no ticket codes yet, so the
 * nearest catalog codes are used (`request_timeout` for unavailable, `internal_error` otherwise) with a
 * ticket-specific user message; anything that is not a TicketBackendError is returned unchanged.
 */
export function toTicketAppError(error: unknown): unknown {
  if (!(error instanceof TicketBackendError)) return error;
  const code = error.code === 'ticket_backend_unavailable' ? 'request_timeout' : 'internal_error';
  return new AppError(code, { userMessage: USER_MESSAGES[error.code], cause: error });
}
