import { assessEvidence } from '../../knowledge/answer/assessEvidence';
import { DEFAULT_MIN_COVERAGE } from '../../knowledge/answer/composeExtractiveAnswer';
import type { Candidate } from '../../knowledge/answer/rankCandidates';
import { rankCandidates } from '../../knowledge/answer/rankCandidates';
import { selectStatements } from '../../knowledge/answer/selectStatements';
import { termMatcher } from '../../knowledge/answer/termMatcher';
import { queryTerms } from '../../knowledge/answer/terms';
import type { Passage } from '../../knowledge/index/Passage';
import { headingAbove } from './headingAbove';
import type { ReportQuery } from './reportQueries';

/** One sentence picked for a report, still tied to the passage it was quoted from. */
export interface Finding {
  /** Index of the query (in `reportQueries` order) that found it. */
  readonly queryIndex: number;
  /** Rank of the passage in that query's result list, from 0. */
  readonly passageRank: number;
  /** Position of the sentence within its passage, from 0. */
  readonly position: number;
  readonly passage: Passage;
  /** The `#` heading inside the passage text above the sentence, when there is one (merged small sections). */
  readonly subheading?: string;
  /** Verbatim sentence (whitespace collapsed), as ranked by `rankCandidates`. */
  readonly text: string;
  readonly terms: ReadonlySet<string>;
  readonly score: number;
}

/**
 * Least share of a query's IDF-weighted terms a passage's best sentence must cover for the passage to
 * contribute; the same default as `composeExtractiveAnswer`, so "relevant" means the same in answers and reports.
 */
export const REPORT_MIN_COVERAGE = DEFAULT_MIN_COVERAGE;
/** Most sentences taken from one passage (the composer's per-passage limits apply below this). */
export const MAX_FINDINGS_PER_PASSAGE = 3;

/**
 * Picks the sentences of `passages` (one query's results, best first) that belong in a report on `query`.
 * Candidates are ranked once over all passages with the composer's `rankCandidates` (so term weights are
 * shared); for an aspect query only sentences mentioning the aspect (in their text or the passage heading) are
 * kept. Nothing is found when the query names something no passage mentions (`assessEvidence`). Every passage
 * whose document covers at least {@link REPORT_MIN_COVERAGE} of the whole query (and that has a matching
 * sentence) then contributes the
 * composer's greedy pick (`selectStatements`) of up to {@link MAX_FINDINGS_PER_PASSAGE} of its sentences.
 * Returns findings in passage rank, then reading order. Empty when nothing is relevant. Never throws.
 */
export function collectFindings(
  query: ReportQuery,
  queryIndex: number,
  passages: readonly Passage[],
): Finding[] {
  const terms = queryTerms(query.query);
  if (terms.length === 0 || passages.length === 0) return [];
  const matchers = query.mustMention.map(termMatcher);
  const mentions = (c: Candidate): boolean =>
    matchers.length === 0 ||
    matchers.some(
      (has) => has(c.terms) || has(new Set(queryTerms((passages[c.passageIndex] as Passage).heading))),
    );
  const ranked = rankCandidates(query.query, terms, passages);
  const evidence = assessEvidence(query.query, passages, ranked);
  // As in answers: a topic naming something no passage mentions finds nothing, and a document must cover enough
  // of the whole query (absent terms included).
  if (evidence.unmentioned.length > 0) return [];
  const documentCoverage = new Map(evidence.documents.map((d) => [d.docId, d.coverage]));
  const byPassage = new Map<number, Candidate[]>();
  for (const candidate of ranked.candidates) {
    if (!mentions(candidate)) continue;
    byPassage.set(candidate.passageIndex, [...(byPassage.get(candidate.passageIndex) ?? []), candidate]);
  }
  const findings: Finding[] = [];
  for (const [passageIndex, candidates] of [...byPassage].sort(([a], [b]) => a - b)) {
    const best = candidates.reduce((top, c) => Math.max(top, c.coverage), 0);
    const passage = passages[passageIndex] as Passage;
    if (best === 0 || (documentCoverage.get(passage.docId) ?? 0) < REPORT_MIN_COVERAGE) continue;
    const chosen = selectStatements(
      candidates,
      evidence,
      passages,
      MAX_FINDINGS_PER_PASSAGE,
      ranked.units,
      ranked.terms.weight,
    );
    for (const c of chosen) {
      const subheading = headingAbove(passage.text, c.text);
      findings.push({
        queryIndex,
        passageRank: passageIndex,
        position: c.position,
        passage,
        ...(subheading ? { subheading } : {}),
        text: c.text,
        terms: c.terms,
        score: c.score,
      });
    }
  }
  return findings;
}
