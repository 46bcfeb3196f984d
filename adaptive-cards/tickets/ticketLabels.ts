import { messagesFor } from '../messages/messagesFor';

/** A choice of the ticket form: the value sent back and the label shown. */
export interface TicketChoice {
  readonly value: string;
  readonly title: string;
}

const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** Priority choices, lowest first (values equal the skills' `TICKET_PRIORITIES`), labelled in `locale`'s catalog. */
export function priorityChoices(locale?: string): readonly TicketChoice[] {
  const labels = messagesFor(locale).tickets.priorities;
  return PRIORITIES.map((value) => ({ value, title: labels[value] }));
}

/** {@link priorityChoices} in English. */
export const PRIORITY_CHOICES: readonly TicketChoice[] = priorityChoices();

/** Value of the brand choice that means "not brand-specific". */
export const NO_BRAND = 'none';

/** The choice of {@link NO_BRAND}, labelled in `locale`'s catalog: the first brand choice. */
export function noBrandChoice(locale?: string): TicketChoice {
  return { value: NO_BRAND, title: messagesFor(locale).tickets.notBrandSpecific };
}

/** {@link noBrandChoice} in English. */
export const NO_BRAND_CHOICE: TicketChoice = noBrandChoice();

/**
 * The organisation's choices of the ticket form, in form order (built by the skills from the organisation
 * profile). `categories`: at least one; the last is the fallback for a value the list does not know. `brands`:
 * {@link NO_BRAND_CHOICE} first, then the organisation's brands (none when it has no brands).
 */
export interface TicketChoices {
  readonly categories: readonly TicketChoice[];
  readonly brands: readonly TicketChoice[];
}

/** Choices when the caller has none: one category `other` and no brands. */
export const DEFAULT_TICKET_CHOICES: TicketChoices = {
  categories: [{ value: 'other', title: messagesFor(undefined).tickets.other }],
  brands: [NO_BRAND_CHOICE],
};

/** The label of `value` among `choices`, else `fallback` (for values the form does not know). */
export function choiceLabel(
  choices: readonly TicketChoice[],
  value: string | undefined,
  fallback = '',
): string {
  return choices.find((choice) => choice.value === value)?.title ?? fallback;
}

/** Short label of a ticket category, priority or brand for read-only cards ("IT", "High"): no parenthesis. */
export function shortLabel(choices: readonly TicketChoice[], value: string | undefined): string {
  return choiceLabel(choices, value).replace(/\s*\(.*\)$/, '');
}

/** "New", "In progress", "Resolved", "Closed" in `locale`'s catalog; unknown statuses as given. */
export function statusLabel(status: string, locale?: string): string {
  const labels: Readonly<Record<string, string>> = messagesFor(locale).tickets.statuses;
  return Object.prototype.hasOwnProperty.call(labels, status) ? (labels[status] ?? status) : status;
}

/** `2025-03-01T14:02:09Z` → `2025-03-01 14:02 UTC`; '' for anything that is not a date. */
export function formatTicketDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
