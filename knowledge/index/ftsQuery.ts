/**
 * Turns free user text into a safe FTS5 MATCH expression: every word becomes a quoted term, OR-ed together,
 * so FTS5 operators, column filters and quotes in user text are inert. Returns undefined when the text has
 * no searchable word. At most `maxTerms` (default 64) distinct terms are kept, in order of appearance.
 */
export function ftsQuery(text: string, maxTerms = 64): string | undefined {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = [...new Set(words)].slice(0, maxTerms);
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term}"`).join(' OR ');
}
