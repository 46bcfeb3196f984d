import { z } from 'zod/v4';
import { WORD_JOINER } from '../../adaptive-cards';
import { TICKET_BRANDS, TICKET_CATEGORIES, TICKET_PRIORITIES, type TicketDraft } from './TicketSystem';

export const TITLE_CHARS = { min: 3, max: 200 } as const;
export const MAX_DESCRIPTION_CHARS = 4000;
export const MAX_COMPONENT_CHARS = 100;
export const MAX_SUMMARY_CHARS = 1000;

/** Text back from a card: word joiners the card added to neutralise `${`/`{{` are removed, ends trimmed. */
const cardText = z.string().transform((value) => value.split(WORD_JOINER).join('').trim());
/** An optional choice from a card: `''` (nothing chosen) means "none". */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal(''), z.literal('none'), z.enum(values)]).optional();

/**
 * The data the ticket form sends back with "File ticket": exactly its input ids. Every field is optional
 * (absent = keep the draft's value); `''` or `none` for brand, `''` for component, clears it. Limits: title 3..200 chars,
 * description ≤ 4,000, component ≤ 100, category/priority/brand from their lists.
 */
export const TicketEdits = z.object({
  title: cardText.pipe(z.string().min(TITLE_CHARS.min).max(TITLE_CHARS.max)).optional(),
  description: cardText.pipe(z.string().max(MAX_DESCRIPTION_CHARS)).optional(),
  category: z.enum(TICKET_CATEGORIES).optional(),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  brand: optionalChoice(TICKET_BRANDS),
  component: cardText.pipe(z.string().max(MAX_COMPONENT_CHARS)).optional(),
});
export type TicketEdits = z.infer<typeof TicketEdits>;

/** A draft as stored with its confirmation token (the title may still be empty: the form asks for one). */
export const StoredTicketDraft = z.object({
  title: z.string().max(TITLE_CHARS.max),
  description: z.string().max(MAX_DESCRIPTION_CHARS),
  category: z.enum(TICKET_CATEGORIES),
  priority: z.enum(TICKET_PRIORITIES),
  brand: z.enum(TICKET_BRANDS).optional(),
  component: z.string().max(MAX_COMPONENT_CHARS).optional(),
});

/** What `file_ticket` stores with a token: the draft and the id that keys its one-time creation. */
export const PendingTicket = z.object({
  draftId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  draft: StoredTicketDraft,
});
export type PendingTicket = z.infer<typeof PendingTicket>;

/**
 * The user's edits over the stored draft: an absent edit keeps the draft's value; `''` or `none` clears the
 * brand, `''` clears the component. The result may still lack a title (see {@link isFileable}).
 */
export function mergeEdits(draft: TicketDraft, edits: TicketEdits): TicketDraft {
  const brand =
    edits.brand === undefined
      ? draft.brand
      : edits.brand === 'none' || edits.brand === ''
        ? undefined
        : edits.brand;
  const component = (edits.component ?? draft.component ?? '').trim();
  return {
    title: (edits.title ?? draft.title).trim(),
    description: edits.description ?? draft.description,
    category: edits.category ?? draft.category,
    priority: edits.priority ?? draft.priority,
    ...(brand ? { brand } : {}),
    ...(component ? { component } : {}),
  };
}

/** True when `draft` can be filed: a title of 3 to 200 characters. */
export function isFileable(draft: TicketDraft): boolean {
  return draft.title.length >= TITLE_CHARS.min && draft.title.length <= TITLE_CHARS.max;
}
