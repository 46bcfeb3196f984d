import { safeText } from '../safeText';
import { truncateText } from '../truncateText';
import {
  DEFAULT_TICKET_CHOICES,
  PRIORITY_CHOICES,
  formatTicketDate,
  shortLabel,
  statusLabel,
  type TicketChoices,
} from './ticketLabels';
import type { TicketView } from './TicketView';

/** One row of a ticket FactSet. */
export interface TicketFact {
  title: string;
  value: string;
}

/**
 * The facts shown for a ticket: status, priority, category, brand and component (when set), requester name
 * (when known) and creation date; category and brand labels from `choices` (else the stored value). Every value goes through `safeText` and is capped at 200 chars.
 */
export function ticketFacts(
  ticket: TicketView,
  choices: TicketChoices = DEFAULT_TICKET_CHOICES,
): TicketFact[] {
  const rows: [string, string][] = [
    ['Status', statusLabel(ticket.status)],
    ['Priority', shortLabel(PRIORITY_CHOICES, ticket.priority) || ticket.priority],
    ['Category', shortLabel(choices.categories, ticket.category) || ticket.category],
    ['Brand', ticket.brand ? shortLabel(choices.brands, ticket.brand) || ticket.brand : ''],
    ['Affects', ticket.component ?? ''],
    ['Filed for', ticket.requesterName ?? ''],
    ['Filed', formatTicketDate(ticket.createdAt)],
  ];
  return rows
    .map(([title, value]) => ({ title, value: truncateText(safeText(value), 200) }))
    .filter((fact) => fact.value !== '');
}

/** The ticket title made safe for a TextBlock (≤ 200 chars; "(no title)" when empty). */
export function ticketTitle(ticket: TicketView): string {
  return truncateText(safeText(ticket.title), 200) || '(no title)';
}

/** Positive integer id, else 0 (cards never print an arbitrary value as the ticket number). */
export function ticketId(ticket: TicketView): number {
  return Number.isSafeInteger(ticket.id) && ticket.id > 0 ? ticket.id : 0;
}
