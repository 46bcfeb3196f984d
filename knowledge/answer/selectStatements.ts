import type { Evidence } from './assessEvidence';
import { numbersOf, type Candidate } from './rankCandidates';
import type { Passage } from '../index/Passage';
import type { PassageUnit } from './passageUnits';

const REDUNDANT_OVERLAP = 0.7;
/** Lines of a code block quoted when a chosen lead-in sentence introduces it. */
const INTRODUCED_CODE_LINES = 8;
/** Another statement of the main document scoring at least this share of the best one's score is stated. */
const SUPPORT_FLOOR = 0.8;
/** …as is one that states at least this share of the question's weight not yet stated (another part). */
const NEW_PART_FLOOR = 0.15;
/** Another document is quoted when its best statement covers at least this share of what the main one covers. */
const OTHER_DOCUMENT_FLOOR = 0.6;
/** Other documents quoted besides the main one, one statement each. */
const MAX_OTHER_DOCUMENTS = 2;
const MAX_PROSE_FROM_MAIN = 3;
const MAX_ROWS_FROM_MAIN = 4;
const MAX_STEPS = 8;
/** How much the share of the whole question a document covers adds to its best statement's score. */
const DOCUMENT_COVERAGE_WEIGHT = 0.5;
/** How much the search engine's own ranking of the document adds (divided by 1 + its rank among documents). */
const DOCUMENT_RANK_WEIGHT = 0.4;

/** A unit that matched nothing, as a candidate (it completes a chosen `:` lead-in sentence). */
function asCandidate(unit: PassageUnit): Candidate {
  return {
    passageIndex: unit.passageIndex,
    position: unit.position,
    // A code block introduced by a lead-in ("paste the following:") is quoted from its start.
    text: unit.code ? unit.text.split('\n').slice(0, INTRODUCED_CODE_LINES).join('; ') : unit.text,
    ...(unit.header ? { header: unit.header } : {}),
    terms: unit.terms,
    coverage: 0,
    score: 0,
    step: false,
    structured: unit.structured,
    numeric: /\p{N}/u.test(unit.text),
    matched: new Set(),
    held: new Set(),
    bonus: 0,
    offers: false,
    code: unit.code,
  };
}

/**
 * True when two statements each give a number the other doesn't ("within a 150-meter range" / "within a
 * 60-meter range"): then they are two values, not one statement twice. A mere addition ("…, see NES-004") is not.
 */
function differentValues(a: Candidate, b: Candidate): boolean {
  const [x, y] = [numbersOf(a.text), numbersOf(b.text)];
  return [...x].some((n) => !y.has(n)) && [...y].some((n) => !x.has(n));
}

