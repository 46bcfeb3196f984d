import { formatMessage } from '../messages/formatMessage';
import { messagesFor } from '../messages/messagesFor';
import type { AdaptiveCard } from '../AdaptiveCard';
import filedTemplate from '../templates/tickets/filed.json';
import { expandTicketTemplate } from './expandTicketTemplate';
import { ticketId } from './ticketFacts';
import type { TicketChoices } from './ticketLabels';
import type { TicketView } from './TicketView';

/**
 * Shown in place of the form once the ticket exists: "Ticket <id> filed", the title, the ticket's facts and
 * how to follow it up (category and brand labels from `choices`), plus an "Open ticket" button when the ticket has an http(s) `url`.
 */
export function renderTicketFiledCard(
  ticket: TicketView,
  choices?: TicketChoices,
  locale?: string,
): AdaptiveCard {
  const m = messagesFor(locale).tickets;
  const id = ticketId(ticket);
  return expandTicketTemplate(filedTemplate, ticket, choices, locale, {
    labels: {
      filed: formatMessage(m.filed, { id }),
      followUp: formatMessage(m.followUp, { id }),
      open: m.open,
    },
  });
}
