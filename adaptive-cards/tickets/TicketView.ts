/**
 * The ticket shapes the ticket cards render. Structural copies of the skills' `TicketDraft` and `Ticket`
 * (cards may not import from `skills/`); every string is untrusted and is made safe by the renderers.
 */
export interface TicketDraftView {
  title: string;
  description: string;
  category: string;
  priority: string;
  brand?: string;
  component?: string;
}

export interface TicketView extends TicketDraftView {
  id: number;
  status: string;
  requesterId: string;
  requesterName?: string;
  createdAt: string;
  url?: string;
}
