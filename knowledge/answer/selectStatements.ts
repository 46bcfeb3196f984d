import type { Evidence } from './assessEvidence';
import type { Candidate } from './rankCandidates';
import type { Passage } from '../types';
import type { PassageUnit } from './passageUnits';

const REDUNDANT_OVERLAP = 0.7;
/** A second statement from the main document must cover at least this share of what the best one covers. */
const SUPPORT_FLOOR = 0.7;
/** Another document is quoted when its best statement covers at least this share of what the main one covers. */
const OTHER_DOCUMENT_FLOOR = 0.6;
/** Other documents quoted besides the main one, one statement each. */
const MAX_OTHER_DOCUMENTS = 2;
const MAX_PROSE_FROM_MAIN = 3;
const MAX_ROWS_FROM_MAIN = 4;
const MAX_STEPS = 8;
/** How much the share of the whole question a document covers adds to its best statement's score. */
const DOCUMENT_COVERAGE_WEIGHT = 0.5;

/** A unit that matched nothing, as a candidate (it completes a chosen `:` lead-in sentence). */
function asCandidate(unit: PassageUnit): Candidate {
  return {
    passageIndex: unit.passageIndex,
    position: unit.position,
    text: unit.text,
    ...(unit.header ? { header: unit.header } : {}),
    terms: unit.terms,
    coverage: 0,
    score: 0,
    step: false,
    structured: unit.structured,
    numeric: /\p{N}/u.test(unit.text),
  };
}

/** Jaccard similarity of two term sets; 0 when both are empty. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Chooses what the answer states, from best-first `candidates`:
 * - the main document is the one whose best statement plus covered share of the question scores highest;
 * - from it: the steps of the best step's list in order (procedure questions, up to 8), or up to four rows of
 *   the best row's table, or up to two sentences; for a quantity question whose best sentence holds no number,
 *   the neighbouring sentence that holds one; a chosen sentence ending in `:` brings the unit it introduces;
 * - then the best statement of up to two other documents that answer nearly as well (another part of the
 *   question, or the same fact in another source);
 * - near-duplicates (term overlap > 70 %) are skipped; at most `maxStatements` in all.
 * Returns the main document's statements in reading order, then the other documents' in rank order.
 */
export function selectStatements(
  candidates: readonly Candidate[],
  evidence: Evidence,
  passages: readonly Passage[],
  maxStatements: number,
  quantity: boolean,
  units: readonly PassageUnit[],
): Candidate[] {
  const byPlace = new Map(candidates.map((c) => [`${c.passageIndex}:${c.position}`, c]));
  const followers = new Map(
    units.map((u) => {
      const key = `${u.passageIndex}:${u.position}`;
      return [key, byPlace.get(key) ?? asCandidate(u)];
    }),
  );
  const docOf = (c: Candidate): string => passages[c.passageIndex]?.docId ?? '';
  const coverageOf = new Map(evidence.documents.map((d) => [d.docId, d.coverage]));
  const bestByDoc = new Map<string, Candidate>();
  for (const candidate of candidates)
    if (!bestByDoc.has(docOf(candidate))) bestByDoc.set(docOf(candidate), candidate);
  const docs = [...bestByDoc.entries()]
    .map(([docId, best]) => ({
      docId,
      best,
      score: best.score + DOCUMENT_COVERAGE_WEIGHT * (coverageOf.get(docId) ?? 0),
    }))
    .sort((a, b) => b.score - a.score || a.best.passageIndex - b.best.passageIndex);
  const main = docs[0];
  if (!main) return [];
  const chosen: Candidate[] = [];
  const add = (candidate: Candidate): boolean => {
    if (chosen.length >= maxStatements) return false;
    if (chosen.some((c) => c === candidate || overlap(c.terms, candidate.terms) > REDUNDANT_OVERLAP))
      return false;
    chosen.push(candidate);
    return true;
  };
  const fromMain = candidates.filter((c) => docOf(c) === main.docId);
  const best = main.best;
  if (best.step) {
    const steps = fromMain.filter((c) => c.step && c.passageIndex === best.passageIndex);
    for (const step of steps.sort((a, b) => a.position - b.position))
      if (chosen.length < MAX_STEPS) add(step);
  } else {
    add(best);
    const limit = best.header !== undefined ? MAX_ROWS_FROM_MAIN : MAX_PROSE_FROM_MAIN;
    for (const candidate of fromMain) {
      if (chosen.length >= limit) break;
      if (candidate.coverage < SUPPORT_FLOOR * best.coverage) continue;
      if (best.header !== undefined && candidate.header !== best.header) continue;
      add(candidate);
    }
    if (quantity && !chosen.some((c) => c.numeric)) {
      const neighbour = fromMain.find(
        (c) =>
          c.numeric && c.passageIndex === best.passageIndex && Math.abs(c.position - best.position) === 1,
      );
      if (neighbour) add(neighbour);
    }
  }
  for (const unit of [...chosen]) {
    // A lead-in sentence brings what it introduces; an introduced item brings its lead-in.
    const next = unit.text.endsWith(':')
      ? followers.get(`${unit.passageIndex}:${unit.position + 1}`)
      : undefined;
    const previous = unit.structured ? followers.get(`${unit.passageIndex}:${unit.position - 1}`) : undefined;
    if (chosen.length < maxStatements && next && !chosen.includes(next)) chosen.push(next);
    if (chosen.length < maxStatements && previous?.text.endsWith(':') && !chosen.includes(previous))
      chosen.push(previous);
  }
  const mainStatements = [...chosen].sort(
    (a, b) => a.passageIndex - b.passageIndex || a.position - b.position,
  );
  chosen.length = 0;
  chosen.push(...mainStatements);
  let others = 0;
  for (const doc of docs.slice(1)) {
    if (others >= MAX_OTHER_DOCUMENTS || chosen.length >= maxStatements) break;
    if (doc.best.coverage < OTHER_DOCUMENT_FLOOR * best.coverage) continue;
    if (add(doc.best)) others += 1;
  }
  return chosen;
}
