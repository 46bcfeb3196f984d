/** A choice of the ticket form: the value sent back and the label shown. */
export interface TicketChoice {
  readonly value: string;
  readonly title: string;
}

/** Priority choices, lowest first (values equal the skills' `TICKET_PRIORITIES`). */
export const PRIORITY_CHOICES: readonly TicketChoice[] = [
  { value: 'low', title: 'Low' },
  { value: 'normal', title: 'Normal' },
  { value: 'high', title: 'High (blocks my work)' },
  { value: 'urgent', title: 'Urgent (safety or production stop)' },
];

/** Value of the brand choice that means "not brand-specific". */
export const NO_BRAND = 'none';

/** The choice of {@link NO_BRAND}: the first brand choice. */
export const NO_BRAND_CHOICE: TicketChoice = { value: NO_BRAND, title: 'Not brand-specific' };

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
  categories: [{ value: 'other', title: 'Other' }],
  brands: [NO_BRAND_CHOICE],
};

const STATUS_LABELS: Record<string, string> = {
  new: 'New',
  active: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
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

/** "New", "In progress", "Resolved", "Closed"; unknown statuses as given. */
export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

/** `2025-03-01T14:02:09Z` → `2025-03-01 14:02 UTC`; '' for anything that is not a date. */
export function formatTicketDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
