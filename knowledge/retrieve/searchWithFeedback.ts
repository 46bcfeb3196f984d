import { STOP_WORDS } from '../answer/stopWords';
import type { KnowledgeIndex } from '../index/KnowledgeIndex';
import type { Passage } from '../index/Passage';
import type { SearchOptions } from '../index/SearchOptions';

export interface FeedbackOptions {
  /** Distinct top documents whose passages suggest expansion words; default 1. */
  readonly feedbackDocuments?: number;
  /** Expansion words added to the question; default 10. */
  readonly expansionWords?: number;
  /** Weight of the expanded search against the original in the rank fusion; default 0.3. */
  readonly weight?: number;
  /** Passages read to judge how common a word is among the results; default 40. */
  readonly poolSize?: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-_][\p{L}\p{M}\p{N}]+)*/gu;
/** Pools of at least this many passages only expand with words found in two or more of them. */
const MIN_POOL_FOR_SPREAD = 5;
/** Reciprocal-rank-fusion constant (the usual 60). */
const RRF_K = 60;

function words(text: string): string[] {
  return [...text.normalize('NFC').toLowerCase().matchAll(WORD)]
    .map((m) => m[0])
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

/**
 * Pseudo-relevance feedback around any `KnowledgeIndex`: a question phrased in other words than the documents
 * ("paternity leave" for "second parent leave") often still finds the right document among its first results,
 * whose own words then find the rest. Searches once; takes the words that are frequent in the passages of the
 * top documents and rare in the wider result pool (tf·idf over the pool), not in the question; searches again
 * with them added; fuses both rankings by weighted reciprocal rank, the original counting fully. Access
 * trimming is untouched: both searches run with the caller's `options` (principals, filters). Returns at most
 * `options.top` passages; the original ranking alone when feedback finds no word.
 */
export async function searchWithFeedback(
  index: KnowledgeIndex,
  query: string,
  options: SearchOptions,
  feedback: FeedbackOptions = {},
): Promise<Passage[]> {
  const top = options.top ?? 8;
  const poolSize = Math.max(top, feedback.poolSize ?? 40);
  const first = await index.search(query, { ...options, top: poolSize });
  if (first.length === 0) return first;
  const asked = new Set(words(query));
  const df = new Map<string, number>();
  for (const passage of first) for (const w of new Set(words(passage.text))) df.set(w, (df.get(w) ?? 0) + 1);
  const topDocs = [...new Set(first.map((p) => p.docId))].slice(0, feedback.feedbackDocuments ?? 1);
  const weight = new Map<string, number>();
  for (const passage of first.filter((p) => topDocs.includes(p.docId))) {
    const list = words(`${passage.heading} ${passage.text}`);
    for (const w of list) {
      if (asked.has(w)) continue;
      const idf = Math.log((first.length + 1) / ((df.get(w) ?? 0) + 0.5));
      weight.set(w, (weight.get(w) ?? 0) + idf / list.length);
    }
  }
  const expansion = [...weight.entries()]
    // In a large enough pool, a word seen in one passage only is noise rather than vocabulary.
    .filter(([w]) => first.length < MIN_POOL_FOR_SPREAD || (df.get(w) ?? 0) >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, feedback.expansionWords ?? 10)
    .map(([w]) => w);
  if (expansion.length === 0) return first.slice(0, top);
  const second = await index.search(`${query} ${expansion.join(' ')}`, { ...options, top: poolSize });
  const fused = new Map<string, { passage: Passage; score: number }>();
  const add = (list: readonly Passage[], w: number) =>
    list.forEach((passage, rank) => {
      const entry = fused.get(passage.chunkId) ?? { passage, score: 0 };
      entry.score += w / (RRF_K + rank + 1);
      fused.set(passage.chunkId, entry);
    });
  add(first, 1);
  add(second, feedback.weight ?? 0.3);
  return [...fused.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, top)
    .map(({ passage, score }) => ({ ...passage, score }));
}
