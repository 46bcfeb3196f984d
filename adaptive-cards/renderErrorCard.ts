import type { AdaptiveCard } from './AdaptiveCard';
import { expandTemplate } from './expandTemplate';
import { formatMessage } from './messages/formatMessage';
import { messagesFor } from './messages/messagesFor';
import { safeText } from './safeText';
import errorTemplate from './templates/error.json';
import { truncateText } from './truncateText';

export interface ErrorCardModel {
  /** Short machine-readable code shown small, e.g. `search_unavailable`. */
  code: string;
  /** User-safe explanation; must not contain stack traces or secrets (this card does not filter them). */
  message: string;
  /** Optional next step, e.g. "Try again in a minute." */
  hint?: string;
  /** The user's locale: the title, the code line and the default message come from its catalog. */
  locale?: string;
}

/**
 * Renders a user-safe error: a fixed "Something went wrong" title, the message, the optional hint and
 * "Error code: <code>" in small subtle text. Text goes through `safeText`; message and hint are capped
 * at 1,000 chars, the code at 100; an empty message becomes "An unexpected error occurred.".
 */
export function renderErrorCard(model: ErrorCardModel): AdaptiveCard {
  const message = truncateText(safeText(model.message ?? ''), 1000);
  const code = truncateText(safeText(model.code ?? ''), 100);
  const m = messagesFor(model.locale).error;
  return expandTemplate(errorTemplate, {
    title: m.title,
    message: message === '' ? m.unexpected : message,
    hint: truncateText(safeText(model.hint ?? ''), 1000),
    codeLine: formatMessage(m.code, { code: code === '' ? 'unknown' : code }),
  });
}
