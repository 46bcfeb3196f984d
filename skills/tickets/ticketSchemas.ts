import { z } from 'zod/v4';
import { WORD_JOINER } from '../../adaptive-cards';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { brandValues } from '../../knowledge/profile/profileText';
import { TICKET_PRIORITIES, type TicketDraft } from './TicketSystem';

export const TITLE_CHARS = { min: 3, max: 200 } as const;
export const MAX_DESCRIPTION_CHARS = 4000;
export const MAX_COMPONENT_CHARS = 100;
export const MAX_SUMMARY_CHARS = 1000;

/** Text back from a card: word joiners the card added to neutralise `${`/`{{` are removed, ends trimmed. */
const cardText = z.string().transform((value) => value.split(WORD_JOINER).join('').trim());
/** One of `values` (the organisation profile's ids); the error lists them. */
const oneOf = (values: readonly string[], what: string) =>
  z.string().refine((value) => values.includes(value), {
    message: values.length > 0 ? `must be one of: ${values.join(', ')}` : `no ${what} is available`,
  });

/**
 * The ticket schemas of one organisation profile: categories are the profile's ticket category ids, brands its
 * brand ids plus `group` (none when it has no brands).
 * - `TicketEdits`: the data the ticket form sends back with "File ticket": exactly its input ids. Every field is
 *   optional (absent = keep the draft's value); `''` or `none` for brand, `''` for component, clears it. Limits:
 *   title 3..200 chars, description ≤ 4,000, component ≤ 100, category/priority/brand from their lists.
 * - `StoredTicketDraft`: a draft as stored with its confirmation token (the title may still be empty: the form
 *   asks for one).
 * - `PendingTicket`: what `file_ticket` stores with a token: the draft and the id that keys its one-time creation.
 */
export function ticketSchemas(profile: OrganisationProfile) {
  const category = oneOf(
    profile.ticketCategories.map((c) => c.id),
    'category',
  );
  const brand = oneOf(brandValues(profile), 'brand');
  const TicketEdits = z.object({
    title: cardText.pipe(z.string().min(TITLE_CHARS.min).max(TITLE_CHARS.max)).optional(),
    description: cardText.pipe(z.string().max(MAX_DESCRIPTION_CHARS)).optional(),
    category: category.optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    brand: z.union([z.literal(''), z.literal('none'), brand]).optional(),
    component: cardText.pipe(z.string().max(MAX_COMPONENT_CHARS)).optional(),
  });
  const StoredTicketDraft = z.object({
    title: z.string().max(TITLE_CHARS.max),
    description: z.string().max(MAX_DESCRIPTION_CHARS),
    category,
    priority: z.enum(TICKET_PRIORITIES),
    brand: brand.optional(),
    component: z.string().max(MAX_COMPONENT_CHARS).optional(),
  });
  const PendingTicket = z.object({
    draftId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
    draft: StoredTicketDraft,
  });
  return { TicketEdits, StoredTicketDraft, PendingTicket };
}

type TicketSchemas = ReturnType<typeof ticketSchemas>;
export type TicketEdits = z.infer<TicketSchemas['TicketEdits']>;
export type PendingTicket = z.infer<TicketSchemas['PendingTicket']>;

/** `TicketEdits` of the neutral organisation profile (generic categories, no brands). */
export const TicketEdits = ticketSchemas(defaultOrganisationProfile).TicketEdits;

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
