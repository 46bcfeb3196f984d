import type { AnswerEvent } from '../usage/AnswerLog';

export interface CitationCounts {
  /** Documents by how many answers cited them, most first (ties by id), at most `top`. */
  readonly mostCited: readonly { readonly docId: string; readonly answers: number }[];
  /** Indexed documents no answer cited, by id, at most `top`; `neverCitedCount` counts all of them. */
  readonly neverCited: readonly string[];
  readonly neverCitedCount: number;
}

/**
 * How often each document was cited by the answers in `events` (once per answer), and which of `indexed`
 * were never cited in them.
 */
export function citationCounts(
  events: readonly AnswerEvent[],
  indexed: readonly string[],
  top = 10,
): CitationCounts {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const docId of new Set(event.citedSourceIds)) counts.set(docId, (counts.get(docId) ?? 0) + 1);
  const never = indexed.filter((docId) => !counts.has(docId)).sort();
  return {
    mostCited: [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([docId, answers]) => ({ docId, answers })),
    neverCited: never.slice(0, top),
    neverCitedCount: never.length,
  };
}
