import { PassageMemo } from './PassageMemo';
import { porterStem } from '../language/porterStem';
import { locationWords } from '../index/locationWords';
import type { Passage } from '../index/Passage';
import { questionFocus } from './questionFocus';
import { spellingVariants } from './spellingVariants';
import { stemEnglish } from './stemEnglish';
import { queryTerms } from './terms';

/** One phrase an English question asks about, split by what the retrieved passages hold of it. */
export interface FocusGap {
  /** Content words of the phrase (lower case, as asked) that some passage holds. */
  readonly held: readonly string[];
  /**
   * Content words before the phrase's last one (its modifiers: `letterhead` in "letterhead template") that no
   * passage holds in any form. The last word (the head, or a word the phrase ends on) is never missing.
   */
  readonly missing: readonly string[];
  /** True when the question asks whether the thing exists (see `questionFocus`). */
  readonly existence: boolean;
}

/** How many readable documents use a word (lower case, as asked); undefined when not known. */
export type WordFrequency = (word: string) => number | undefined;

const PART = /[\p{L}\p{M}\p{N}]+/gu;
const BETWEEN_WORDS = /[^\p{L}\p{M}\p{N}]+/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/** Whether a word of `text` starts with `prefix` (found where no letter or digit precedes it). */
function startsAWord(text: string, prefix: string): boolean {
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1))
    if (at === 0 || !WORD_CHARACTER.test(text.charAt(at - 1))) return true;
  return false;
}

/** The words of `text` and every two neighbours written as one (`work station` -> `workstation`), unique. */
function wordsAndPairs(text: string): string[] {
  const words = text.split(BETWEEN_WORDS).filter(Boolean);
  return [...new Set([...words, ...words.slice(1).map((word, i) => `${words[i] ?? ''}${word}`)])];
}

/** The prefixes a document's form of `part` starts with: the part, its light stem and its Porter stem. */
function prefixesOf(part: string): string[] {
  const stems = [part, stemEnglish(part), porterStem(part)];
  return [...new Set(stems.filter((stem) => stem.length >= Math.min(3, part.length)))];
}

/** A word and its other spellings (`spellingVariants`): the forms a document may write it in. */
export function wordForms(word: string): string[] {
  return [word, ...spellingVariants(word)];
}

/** Each recent passage's searched text (see `focusText`). */
const focusTexts = new PassageMemo<string>(4096);

/**
 * A passage's text, heading, title and location as `focusGaps` searches them: NFC, lower case. Joined by `\n`
 * they equal the same of the joined texts (neither step changes across a line break).
 */
function focusText(p: Passage): string {
  return focusTexts.get(p, '', () =>
    `${p.title} ${locationWords(p.docId)} ${p.heading} ${p.text}`.normalize('NFC').toLowerCase(),
  );
}

/**
 * The focus phrases of an English question (`questionFocus`) with, for each, the content words the passages
 * hold and those they don't. A word is held when a word of a passage's text, heading, title or location starts
 * with it, its light stem or its Porter stem (`removal` is held by `removes`, `days` by `day`), in any of its
 * spellings (`colour` / `color`), or when two neighbouring words written as one do (`workstation` is held by
 * `work station`, `email` by `e-mail`); a word with several parts (`ready-made`) is held when one part is; a word of `known`
 * phrases (glossary forms of the question, whose synonyms were searched too) is always held. Phrases with no
 * content word are left out. Deterministic; never throws.
 */
export function focusGaps(
  question: string,
  passages: readonly Passage[],
  known: readonly string[] = [],
): FocusGap[] {
  const phrases = questionFocus(question);
  if (phrases.length === 0) return [];
  const text = passages.map(focusText).join('\n');
  const glossary = new Set(queryTerms(known.join(' ')));
  // Two neighbouring words as one are read only for a word no single word of the passages starts with.
  let pairs: string[] | undefined;
  const startsPair = (prefix: string): boolean =>
    (pairs ??= wordsAndPairs(text)).some((w) => w.startsWith(prefix));
  const holds = (word: string): boolean => {
    const forms = wordForms(word);
    if (forms.some((form) => queryTerms(form).some((term) => glossary.has(term)))) return true;
    const prefixes = forms.flatMap((form) => [...form.matchAll(PART)].flatMap(([part]) => prefixesOf(part)));
    return prefixes.some((prefix) => startsAWord(text, prefix)) || prefixes.some(startsPair);
  };
  const gaps: FocusGap[] = [];
  for (const phrase of phrases) {
    const content = phrase.words.filter((word) => queryTerms(word).length > 0);
    if (content.length === 0) continue;
    const modifiers = content.slice(0, -1);
    gaps.push({
      held: content.filter(holds),
      missing: modifiers.filter((word) => !holds(word)),
      existence: phrase.existence,
    });
  }
  return gaps;
}

/** The words whose frequency `declinesFocus` may need: those of every phrase that misses a word but holds another. */
export function wordsToCount(gaps: readonly FocusGap[]): string[] {
  const open = gaps.filter((gap) => gap.missing.length > 0 && gap.held.length > 0);
  return [...new Set(open.flatMap((gap) => [...gap.missing, ...gap.held]))];
}

/**
 * True when the evidence lacks the very thing a phrase of the question asks about, while holding the rest of
 * the phrase (the passages speak of templates, not of letterhead templates; English noun phrases end on their
 * head, so a missing modifier is the kind of thing asked for):
 * - a missing word of the phrase is used by no readable document at all (`frequency` 0): the documents never
 *   name it, so what the passages say is about something else;
 * - in an existence question ("is there a standard email signature layout…"), a missing word is rarer across
 *   the documents than every word of the phrase the passages hold: the most specific part of the thing is
 *   absent.
 * Phrases that hold none of their words are left to the coverage check. A word whose `frequency` is unknown
 * never declines.
 */
export function declinesFocus(gaps: readonly FocusGap[], frequency: WordFrequency): boolean {
  return gaps.some((gap) => {
    if (gap.missing.length === 0 || gap.held.length === 0) return false;
    const missing = gap.missing.map(frequency);
    if (missing.some((n) => n === 0)) return true;
    if (!gap.existence) return false;
    const held = gap.held.map(frequency);
    if (held.some((n) => n === undefined)) return false;
    const rarestHeld = Math.min(...held.map((n) => n ?? 0));
    return missing.some((n) => n !== undefined && n < rarestHeld);
  });
}
