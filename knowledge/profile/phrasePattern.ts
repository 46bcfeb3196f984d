import { BoundedMemo } from '../memo/BoundedMemo';

/**
 * A case-insensitive regex matching `phrase` as whole words: not inside a longer word (letters and digits on
 * either side don't match), with any run of whitespace between its words. Regex characters in `phrase` are
 * literal. Multi-word phrases and phrases with hyphens (`e-mail`, `X-2`) work.
 */
export function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** A phrase looked for: its pattern and, when it is ASCII, its lower-cased words (for `mayContain`). */
interface Phrase {
  readonly pattern: RegExp;
  readonly asciiWords: readonly string[] | undefined;
}

/** Compiled patterns of the phrases looked for (glossary terms, brand names: a bounded, stable set). */
const phrases = new BoundedMemo<string, Phrase>(2048);

// eslint-disable-next-line no-control-regex -- the ASCII range is the point
const ASCII = /^[\u0000-\u007f]*$/u;

/**
 * The only characters a case-insensitive Unicode pattern folds to an ASCII letter besides ASCII letters
 * (simple case folding): KELVIN SIGN to `k`, LATIN SMALL LETTER LONG S to `s`.
 */
const FOLDS_TO_ASCII = /[\u212a\u017f]/u;

/** The last text searched, lower-cased unless it holds `FOLDS_TO_ASCII` (a question is searched for many phrases in a row). */
let last: { text: string; lower: string | undefined } = { text: '', lower: '' };

/**
 * False only when `text` cannot contain `phrase`: the phrase is ASCII and one of its words is not in the
 * lower-cased text (as any substring). An ASCII character of the pattern matches, ignoring case, only itself,
 * its other ASCII case and the two `FOLDS_TO_ASCII` characters, so for a text without those this never rules
 * out a match.
 */
function mayContain(text: string, phrase: Phrase): boolean {
  if (!phrase.asciiWords) return true;
  if (last.text !== text) last = { text, lower: FOLDS_TO_ASCII.test(text) ? undefined : text.toLowerCase() };
  const lower = last.lower;
  return lower === undefined || phrase.asciiWords.every((word) => lower.includes(word));
}

/**
 * True when `text` contains `phrase` as whole words (see {@link phrasePattern}); an empty phrase never matches.
 * Each phrase's pattern is compiled once (it has no `g` flag, so `test` keeps no state between calls), and
 * is not run on a text that lacks one of an ASCII phrase's words.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase.trim() === '') return false;
  const compiled = phrases.get(phrase, () => ({
    pattern: phrasePattern(phrase),
    asciiWords: ASCII.test(phrase) ? phrase.trim().toLowerCase().split(/\s+/u) : undefined,
  }));
  return mayContain(text, compiled) && compiled.pattern.test(text);
}
