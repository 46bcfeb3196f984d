import { STATEMENT_MAX_CHARS } from '../../knowledge/answer/numberCitations';
import { truncateAtWord } from '../../knowledge/answer/truncateAtWord';
import type { Passage } from '../../knowledge/types';
import { collectFindings, type Finding } from './collectFindings';
import { groupSections } from './groupSections';
import { numberSources } from './numberSources';
import type { Report, ReportAudience } from './Report';
import { newReportId } from './reportId';
import { reportQueries } from './reportQueries';

export interface ReportRequest {
  topic: string;
  brand?: string;
  period?: string;
  audience: ReportAudience;
  /** Free text from "regenerate with changes": becomes an extra focus query (see `reportQueries`). */
  changes?: string;
  authorId?: string;
  /** Link stored for a cited document (e.g. a signed viewer link); default: the passage's `url`. */
  sourceUrl?: (passage: Passage) => string;
  /** Defaults: a fresh random id and the current time. */
  id?: string;
  now?: () => Date;
}

/** Most findings in one report, after de-duplication. */
export const MAX_REPORT_FINDINGS = 30;
/** Statements in the summary. */
export const SUMMARY_STATEMENTS = 3;
/** Jaccard overlap of two sentences' term sets above which the later one is dropped as a near-duplicate. */
const NEAR_DUPLICATE = 0.7;

/**
 * Drafts a report without a language model. Runs every query of `reportQueries(topic, changes)` through
 * `search` (which must already be limited to what the author may read, and to `brand` when set), picks
 * sentences per query with the answer composer's ranking (`collectFindings`), pools them in query order
 * (passage rank, then reading order within a query), drops repeats and near-duplicates (term overlap > 70 %)
 * across queries, keeps at most {@link MAX_REPORT_FINDINGS}, and groups them into sections by source section
 * (`groupSections`). `summary` is the best-scored {@link SUMMARY_STATEMENTS} findings of the first query (the
 * focus query when `changes` gives one, else the topic), one per passage, full sentences preferred, filled
 * from later queries. Sources are numbered by first use, summary first. Every statement is a sentence of a
 * passage, verbatim after whitespace collapsing (truncated at a word with "…" beyond 600 characters).
 * `openQuestions` names every query that found nothing relevant. When nothing relevant was found at all the
 * report has no summary, sections or sources: callers must then say so instead of presenting it.
 * Deterministic apart from `id` and `createdAt`. Rejects when `search` rejects.
 */
export async function buildExtractiveReport(
  request: ReportRequest,
  search: (query: string) => Promise<Passage[]>,
): Promise<Report> {
  const topic = request.topic.replace(/\s+/gu, ' ').trim();
  const queries = reportQueries(topic, request.changes);
  const results = await Promise.all(queries.map((q) => search(q.query)));
  const perQuery = queries.map((q, i) => collectFindings(q, i, results[i] ?? []));
  const pooled = dedupe(perQuery.flat()).slice(0, MAX_REPORT_FINDINGS);
  const summary = pickSummary(pooled);
  const sections = groupSections(pooled);
  const numbered = numberSources(summary, sections, statementText, request.sourceUrl);
  return {
    id: request.id ?? newReportId(),
    title: titleOf(topic, request.brand, request.period),
    topic,
    ...(request.brand ? { brand: request.brand } : {}),
    ...(request.period ? { period: request.period } : {}),
    audience: request.audience,
    summary: numbered.summary,
    sections: numbered.sections,
    openQuestions: queries.filter((_q, i) => perQuery[i]?.length === 0).map((q) => q.missing),
    sources: numbered.sources,
    createdAt: (request.now?.() ?? new Date()).toISOString(),
    authorId: request.authorId ?? '',
  };
}

/**
 * The best-scored findings of the first query, one per passage, then (when short) of the other queries in
 * order; summary-worthy sentences (`isProse`) first, so labels such as "Owner: …" or a page footer lead only
 * when nothing else was found.
 */
function pickSummary(pooled: readonly Finding[]): Finding[] {
  const byScore = (a: Finding, b: Finding): number =>
    b.score - a.score || a.passageRank - b.passageRank || a.position - b.position;
  const ordered = [
    ...pooled.filter((f) => f.queryIndex === 0).sort(byScore),
    ...pooled.filter((f) => f.queryIndex !== 0),
  ];
  const chosen: Finding[] = [];
  const passages = new Set<string>();
  for (const finding of [...ordered.filter((f) => isProse(f.text)), ...ordered]) {
    if (chosen.length >= SUMMARY_STATEMENTS) break;
    if (passages.has(finding.passage.chunkId)) continue;
    passages.add(finding.passage.chunkId);
    chosen.push(finding);
  }
  return chosen;
}

/** A full sentence: at least 8 words, ends with `.`, `!` or `?`, no `Label:` lead-in, not a table row. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/u);
  return (
    words.length >= 8 &&
    /[.!?]["'”’»)]*$/u.test(text) &&
    !words.slice(0, 3).some((w) => w.endsWith(':')) &&
    !text.includes(' | ')
  );
}

function statementText(finding: Finding): string {
  return truncateAtWord(finding.text, STATEMENT_MAX_CHARS);
}

/** Keeps the first of every repeated or near-duplicate sentence, in input order. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    const repeat = kept.some(
      (k) => k.text === finding.text || overlap(k.terms, finding.terms) > NEAR_DUPLICATE,
    );
    if (!repeat) kept.push(finding);
  }
  return kept;
}

/** Jaccard similarity of two term sets; 0 when both are empty. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function titleOf(topic: string, brand?: string, period?: string): string {
  const head = topic.charAt(0).toUpperCase() + topic.slice(1);
  const scope = brand ? ` – ${brand === 'group' ? 'Norvik Motor Group' : capitalise(brand)}` : '';
  return `${head}${scope}${period ? ` (${period})` : ''}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
