import { truncateText } from '../../adaptive-cards';
import { brandsNamedIn } from '../../knowledge/profile/brandsNamedIn';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { containsPhrase } from '../../knowledge/profile/phrasePattern';
import { ALL_BRANDS } from '../../knowledge/profile/OrganisationProfile';
import type { TicketBrand, TicketCategory, TicketDraft, TicketPriority } from './TicketSystem';

/** Longest prefilled title, in characters (the form allows 200). */
export const MAX_DRAFT_TITLE_CHARS = 120;
/** Longest prefilled description, in characters (the form's limit). */
export const MAX_DRAFT_DESCRIPTION_CHARS = 4000;
const MAX_COMPONENT_WORDS = 4;
const MAX_COMPONENT_CHARS = 60;

const LEADING_REQUEST =
  /^(?:(?:hi|hello|hey)[,!]?\s+)?(?:please\s+)?(?:(?:can|could|would) you(?: please)?\s+)?(?:i (?:want|need|would like) to\s+)?(?:open|file|create|raise|log|submit|make)\s+(?:(?:a|an|new|me a)\s+)*(?:(?:it|support|help ?desk|service|lab|facilities)\s+)?(?:ticket|issue|request|incident)\b(?:\s+(?:for|about|that|saying))?\s*[:\-–—,]?\s*/iu;
