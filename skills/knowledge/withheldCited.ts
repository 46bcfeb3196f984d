import type { ComposedAnswer } from '../../knowledge/answer/composeExtractiveAnswer';
import type { Passage } from '../../knowledge/index/Passage';

/**
 * The withheld documents an answer over every passage cites (one passage per document, first cited first):
 * what a group sees by title and link only. Nothing when that answer declines.
 */
export function withheldCited(full: ComposedAnswer, withheld: readonly Passage[]): Passage[] {
  if (full.kind === 'noAnswer' || withheld.length === 0) return [];
  const byChunk = new Map(withheld.map((passage) => [passage.chunkId, passage]));
  const byDoc = new Map<string, Passage>();
  for (const citation of full.citations) {
    const passage = byChunk.get(citation.chunkId) ?? withheld.find((p) => p.docId === citation.docId);
    if (passage && !byDoc.has(passage.docId)) byDoc.set(passage.docId, passage);
  }
  return [...byDoc.values()];
}
