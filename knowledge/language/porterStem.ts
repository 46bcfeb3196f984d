import { newStemmer } from 'snowball-stemmers';

const porter = newStemmer('porter');

/**
 * The original Porter stem of a folded word, as the embedded index's `porter` tokenizer stores it: what a form
 * is looked up as in the index's vocabulary.
 */
export function porterStem(word: string): string {
  return porter.stem(word);
}