/** The same request in French, German and Italian ("ouvrir un ticket :", "Ticket öffnen:", "apri un ticket:"). */
const LEADING_REQUEST_OTHER =
  /^(?:(?:merci d[e']\s*|bitte\s+|per favore\s+)?(?:ouvr(?:ir|ez|e)|cr[ée]er|cr[ée]ez)\s+(?:un|une)\s+(?:ticket|demande)|(?:bitte\s+)?(?:ein\s+)?ticket\s+(?:öffnen|erstellen|anlegen)(?:\s+bitte)?|(?:per favore\s+)?(?:apri(?:re)?|crea(?:re)?)\s+un\s+ticket)\b\s*[:\-–—,]?\s*/iu;

const URGENT = words(
  'safety',
  'unsafe',
  'injur\\w*',
  'fire',
  'smoke',
  'hazard\\w*',
  'emergency',
  'urgent',
  'urgently',
  'production (?:line(?: [\\p{L}\\p{N}]+)? )?(?:is |has )?(?:down|stopped)',
  'line(?: \\d+)? (?:is |has )?(?:down|stopped)',
);
const HIGH = words(
  'down',
  'blocked',
  'blocking',
  'asap',
  'outage',
  'broken',
  'not working',
  "(?:doesn'?t|does not|won'?t|will not|can'?t|cannot) (?:work|start|boot|connect)",
  'stopped',
  'crash\\w*',
  'fails?',
  'failing',
  'en panne',
  'kaputt',
  'ausgefallen',
  'guasto',
  'bloccato',
);
const LOW = words(
  'not urgent',
  'no rush',
  'low priority',
  'when you have time',
  'whenever',
  'minor',
  'cosmetic',
  'nice to have',
);
const GROUP = words('group-?wide', 'all brands', 'every brand', 'company-?wide', 'organi[sz]ation-?wide');

const COMPONENT_WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}\\-/.']*?";
const COMPONENT_END =
  "(?=\\s+(?:in|on|at|for|of|from|to|is|are|was|were|has|have|had|keeps?|won'?t|doesn'?t|does|isn'?t|aren'?t|can'?t|cannot|not|will|stopped|broke|crashe[sd]|fail(?:s|ed)?|needs?|with|since|again|and|but)\\b|[.,;:!?)]|$)";
const COMPONENT = new RegExp(
  `\\bthe\\s+((?:${COMPONENT_WORD}\\s+){0,${MAX_COMPONENT_WORDS - 1}}?${COMPONENT_WORD})${COMPONENT_END}`,
  'giu',
);
const NOT_A_COMPONENT = /^(?:same|way|moment|time|last|first|other|whole|rest|one|issue|problem|ticket)\b/iu;

/**
 * Prefills a ticket form from the user's own words, deterministically (same text, same draft; no model).
 * - title: the first sentence (or line) after removing a leading "open/file/create/raise a ticket:" phrase,
 *   without its final full stop, first letter capitalised, at most {@link MAX_DRAFT_TITLE_CHARS} chars ('' when
 *   nothing is left: the form then asks for one);
 * - description: the whole text after that phrase, at most 4,000 chars;
 * - category: by the keywords of the profile's ticket categories (whole words, case-insensitive; e.g. VPN/password
 *   → it, room/heating → facilities), the category with most distinct hits wins (ties: profile order), else the
 *   profile's last category;
 * - priority: `low` when the text says it is not urgent, `urgent` for safety/fire/injury/emergency/urgent or a
 *   stopped production line, `high` for down/blocked/broken/not working/outage, else `normal`;
 * - brand: the one profile brand named (id, name or alias), `group` when several brands or "all brands" /
 *   "company-wide" / the organisation's short name + "group" are named, else none (always none for a profile
 *   without brands);
 * - component: the first short noun phrase (≤ 4 words) after "the" that ends before a verb or preposition,
 *   e.g. "the CAN simulator in lab 3" → "CAN simulator"; else none.
 */
export function draftFromText(
  text: string,
  profile: OrganisationProfile = defaultOrganisationProfile,
): TicketDraft {
  const body = String(text ?? '')
    .replace(/[^\S\n]+/g, ' ')
    .trim()
    .replace(LEADING_REQUEST, '')
    .replace(LEADING_REQUEST_OTHER, '')
    .trim();
  const flat = body.replace(/\s+/g, ' ');
  const brand = brandOf(flat, profile);
  const component = componentOf(flat, profile);
  return {
    title: titleOf(body),
    description: truncateText(capitalise(body), MAX_DRAFT_DESCRIPTION_CHARS),
    category: categoryOf(flat, profile),
    priority: priorityOf(flat),
    ...(brand ? { brand } : {}),
    ...(component ? { component } : {}),
  };
}

function titleOf(body: string): string {
  const first = (body.split(/\n|(?<=[.!?])\s+/u)[0] ?? '').trim().replace(/[.\s]+$/u, '');
  return truncateText(capitalise(first), MAX_DRAFT_TITLE_CHARS);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function categoryOf(text: string, profile: OrganisationProfile): TicketCategory {
  const categories = profile.ticketCategories;
  let best: TicketCategory = categories.at(-1)?.id ?? 'other';
  let bestHits = 0;
  for (const category of categories) {
    const hits = category.keywords.filter((keyword) => containsPhrase(text, keyword)).length;
    if (hits > bestHits) [best, bestHits] = [category.id, hits];
  }
  return best;
}

function priorityOf(text: string): TicketPriority {
  if (LOW.some((pattern) => pattern.test(text))) return 'low';
  if (URGENT.some((pattern) => pattern.test(text))) return 'urgent';
  if (HIGH.some((pattern) => pattern.test(text))) return 'high';
  return 'normal';
}

function brandOf(text: string, profile: OrganisationProfile): TicketBrand | undefined {
  if (profile.brands.length === 0) return undefined;
  const named = brandsNamedIn(text, profile);
  const organisation = profile.shortName ?? profile.name;
  const group =
    GROUP.some((pattern) => pattern.test(text)) ||
    (organisation !== undefined && containsPhrase(text, `${organisation} group`));
  if (named.length > 1 || group) return ALL_BRANDS;
  return named[0];
}

function componentOf(text: string, profile: OrganisationProfile): string | undefined {
  for (const match of text.matchAll(COMPONENT)) {
    const phrase = (match[1] ?? '').replace(/[.']+$/u, '');
    // "the Fabrikam" names a brand, not equipment.
    const onlyBrand = profile.brands.some((b) =>
      [b.id, b.name, ...b.aliases].some((form) => form.toLowerCase() === phrase.toLowerCase()),
    );
    if (phrase && !NOT_A_COMPONENT.test(phrase) && !onlyBrand && phrase.length <= MAX_COMPONENT_CHARS)
      return phrase;
  }
  return undefined;
}

/** One case-insensitive regex per keyword, matching whole words only. */
function words(...keywords: string[]): RegExp[] {
  return keywords.map((keyword) => new RegExp(`(?<![\\p{L}\\p{N}])${keyword}(?![\\p{L}\\p{N}])`, 'iu'));
}
