import { toAppError, type AppError } from '../../skills/errors/AppError';
import { localisedMessage } from '../../skills/errors/localisedMessage';
import type { Logger } from '../log/createLogger';

/** An error as a surface shows it. */
export interface PresentedError {
  /** The coded error (`internal_error` for anything that was not an `AppError`). */
  readonly error: AppError;
  /** What the user reads: the catalog's user-safe message, in `locale` when the catalog has it. */
  readonly message: string;
}

/**
 * The one error presenter of every surface (Teams turns, card actions, message extensions, the HTTP routes,
 * MCP tools): turns anything thrown into the `AppError` a user may see and logs it once, under `what` (the
 * failed work, e.g. "card action"): an internal error at error level with its text (never shown to the
 * user), a refusal at warn level with its code only. Internals never reach the message.
 */
export function presentError(
  log: Logger,
  thrown: unknown,
  what: string,
  locale?: string,
  /** False where another line already records refusals (the HTTP access log's status): only failures are logged. */
  logRefusals = true,
): PresentedError {
  const error = toAppError(thrown);
  if (error.code === 'internal_error')
    log.error(`${what} failed`, {
      error: String(thrown instanceof Error ? (thrown.stack ?? thrown) : thrown),
    });
  else if (logRefusals) log.warn(`${what} refused`, { code: error.code });
  return { error, message: localisedMessage(error, locale) };
}
