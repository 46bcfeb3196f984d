import type { AdaptiveCard } from '../../adaptive-cards';
import { renderTicketFormCard, type TicketFormCardModel } from '../../adaptive-cards/tickets';

/** A well-formed (base64url) confirmation token for the ticket forms the card suites render. */
export const FORM_TOKEN = 'tOkEn_0123456789-abcdefghijklmnopqrstuvwxy';

/** The `file_ticket` confirmation form for `draft` under {@link FORM_TOKEN}, with a notice, choices or locale. */
export function ticketFormCard(
  draft: TicketFormCardModel['draft'],
  options: Pick<TicketFormCardModel, 'notice' | 'choices' | 'locale'> = {},
): AdaptiveCard {
  return renderTicketFormCard({ draft, token: FORM_TOKEN, skill: 'file_ticket', ...options });
}
