import type { AdaptiveCard } from '../AdaptiveCard';
import { expandTemplate } from '../expandTemplate';
import { safeHttpUrl } from '../safeHttpUrl';
import { ticketFacts, ticketId, ticketTitle } from './ticketFacts';
import type { TicketChoices } from './ticketLabels';
import type { TicketView } from './TicketView';

/**
 * A one-ticket card from its template (`templates/tickets/`): `data` (the card's own labels and fields) plus
 * what every such card binds: `id`, `title`, `facts` (labels from `choices`, in `locale`'s language) and `url`
 * (the ticket's http(s) link, else empty). A card whose template left `actions` empty has none.
 */
export function expandTicketTemplate(
  template: object,
  ticket: TicketView,
  choices: TicketChoices | undefined,
  locale: string | undefined,
  data: Readonly<Record<string, unknown>>,
): AdaptiveCard {
  const card = expandTemplate(template, {
    ...data,
    id: ticketId(ticket),
    title: ticketTitle(ticket, locale),
    facts: ticketFacts(ticket, choices, locale),
    url: safeHttpUrl(ticket.url) ?? '',
  });
  if (card.actions !== undefined && card.actions.length === 0) delete card.actions;
  return card;
}
