import {
  PREPOSITIONS,
  QUESTION_WORDS,
  contentWords,
  isOrdinal,
  isPossessive,
  isPronoun,
  nameShape,
  toWords,
  type Word,
} from './questionWords';

/** Why a message was taken as a follow-up. */
export type FollowUpReason = 'lead' | 'preposition' | 'reference' | 'name';

/** A message that continues the previous question, split into what it adds. */
export interface FollowUpCue {
  readonly reason: FollowUpReason;
  /** The message without its lead ("and", "what about", ...) and final punctuation. */
  readonly rest: readonly Word[];
  /** The preposition the rest opens with ("for", "from", "in", "if"), if any. */
  readonly preposition?: string;
  /** `rest` without that preposition: the term the follow-up is about. */
  readonly phrase: readonly Word[];
}

/** More content words than this after the lead make a message a new question, not a follow-up. */
export const FOLLOW_UP_MAX_CONTENT_WORDS = 5;

/** Openers of a follow-up, in English and a few other languages; each consumes only the opener itself. */
const LEADS: readonly RegExp[] = [
  /^(?:(?:and|but|or|so)\s+)?(?:what|how)\s+about\s+/i,
  /^(?:and\s+)?(?:is\s+it\s+)?(?:the\s+)?same(?:\s+question)?(?:\s+goes)?\s+(?=(?:for|with|in|at|on)\b)/i,
  /^(?:and\s+)?what\s+(?=if\b)/i,
  /^(?:and|also|plus|but|or)\s+(?:also\s+)?/i,
  /^(?:et|und|e|y)\s+/i,
  /^(?:et\s+)?qu['’]en\s+est-il\s+(?:de\s+|du\s+|des\s+)?/i,
  /^(?:und\s+)?was\s+ist\s+mit\s+/i,
];

/**
 * Decides whether `message` is a follow-up to an earlier question, from its form alone (the language's
 * function words, never a corpus vocabulary). A follow-up is a message that
 * - opens with a lead ("and ...", "what about ...", "how about ...", "same for ...", "also ...", "and if ..."),
 * - or opens with a preposition ("for vans?", "from abroad?"),
 * - or refers back with a pronoun or an ordinal ("how do I reset it?", "the second step?") and has at most
 *   three content words,
 * - or is only a name or two ("Zephyr?", "XR-9"; a capitalised word needs the question mark),
 * and is not a question of its own (after a lead, any question without a reference: "and how do I connect to
 * the VPN?"; without a lead, one with three or more content words; one opened by a preposition and a
 * question word: "for how long ...?"), nor longer than `FOLLOW_UP_MAX_CONTENT_WORDS` content words.
 * Returns undefined otherwise.
 */
export function detectFollowUp(message: string): FollowUpCue | undefined {
  const text = message
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s?!.…。？！]+$/u, '');
  if (!text) return undefined;
  const lead = LEADS.map((re) => re.exec(text)).find((match) => match !== null);
  const rest = toWords(lead ? text.slice(lead[0].length) : text);
  if (rest.length === 0) return undefined;
  const content = contentWords(rest);
  const refers = rest.some((w) => isPronoun(w) || isPossessive(w) || isOrdinal(w));
  if (content.length > FOLLOW_UP_MAX_CONTENT_WORDS) return undefined;
  const first = rest[0] as Word;
  // A question of its own ("and how do I connect to the VPN?", "what is the wheelbase?") starts a new subject
  // unless it refers back ("and how do I reset it?").
  if (QUESTION_WORDS.has(first.lower) && !refers && (lead || content.length >= 3)) return undefined;
  const preposition = PREPOSITIONS.has(first.lower) ? first.lower : undefined;
  // "For how long ...?", "In which document ...?": a question opened by a preposition, not a constraint.
  if (preposition && QUESTION_WORDS.has(rest[1]?.lower ?? '')) return undefined;
  const cue = (reason: FollowUpReason): FollowUpCue => ({
    reason,
    rest,
    phrase: preposition ? rest.slice(1) : rest,
    ...(preposition ? { preposition } : {}),
  });
  if (lead) return cue('lead');
  if (preposition && rest.length > 1) return cue('preposition');
  if (refers && content.length <= 3) return cue('reference');
  // A capitalised word alone is a name only when asked ("Zephyr?"); "Great!" and "Perfect" are not.
  const asked = /[?？]\s*$/u.test(message);
  const shapes = rest.map((w) => nameShape(w, false));
  if (rest.length <= 2 && shapes.every((shape) => shape && (asked || shape !== 'title'))) return cue('name');
  return undefined;
}
