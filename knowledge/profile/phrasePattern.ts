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

/** True when `text` contains `phrase` as whole words (see {@link phrasePattern}); an empty phrase never matches. */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrase.trim() !== '' && phrasePattern(phrase).test(text);
}
