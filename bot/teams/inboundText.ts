import type { Activity } from 'botbuilder';
import { htmlToText } from '../../knowledge/extract/htmlToText';
import { normaliseText } from '../../knowledge/extract/normaliseText';

/** Markup a Teams client puts into a message's text where an inserted card sits (Agents Playground, Teams). */
const CARD_PLACEHOLDER = /<span\b[^>]*\binline-compose-card\b|<attachment\b/i;

/** What a typed message says, once the markup of inserted cards is taken out. */
export type InboundText =
  /** The user's words (possibly empty: an empty message). */
  | { readonly kind: 'text'; readonly text: string }
  /** No words, only cards (e.g. a message-extension result sent into the chat): nothing to answer. */
  | { readonly kind: 'cardsOnly' };

/**
 * The words of a message activity. A card inserted into the compose box (a message-extension result) reaches
 * the bot as attachments plus placeholder markup in `text` (`<span class="inline-compose-card" ...>` from the
 * Agents Playground, `<attachment id=...>` from Teams); such text is reduced to its visible words, so markup is
 * never taken for a question. No words and at least one non-HTML attachment: `cardsOnly`. Card submits (a
 * `value`) and plain text pass through unchanged.
 */
export async function inboundText(activity: Partial<Activity>): Promise<InboundText> {
  const raw = activity.text ?? '';
  if (activity.value !== undefined && activity.value !== null) return { kind: 'text', text: raw };
  const text = CARD_PLACEHOLDER.test(raw) ? normaliseText((await htmlToText(raw)).text).trim() : raw;
  const cards = (activity.attachments ?? []).some((a) => a.contentType !== 'text/html');
  return text.trim() === '' && cards ? { kind: 'cardsOnly' } : { kind: 'text', text };
}
