import type { Candidate } from './rankCandidates';

const MAX_PER_PASSAGE = 2;
/** Steps of one procedure may all come from one passage, up to the statement limit. */
const MAX_STEPS_PER_PASSAGE = 8;
/** Rows of one table or items of one list may answer together (e.g. "which colours are in the palette"). */
const MAX_ROWS_PER_PASSAGE = 4;
const REDUNDANT_OVERLAP = 0.7;
/** A supporting sentence must cover at least this share of what the best sentence covers. */
const RELATIVE_FLOOR = 0.7;

/** Jaccard similarity of two term sets; 0 when both are empty. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Greedy pick from best-first `ranked` candidates: only those covering at least 70 % of the best coverage;
 * at most two per passage (four list items or table rows; eight steps of a procedure, and then only steps when the best candidate is one); a candidate whose term set overlaps more than 70 % (Jaccard: shared / all terms)
 * with an already chosen one is skipped; at most `maxStatements`.
 * Returns the chosen candidates in reading order (passage rank, then position in the passage).
 */
export function selectStatements(ranked: readonly Candidate[], maxStatements: number): Candidate[] {
  // When the best candidate is a step of a procedure, the answer is the procedure: steps only.
  if (ranked[0]?.step) ranked = ranked.filter((candidate) => candidate.step);
  const floor = RELATIVE_FLOOR * ranked.reduce((top, c) => Math.max(top, c.coverage), 0);
  const chosen: Candidate[] = [];
  const perPassage = new Map<number, number>();
  for (const candidate of ranked) {
    if (chosen.length >= maxStatements) break;
    const used = perPassage.get(candidate.passageIndex) ?? 0;
    const limit = candidate.step
      ? MAX_STEPS_PER_PASSAGE
      : candidate.structured
        ? MAX_ROWS_PER_PASSAGE
        : MAX_PER_PASSAGE;
    if (candidate.coverage < floor || used >= limit) continue;
    if (chosen.some((c) => overlap(c.terms, candidate.terms) > REDUNDANT_OVERLAP)) continue;
    chosen.push(candidate);
    perPassage.set(candidate.passageIndex, used + 1);
  }
  return chosen.sort((a, b) => a.passageIndex - b.passageIndex || a.position - b.position);
}
