import type { Ticket } from './TicketSystem';

/** A ticket's fields as a backend holds them: the optional ones may be empty (`undefined`, `null` or ''). */
export interface TicketFields extends Omit<Ticket, 'brand' | 'component' | 'requesterName' | 'url'> {
  readonly brand?: string | null;
  readonly component?: string | null;
  readonly requesterName?: string | null;
  readonly url?: string;
}

/**
 * The ticket every backend returns: only the `Ticket` fields of `fields` (anything else it carries is
 * dropped), with an empty brand, component or requester name left out rather than kept as `null` or ''.
 */
export function compactTicket(fields: TicketFields): Ticket {
  return {
    id: fields.id,
    title: fields.title,
    description: fields.description,
    category: fields.category,
    priority: fields.priority,
    ...(fields.brand ? { brand: fields.brand } : {}),
    ...(fields.component ? { component: fields.component } : {}),
    status: fields.status,
    requesterId: fields.requesterId,
    ...(fields.requesterName ? { requesterName: fields.requesterName } : {}),
    createdAt: fields.createdAt,
    ...(fields.url !== undefined ? { url: fields.url } : {}),
  };
}