/** True when `b` says what `a` already says: term overlap above 70 % and no value of its own. */
function restates(a: Candidate, b: Candidate): boolean {
  return overlap(a.terms, b.terms) > REDUNDANT_OVERLAP && !differentValues(a, b);
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
 * - only documents that name what the question names (`Evidence.documents[].named`) are quoted;
 * - the main document is the one whose best statement, covered share of the question and search rank score
 *   highest;
 * - from it: the steps of the best step's list in order (procedure questions, up to 8), or up to four rows of
 *   the best row's table, or up to three statements, greedily by what each adds (another part of the question)
 *   or by score; when none holds what the question asks for (a new number, a name: `Candidate.offers`), the
 *   best statement's neighbour that does; a chosen sentence ending in `:` brings the unit it introduces and an
 *   introduced item its lead-in (in a how-to, introduced code from its start);
 * - then the best statement of up to two other documents that answer nearly as well (another part of the
 *   question, or the same fact in another source);
 * - near-duplicates (term overlap > 70 % and the same numbers) are skipped; at most `maxStatements` in all.
 * Returns the main document's statements in reading order, then the other documents' in rank order.
 */
export function selectStatements(
  candidates: readonly Candidate[],
  evidence: Evidence,
  passages: readonly Passage[],
  maxStatements: number,
  units: readonly PassageUnit[],
  weights: ReadonlyMap<string, number>,
  procedure = false,
): Candidate[] {
  const total = [...weights.values()].reduce((sum, w) => sum + w, 0) || 1;
  // The candidate standing for the unit at a place (its own candidate, else the unit as one; code as one),
  // made on first use and the same object on every later one.
  const followers = new Map<string, Candidate>();
  const followerAt = (passageIndex: number, position: number): Candidate | undefined => {
    const key = `${passageIndex}:${position}`;
    const made = followers.get(key);
    if (made) return made;
    const at = (c: PassageUnit | Candidate): boolean =>
      c.passageIndex === passageIndex && c.position === position;
    const unit = units.find(at);
    if (!unit) return undefined;
    const follower = unit.code ? asCandidate(unit) : (candidates.find(at) ?? asCandidate(unit));
    followers.set(key, follower);
    return follower;
  };
  const docOf = (c: Candidate): string => passages[c.passageIndex]?.docId ?? '';
  const coverageOf = new Map(evidence.documents.map((d) => [d.docId, d.coverage]));
  const named = new Set(evidence.documents.filter((d) => d.named).map((d) => d.docId));
  const bestByDoc = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const docId = docOf(candidate);
    if (named.has(docId) && !bestByDoc.has(docId)) bestByDoc.set(docId, candidate);
  }
  const docRank = new Map<string, number>();
  for (const passage of passages) if (!docRank.has(passage.docId)) docRank.set(passage.docId, docRank.size);
  const docs = [...bestByDoc.entries()]
    .map(([docId, best]) => ({
      docId,
      best,
      score:
        best.score +
        DOCUMENT_COVERAGE_WEIGHT * (coverageOf.get(docId) ?? 0) +
        DOCUMENT_RANK_WEIGHT / (1 + (docRank.get(docId) ?? 0)),
    }))
    .sort((a, b) => b.score - a.score || a.best.passageIndex - b.best.passageIndex);
  const main = docs[0];
  if (!main) return [];
  const chosen: Candidate[] = [];
  const add = (candidate: Candidate): boolean => {
    if (chosen.length >= maxStatements) return false;
    if (chosen.some((c) => c === candidate || restates(c, candidate))) return false;
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
    // Greedy by what a statement adds: question terms not yet stated (another part of the question), or a
    // statement nearly as good as the best one (another value of the same thing).
    // What the best statement holds, its document's title and headings included, is already said.
    const stated = new Set(best.held);
    const gain = (c: Candidate): number =>
      [...c.matched].filter((t) => !stated.has(t)).reduce((sum, t) => sum + (weights.get(t) ?? 0), 0) / total;
    while (chosen.length < limit) {
      const next = fromMain
        .filter((c) => !chosen.includes(c) && (best.header === undefined || c.header === best.header))
        // A statement adding no part of the question must be as good, and hold the asked value when the best does.
        .filter(
          (c) =>
            gain(c) >= NEW_PART_FLOOR ||
            (c.score >= SUPPORT_FLOOR * best.score && (c.offers || !best.offers)),
        )
        .sort((a, b) => gain(b) + b.score - (gain(a) + a.score))
        .find((c) => !chosen.some((o) => restates(o, c)));
      if (!next || !add(next)) break;
      for (const t of next.matched) stated.add(t);
    }
    if (!chosen.some((c) => c.offers)) {
      // The best statement names the subject but not the asked value: its neighbour may hold it.
      const neighbour = fromMain.find(
        (c) => c.offers && c.passageIndex === best.passageIndex && Math.abs(c.position - best.position) === 1,
      );
      if (neighbour) add(neighbour);
    }
  }
  for (const unit of [...chosen]) {
    // A lead-in sentence brings what it introduces; an introduced item brings its lead-in.
    const next = unit.text.endsWith(':') ? followerAt(unit.passageIndex, unit.position + 1) : undefined;
    const previous = unit.structured ? followerAt(unit.passageIndex, unit.position - 1) : undefined;
    const placed = (c: Candidate): boolean =>
      chosen.some((o) => o.passageIndex === c.passageIndex && o.position === c.position);
    if (chosen.length < maxStatements && next && !placed(next)) chosen.push(next);
    if (procedure && unit.code && previous?.text.endsWith(':')) {
      // In a how-to, introduced code is quoted from its start (the file or commands to type), not as an excerpt.
      const whole = followerAt(unit.passageIndex, unit.position);
      if (whole) chosen.splice(chosen.indexOf(unit), 1, whole);
    }
    if (chosen.length < maxStatements && previous?.text.endsWith(':') && !placed(previous))
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
