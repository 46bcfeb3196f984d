/** BM25 column weights of the FTS table: title, heading, text. */
export type Bm25Weights = readonly [number, number, number];

/** The weights as the named parameters (`@wt`, `@wh`, `@wx`) of the index's `bm25()` queries. */
export function bm25WeightParams(weights: Bm25Weights): { wt: number; wh: number; wx: number } {
  return { wt: weights[0], wh: weights[1], wx: weights[2] };
}
