import type { Messages } from '../../adaptive-cards/messages/Messages';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
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

/** The catalog message of each backend failure. */
const USER_MESSAGES: Readonly<Record<TicketBackendErrorCode, (m: Messages['replies']['tickets']) => string>> =
  {
    ticket_backend_denied: (m) => m.backendDenied,
    ticket_backend_unavailable: (m) => m.backendUnavailable,
    ticket_backend_rejected: (m) => m.backendRejected,
  };

/**
 * What a caller sees for a ticket backend failure. The AppError catalog has no ticket codes yet, so the
 * nearest catalog codes are used (`request_timeout` for unavailable, `internal_error` otherwise) with a
 * ticket-specific user message in `locale`'s language (English when absent or unsupported); anything that is
 * not a TicketBackendError is returned unchanged.
 */
export function toTicketAppError(error: unknown, locale?: string): unknown {
  if (!(error instanceof TicketBackendError)) return error;
  const code = error.code === 'ticket_backend_unavailable' ? 'request_timeout' : 'internal_error';
  const userMessage = USER_MESSAGES[error.code](messagesFor(locale).replies.tickets);
  return new AppError(code, { userMessage, cause: error });
}
