import type { Passage } from '../index/Passage';
import { toLanguage } from '../language/languages';
import { PassageMemo } from './PassageMemo';
import { queryTerms } from './terms';

const CAPACITY = 4096;
const memo = new PassageMemo<readonly string[]>(CAPACITY);

/**
 * The terms of a passage's title, heading and text read in its language and `language` (the question's):
 * `queryTerms(title\nheading\ntext, { languages: [passage.language, language] })`, computed once per passage
 * text and pair of languages (no `known`: nothing but the passage itself is read). The array is shared between
 * calls and must not be mutated.
 */
export function passageVocabulary(passage: Passage, language: string): readonly string[] {
  const variant = `${toLanguage(passage.language) ?? ''}+${toLanguage(language) ?? ''}`;
  return memo.get(passage, variant, () =>
    queryTerms(`${passage.title}\n${passage.heading}\n${passage.text}`, {
      languages: [passage.language, language],
    }),
  );
}
