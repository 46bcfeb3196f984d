import { formatMessage } from '../messages/formatMessage';
import { messagesFor } from '../messages/messagesFor';
import type { AdaptiveCard } from '../AdaptiveCard';
import { safeText } from '../safeText';
import statusTemplate from '../templates/tickets/status.json';
import { truncateText } from '../truncateText';
import { expandTicketTemplate } from './expandTicketTemplate';
import { ticketId } from './ticketFacts';
import { statusLabel, type TicketChoices } from './ticketLabels';
import type { TicketView } from './TicketView';

/** Longest description excerpt on the status card. */
export const STATUS_DESCRIPTION_CHARS = 600;

/**
 * One ticket for its requester: "Ticket <id>: <status>", the title, the facts, the start of the description
 * (≤ 600 chars, one line; labels from `choices`) and an "Open ticket" button when the ticket has an http(s) `url`.
 */
export function renderTicketStatusCard(
  ticket: TicketView,
  choices?: TicketChoices,
  locale?: string,
): AdaptiveCard {
  const m = messagesFor(locale).tickets;
  const status = truncateText(safeText(statusLabel(ticket.status, locale)), 40);
  return expandTicketTemplate(statusTemplate, ticket, choices, locale, {
    labels: { statusLine: formatMessage(m.statusLine, { id: ticketId(ticket), status }), open: m.open },
    status,
    description: truncateText(safeText(ticket.description ?? ''), STATUS_DESCRIPTION_CHARS),
  });
}
