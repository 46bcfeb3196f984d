/** Irregular plurals common in technical prose, mapped to the singular before stemming. */
const IRREGULAR: Readonly<Record<string, string>> = {
  criteria: 'criterion',
  phenomena: 'phenomenon',
  analyses: 'analysis',
  axes: 'axis',
  indices: 'index',
  matrices: 'matrix',
  vertices: 'vertex',
  appendices: 'appendix',
};

const VOWEL = /[aeiouy]/u;
const UNDOUBLE = /([bcdfghjkmnpqrtvwx])\1$/u;

function stripSuffix(word: string, suffix: string): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const stem = word.slice(0, -suffix.length);
  return stem.length >= 3 && VOWEL.test(stem) ? stem.replace(UNDOUBLE, '$1') : undefined;
}

/**
 * A light, deterministic English stemmer for ASCII lower-case words: strips the plural `s`/`es`/`ies`, then
 * `ing` or `ed`, then a final `e`, so `brakes`, `braking`, `braked` and `brake` all give `brak`. Words that
 * are not `[a-z]+` or are shorter than four letters are returned unchanged. Not idempotent by design
 * (`brak` is not re-stemmed by callers); always stem both sides of a comparison the same way.
 */
export function stemEnglish(word: string): string {
  if (!/^[a-z]+$/u.test(word) || word.length < 4) return word;
  let stem = IRREGULAR[word] ?? word;
  if (stem !== word) return stem;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (/(?:s|x|z|ch|sh)es$/u.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/u.test(stem)) stem = stem.slice(0, -1);
  // An adverb with five or more letters before `ly` is its adjective: `generally` -> `general`, `quickly` ->
  // `quick` (shorter words are often not adverbs: `apply`, `family`).
  if (stem.endsWith('ly') && stem.length >= 7) stem = stem.slice(0, -2);
  else if (!stem.endsWith('eed')) stem = stripSuffix(stem, 'ing') ?? stripSuffix(stem, 'ed') ?? stem;
  if (stem.length >= 4 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}
