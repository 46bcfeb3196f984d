/** A choice of the ticket form: the value sent back and the label shown. */
export interface TicketChoice {
  readonly value: string;
  readonly title: string;
}

/** Category choices, in form order (values equal the skills' `TICKET_CATEGORIES`). */
export const CATEGORY_CHOICES: readonly TicketChoice[] = [
  { value: 'it', title: 'IT (laptop, accounts, VPN, software)' },
  { value: 'lab', title: 'Lab and test equipment' },
  { value: 'facilities', title: 'Facilities (rooms, heating, parking)' },
  { value: 'engineering', title: 'Engineering tools and data' },
  { value: 'quality', title: 'Quality and suppliers' },
  { value: 'other', title: 'Other' },
];

/** Priority choices, lowest first (values equal the skills' `TICKET_PRIORITIES`). */
export const PRIORITY_CHOICES: readonly TicketChoice[] = [
  { value: 'low', title: 'Low' },
  { value: 'normal', title: 'Normal' },
  { value: 'high', title: 'High (blocks my work)' },
  { value: 'urgent', title: 'Urgent (safety or production stop)' },
];

/** Value of the brand choice that means "not brand-specific". */
export const NO_BRAND = 'none';

/** Brand choices (values equal the skills' `TICKET_BRANDS`, plus {@link NO_BRAND}). */
export const BRAND_CHOICES: readonly TicketChoice[] = [
  { value: NO_BRAND, title: 'Not brand-specific' },
  { value: 'aurex', title: 'Aurex' },
  { value: 'velora', title: 'Velora' },
  { value: 'kestrel', title: 'Kestrel' },
  { value: 'brava', title: 'Brava' },
  { value: 'group', title: 'Norvik Group (all brands)' },
];

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

/** Short label of a ticket category, priority or brand for read-only cards ("IT", "High", "Aurex"). */
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
