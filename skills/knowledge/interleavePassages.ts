import type { Passage } from '../../knowledge/index/Passage';

/**
 * One list from several ranked passage lists (the question's own search first, then its translations'): rank 1
 * of each list, then rank 2 of each, and so on, each chunk once (its first place), at most `top`.
 */
export function interleavePassages(lists: readonly (readonly Passage[])[], top: number): Passage[] {
  const seen = new Set<string>();
  const merged: Passage[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let rank = 0; rank < longest && merged.length < top; rank += 1) {
    for (const list of lists) {
      const passage = list[rank];
      if (!passage || seen.has(passage.chunkId)) continue;
      seen.add(passage.chunkId);
      merged.push(passage);
      if (merged.length >= top) break;
    }
  }
  return merged;
}
