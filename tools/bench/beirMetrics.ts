/** Relevance judgements: query id -> (doc id -> graded relevance > 0). */
export type Qrels = ReadonlyMap<string, ReadonlyMap<string, number>>;
/** A ranked run: query id -> doc ids, best first. */
export type Run = ReadonlyMap<string, readonly string[]>;

/**
 * nDCG@k with trec_eval conventions: gain = relevance grade, discount log2(rank + 1), ideal DCG from the
 * judged relevant documents; the mean is over every query in `qrels` (a query with no results scores 0).
 */
export function ndcgAtK(qrels: Qrels, run: Run, k: number): number {
  let total = 0;
  for (const [queryId, judged] of qrels) {
    const ranked = (run.get(queryId) ?? []).slice(0, k);
    const dcg = ranked.reduce((sum, docId, i) => sum + (judged.get(docId) ?? 0) / Math.log2(i + 2), 0);
    const ideal = [...judged.values()]
      .filter((grade) => grade > 0)
      .sort((a, b) => b - a)
      .slice(0, k)
      .reduce((sum, grade, i) => sum + grade / Math.log2(i + 2), 0);
    total += ideal > 0 ? dcg / ideal : 0;
  }
  return qrels.size === 0 ? 0 : total / qrels.size;
}

/** Recall@k: share of each query's relevant documents found in its top k, averaged over every query in `qrels`. */
export function recallAtK(qrels: Qrels, run: Run, k: number): number {
  let total = 0;
  for (const [queryId, judged] of qrels) {
    const relevant = [...judged].filter(([, grade]) => grade > 0).map(([docId]) => docId);
    if (relevant.length === 0) continue;
    const top = new Set((run.get(queryId) ?? []).slice(0, k));
    total += relevant.filter((docId) => top.has(docId)).length / relevant.length;
  }
  return qrels.size === 0 ? 0 : total / qrels.size;
}

/** The value at quantile q (0..1) of `values` (nearest-rank); 0 for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
