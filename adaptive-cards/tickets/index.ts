export { renderTicketFiledCard } from './renderTicketFiledCard';
export {
  TICKET_FORM_INPUT_IDS,
  renderTicketFormCard,
  type TicketFormCardModel,
} from './renderTicketFormCard';
export { MAX_LISTED_TICKETS, renderTicketListCard } from './renderTicketListCard';
export { STATUS_DESCRIPTION_CHARS, renderTicketStatusCard } from './renderTicketStatusCard';
export { safeInputValue } from './safeInputValue';
export {
  DEFAULT_TICKET_CHOICES,
  NO_BRAND,
  NO_BRAND_CHOICE,
  noBrandChoice,
  priorityChoices,
  PRIORITY_CHOICES,
  type TicketChoice,
  type TicketChoices,
} from './ticketLabels';
export type { TicketDraftView, TicketView } from './TicketView';
