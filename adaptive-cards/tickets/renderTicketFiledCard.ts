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
export function renderTicketFiledCard(ticket: TicketView, choices?: TicketChoices): AdaptiveCard {
  return withoutEmptyActions(
    expandTemplate(filedTemplate, {
      id: ticketId(ticket),
      title: ticketTitle(ticket),
      facts: ticketFacts(ticket, choices),
      url: safeHttpUrl(ticket.url) ?? '',
    }),
  );
}

/** Removes an `actions` array the template left empty (a card without buttons). */
export function withoutEmptyActions(card: AdaptiveCard): AdaptiveCard {
  if (card.actions !== undefined && card.actions.length === 0) delete card.actions;
  return card;
}
