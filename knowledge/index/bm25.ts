/** BM25 parameters of SQLite FTS5's built-in `bm25()`: k1 = 1.2, b = 0.75. */
const K1 = 1.2;
const B = 0.75;

/**
 * Inverse document frequency as FTS5's `bm25()` computes it: ln((N - n + 0.5) / (n + 0.5)), and 1e-6 when
 * that is not positive (a term in more than half of the rows counts almost nothing).
 */
export function bm25Idf(rows: number, rowsWithTerm: number): number {
  const idf = Math.log((rows - rowsWithTerm + 0.5) / (rowsWithTerm + 0.5));
  return idf > 0 ? idf : 1e-6;
}

/**
 * One term's share of a row's score, as FTS5's `bm25()` adds it up: `weightedFrequency` is the term's
 * occurrences in each column times that column's weight, summed; `rowLength` and `averageLength` count
 * tokens over all columns. The row's score is the sum over the query's terms (FTS5 returns it negated).
 */
export function bm25Term(
  idf: number,
  weightedFrequency: number,
  rowLength: number,
  averageLength: number,
): number {
  if (weightedFrequency <= 0) return 0;
  const norm = K1 * (1 - B + (B * rowLength) / averageLength);
  return (idf * weightedFrequency * (K1 + 1)) / (weightedFrequency + norm);
}
