/**
 * Turns free user text into a safe FTS5 MATCH expression: every word becomes a quoted term, OR-ed together,
 * so FTS5 operators, column filters and quotes in user text are inert. Returns undefined when the text has
 * no searchable word. At most `maxTerms` (default 64) distinct terms are kept, in order of appearance. Words in
 * `skip` (lower case, e.g. function words) are left out unless the text has no other word.
 */
export function ftsQuery(
  text: string,
  maxTerms = 64,
  skip: ReadonlySet<string> = new Set(),
): string | undefined {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const distinct = [...new Set(words)];
  const kept = distinct.filter((word) => !skip.has(word));
  const terms = (kept.length > 0 ? kept : distinct).slice(0, maxTerms);
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term}"`).join(' OR ');
}
