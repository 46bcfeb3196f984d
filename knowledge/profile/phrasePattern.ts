import { BoundedMemo } from '../answer/BoundedMemo';

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

/** Compiled patterns of the phrases looked for (glossary terms, brand names: a bounded, stable set). */
const patterns = new BoundedMemo<string, RegExp>(2048);

/**
 * True when `text` contains `phrase` as whole words (see {@link phrasePattern}); an empty phrase never matches.
 * Each phrase's pattern is compiled once (it has no `g` flag, so `test` keeps no state between calls).
 */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrase.trim() !== '' && patterns.get(phrase, () => phrasePattern(phrase)).test(text);
}
