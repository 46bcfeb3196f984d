import { porterStem } from '../language/porterStem';
import { locationWords } from '../index/locationWords';
import type { Passage } from '../types';
import { questionFocus } from './questionFocus';
import { spellingVariants } from './spellingVariants';
import { termMatcher } from './termMatcher';
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

const WORD = /[\p{L}\p{M}]+/gu;

/** A word and its other spellings (`spellingVariants`): the forms a document may write it in. */
export function wordForms(word: string): string[] {
  return [word, ...spellingVariants(word)];
}

/**
 * The focus phrases of an English question (`questionFocus`) with, for each, the content words the passages
 * hold and those they don't. A word is held when a passage's text, heading, title or location holds it as
 * `queryTerms` gives it, as another derived form (Porter stems compared: `removal` is held by `removes`), in
 * another spelling (`colour` / `color`), or written in two words or hyphenated (`workstation` is held by
 * `work station`); a word of `known` phrases (glossary forms of the question, whose synonyms were searched too)
 * is always held. Phrases with no content word are left out. Deterministic; never throws.
 */
export function focusGaps(
  question: string,
  passages: readonly Passage[],
  known: readonly string[] = [],
): FocusGap[] {
  const phrases = questionFocus(question);
  if (phrases.length === 0) return [];
  const texts = passages.map((p) => `${p.title} ${locationWords(p.docId)} ${p.heading} ${p.text}`);
  const vocabulary = new Set(texts.flatMap((text) => queryTerms(text)));
  const glossary = new Set(queryTerms(known.join(' ')));
  let loose: Set<string> | undefined;
  const looseForms = (): Set<string> => {
    const forms = new Set<string>();
    for (const text of texts) {
      const words = [...text.toLowerCase().matchAll(WORD)].map(([w]) => w);
      for (const [i, w] of words.entries()) {
        forms.add(porterStem(w));
        const next = words[i + 1];
        if (next !== undefined) forms.add(porterStem(`${w}${next}`));
      }
    }
    return forms;
  };
  const holds = (word: string): boolean =>
    wordForms(word).some((form) => {
      const terms = queryTerms(form);
      if (terms.some((term) => glossary.has(term) || termMatcher(term)(vocabulary))) return true;
      loose ??= looseForms();
      const joined = [...form.matchAll(WORD)].map(([w]) => w);
      return (
        joined.some((w) => loose?.has(porterStem(w))) || loose?.has(porterStem(joined.join(''))) === true
      );
    });
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
