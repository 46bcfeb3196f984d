import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { ERROR_CATALOG, type AppError } from './AppError';

/**
 * What the user reads for an error, in their locale: the catalog's translation of the code's message when the
 * error carries the catalog's own (English) message and the locale's catalog has one; otherwise the error's
 * user-safe message as it is (a thrower's more specific message is never replaced by a generic one).
 */
export function localisedMessage(error: AppError, locale: string | undefined): string {
  if (error.userMessage !== ERROR_CATALOG[error.code].message) return error.userMessage;
  return messagesFor(locale).errors[error.code] ?? error.userMessage;
}
