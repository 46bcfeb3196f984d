import { formatMessage } from '../messages/formatMessage';
import { messagesFor } from '../messages/messagesFor';
import type { AdaptiveCard } from '../AdaptiveCard';
import { expandTemplate } from '../expandTemplate';
import { safeHttpUrl } from '../safeHttpUrl';
import filedTemplate from '../templates/tickets/filed.json';
import { ticketFacts, ticketId, ticketTitle } from './ticketFacts';
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
  return withoutEmptyActions(
    expandTemplate(filedTemplate, {
      labels: {
        filed: formatMessage(m.filed, { id }),
        followUp: formatMessage(m.followUp, { id }),
        open: m.open,
      },
      id,
      title: ticketTitle(ticket, locale),
      facts: ticketFacts(ticket, choices, locale),
      url: safeHttpUrl(ticket.url) ?? '',
    }),
  );
}

/** Removes an `actions` array the template left empty (a card without buttons). */
export function withoutEmptyActions(card: AdaptiveCard): AdaptiveCard {
  if (card.actions !== undefined && card.actions.length === 0) delete card.actions;
  return card;
}
