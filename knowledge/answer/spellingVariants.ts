/** British and American spellings of one ending or inner sequence, both ways (`colour` / `color`). */
const PAIRS: readonly (readonly [RegExp, string, RegExp, string])[] = [
  [/our(?=s?$|ed$|ing$|ful|less|ite|able)/u, 'or', /(?<=[^o])or(?=s?$|ed$|ing$|ful|less|ite|able)/u, 'our'],
  [/is(e|es|ed|ing|ation|ations)$/u, 'iz$1', /iz(e|es|ed|ing|ation|ations)$/u, 'is$1'],
  [/ys(e|es|ed|ing)$/u, 'yz$1', /yz(e|es|ed|ing)$/u, 'ys$1'],
  [/tre(s?)$/u, 'ter$1', /ter(s?)$/u, 'tre$1'],
  [/ogue(s?)$/u, 'og$1', /og(s?)$/u, 'ogue$1'],
  [/ence(s?)$/u, 'ense$1', /ense(s?)$/u, 'ence$1'],
  [/ll(ed|ing|er|ers)$/u, 'l$1', /(?<=[aeiou])l(ed|ing|er|ers)$/u, 'll$1'],
];

/** Shorter words are left alone (`four`, `tour`, `our` are not spellings of `for`, `tor`, `or`). */
const MIN_LENGTH = 5;

/**
 * The other English spellings of a lower-case word (British and American: `colour` / `color`, `organise` /
 * `organize`, `centre` / `center`, `catalogue` / `catalog`, `licence` / `license`, `travelled` / `traveled`),
 * without the word itself; empty for most words and for words under five letters. Spelling rules only, no vocabulary. Deterministic.
 */
export function spellingVariants(word: string): string[] {
  const out = new Set<string>();
  if (word.length < MIN_LENGTH) return [];
  for (const [british, american, back, britishForm] of PAIRS) {
    if (british.test(word)) out.add(word.replace(british, american));
    if (back.test(word)) out.add(word.replace(back, britishForm));
  }
  out.delete(word);
  return [...out];
}
