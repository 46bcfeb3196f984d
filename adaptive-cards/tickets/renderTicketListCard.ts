import type { AdaptiveCard } from '../AdaptiveCard';
import { expandTemplate } from '../expandTemplate';
import { safeHttpUrl } from '../safeHttpUrl';
import { safeText } from '../safeText';
import listTemplate from '../templates/tickets/list.json';
import { truncateText } from '../truncateText';
import { ticketId, ticketTitle } from './ticketFacts';
import { formatMessage } from '../messages/formatMessage';
import { messagesFor } from '../messages/messagesFor';
import { priorityChoices, formatTicketDate, shortLabel, statusLabel } from './ticketLabels';
import type { TicketView } from './TicketView';

/** Most tickets listed on one card. */
export const MAX_LISTED_TICKETS = 25;

/**
 * The requester's tickets in the given order (callers pass newest first), at most
 * {@link MAX_LISTED_TICKETS}: per ticket "#<id> <title>" (title ≤ 120 chars) and "status · priority ·
 * date", and buttons to open it: "Show ticket <id>" (`Action.Submit`, data `{ verb: 'ticket_status', ticketId }`:
 * the bot answers with the ticket's status card) and "Open" when the ticket has an http(s) `url`. With no
 * tickets: a line saying so and how to file one.
 */
export function renderTicketListCard(tickets: readonly TicketView[], locale?: string): AdaptiveCard {
  const m = messagesFor(locale).tickets;
  const priorities = priorityChoices(locale);
  const shown = tickets.slice(0, MAX_LISTED_TICKETS).map((ticket) => ({
    id: ticketId(ticket),
    url: safeHttpUrl(ticket.url) ?? '',
    show: formatMessage(m.show, { id: ticketId(ticket) }),
    open: m.open,
    label: `#${ticketId(ticket)} ${truncateText(ticketTitle(ticket, locale), 120)}`,
    detail: [
      statusLabel(ticket.status, locale),
      shortLabel(priorities, ticket.priority) || ticket.priority,
      formatTicketDate(ticket.createdAt),
    ]
      .map((part) => truncateText(safeText(part), 40))
      .filter((part) => part !== '')
      .join(' · '),
  }));
  const more = tickets.length - shown.length;
  return expandTemplate(listTemplate, {
    heading:
      tickets.length === 0
        ? m.yours
        : more > 0
          ? formatMessage(m.yoursOf, { count: shown.length, total: tickets.length })
          : formatMessage(m.yoursCount, { count: shown.length }),
    labels: { none: m.none },
    tickets: shown,
  });
}
