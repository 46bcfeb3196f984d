import { messagesFor } from '../messages/messagesFor';
import { safeText } from '../safeText';
import { truncateText } from '../truncateText';
import {
  DEFAULT_TICKET_CHOICES,
  priorityChoices,
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
  locale?: string,
): TicketFact[] {
  const facts = messagesFor(locale).tickets.facts;
  const rows: [string, string][] = [
    [facts.status, statusLabel(ticket.status, locale)],
    [facts.priority, shortLabel(priorityChoices(locale), ticket.priority) || ticket.priority],
    [facts.category, shortLabel(choices.categories, ticket.category) || ticket.category],
    [facts.brand, ticket.brand ? shortLabel(choices.brands, ticket.brand) || ticket.brand : ''],
    [facts.affects, ticket.component ?? ''],
    [facts.filedFor, ticket.requesterName ?? ''],
    [facts.filed, formatTicketDate(ticket.createdAt)],
  ];
  return rows
    .map(([title, value]) => ({ title, value: truncateText(safeText(value), 200) }))
    .filter((fact) => fact.value !== '');
}

/** The ticket title made safe for a TextBlock (≤ 200 chars; the catalog's "(no title)" when empty). */
export function ticketTitle(ticket: TicketView, locale?: string): string {
  return truncateText(safeText(ticket.title), 200) || messagesFor(locale).tickets.noTitle;
}

/** Positive integer id, else 0 (cards never print an arbitrary value as the ticket number). */
export function ticketId(ticket: TicketView): number {
  return Number.isSafeInteger(ticket.id) && ticket.id > 0 ? ticket.id : 0;
}
