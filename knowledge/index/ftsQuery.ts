/**
 * The words of free user text as FTS5 will search them: runs of letters and digits, NFKC-normalised, lower
 * case, distinct, in order of appearance, at most `maxTerms` (default 64). Words in `skip` (lower case, e.g.
 * function words) are left out unless the text has no other word.
 */
export function ftsWords(text: string, maxTerms = 64, skip: ReadonlySet<string> = new Set()): string[] {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const distinct = [...new Set(words)];
  const kept = distinct.filter((word) => !skip.has(word));
  return (kept.length > 0 ? kept : distinct).slice(0, maxTerms);
}

/** An FTS5 MATCH expression for `words` (from `ftsWords`): each quoted, OR-ed; undefined when there is none. */
export function matchAny(words: readonly string[]): string | undefined {
  return words.length === 0 ? undefined : words.map((word) => `"${word}"`).join(' OR ');
}

/**
 * Turns free user text into a safe FTS5 MATCH expression: every word becomes a quoted term, OR-ed together,
 * so FTS5 operators, column filters and quotes in user text are inert. Returns undefined when the text has
 * no searchable word. Words as `ftsWords` selects them.
 */
export function ftsQuery(
  text: string,
  maxTerms = 64,
  skip: ReadonlySet<string> = new Set(),
): string | undefined {
  return matchAny(ftsWords(text, maxTerms, skip));
}
