import { newStemmer } from 'snowball-stemmers';
import { shortTextMemo } from '../memo/BoundedMemo';

const porter = newStemmer('porter');

/** Stems of recently stemmed words (a question's words are stemmed several times per answer). */
const stems = shortTextMemo((word: string) => porter.stem(word), 64, 4096);

/**
 * The original Porter stem of a folded word, as the embedded index's `porter` tokenizer stores it: what a form
 * is looked up as in the index's vocabulary.
 */
export function porterStem(word: string): string {
  return stems(word);
}
