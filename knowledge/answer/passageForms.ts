import type { Passage } from '../index/Passage';
import { PassageMemo } from './PassageMemo';
import { compactForm } from './questionEntities';

/** How names of a question are looked for in one passage (see `mentions`). */
export interface PassageForms {
  /** `compactForm` of the passage's `title docId heading text`. */
  readonly compact: string;
  /** The lower-cased words (letters, marks, digits) of the same text. */
  readonly words: ReadonlySet<string>;
}

const CAPACITY = 4096;
const memo = new PassageMemo<PassageForms>(CAPACITY);

/**
 * The compact form and words of `${title} ${docId} ${heading} ${text}`, computed once per such text. Texts
 * joined by a space give the concatenation of their compact forms and the union of their words, so the forms of
 * several passages are assembled from these. Shared between calls: never mutate `words`.
 */
export function passageForms(passage: Passage): PassageForms {
  return memo.get(passage, '', () => {
    const text = `${passage.title} ${passage.docId} ${passage.heading} ${passage.text}`;
    return {
      compact: compactForm(text),
      words: new Set(
        text
          .toLowerCase()
          .split(/[^\p{L}\p{M}\p{N}]+/u)
          .filter(Boolean),
      ),
    };
  });
}

/** The forms of several passages' texts joined by spaces, in order: `words` answers `has` over all of them. */
export function joinedForms(passages: readonly Passage[]): {
  readonly compact: string;
  readonly words: { has(word: string): boolean };
} {
  const forms = passages.map(passageForms);
  if (forms.length === 1 && forms[0]) return forms[0];
  return {
    compact: forms.map((f) => f.compact).join(''),
    words: { has: (word) => forms.some((f) => f.words.has(word)) },
  };
}
