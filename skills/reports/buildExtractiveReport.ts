import { STATEMENT_MAX_CHARS } from '../../knowledge/answer/numberCitations';
import { truncateAtWord } from '../../knowledge/answer/truncateAtWord';
import type { Passage } from '../../knowledge/index/Passage';
import { collectFindings, type Finding } from './collectFindings';
import { groupSections } from './groupSections';
import { numberSources } from './numberSources';
import type { Report, ReportAudience } from './Report';
import { newReportId } from './reportId';
import { reportQueries, type ReportQuery } from './reportQueries';

export interface ReportRequest {
  topic: string;
  /** Brand id: sources are limited to it. */
  brand?: string;
  /** Display name of `brand` (organisation profile), for the title and metadata; default the id capitalised. */
  brandName?: string;
  period?: string;
  audience: ReportAudience;
  /** Free text from "regenerate with changes": becomes an extra focus query (see `reportQueries`). */
  changes?: string;
  authorId?: string;
  /**
   * Who the searches ran for, in the open-question sentences (see `reportQueries`): default `you`; `everyone
   * here` when drafted in a group conversation (the search then covers what every member may read).
   */
  readers?: string;
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

/** One result list per query of `reportQueries(topic, changes)`, in that order (what `search` returned). */
export type PassagesByQuery = readonly (readonly Passage[])[];

/**
 * Runs every query of `reportQueries(topic, changes)` through `search` (which must already be limited to what
 * the author may read, and to `brand` when set), all at once. Rejects when `search` rejects.
 */
export async function retrieveReportPassages(
  request: ReportRequest,
  search: (query: string) => Promise<Passage[]>,
): Promise<Passage[][]> {
  const queries = reportQueries(normalTopic(request.topic), request.changes, request.readers);
  return Promise.all(queries.map((q) => search(q.query)));
}

/** What both report writers start from: the relevant findings of each query and their pooled passages. */
export interface ReportEvidence {
  readonly topic: string;
  readonly queries: readonly ReportQuery[];
  /** Relevant findings per query (`collectFindings`); empty for a query that found nothing relevant. */
  readonly perQuery: readonly Finding[][];
  /** Findings pooled across queries: repeats and near-duplicates dropped, at most {@link MAX_REPORT_FINDINGS}. */
  readonly pooled: readonly Finding[];
  /** The distinct passages of `pooled`, in pooled order (the passages a model writer may cite). */
  readonly passages: readonly Passage[];
}

/** Picks and pools the findings of `passagesByQuery` (see `buildExtractiveReport`). Deterministic; never throws. */
export function reportEvidence(request: ReportRequest, passagesByQuery: PassagesByQuery): ReportEvidence {
  const topic = normalTopic(request.topic);
  const queries = reportQueries(topic, request.changes, request.readers);
  const perQuery = queries.map((q, i) => collectFindings(q, i, passagesByQuery[i] ?? []));
  const pooled = dedupe(perQuery.flat()).slice(0, MAX_REPORT_FINDINGS);
  const passages = [...new Map(pooled.map((f) => [f.passage.chunkId, f.passage])).values()];
  return { topic, queries, perQuery, pooled, passages };
}

/**
 * The fields of a report that do not depend on who writes it: id, title, topic, brand, period, audience,
 * creation time, author, and the open questions naming every query that found nothing relevant.
 */
export function reportFrame(
  request: ReportRequest,
  evidence: ReportEvidence,
): Omit<Report, 'summary' | 'sections' | 'sources'> {
  const { topic, queries, perQuery } = evidence;
  return {
    id: request.id ?? newReportId(),
    title: titleOf(
      topic,
      request.brand ? (request.brandName ?? capitalise(request.brand)) : undefined,
      request.period,
    ),
    topic,
    ...(request.brand ? { brand: request.brand } : {}),
    ...(request.brand && request.brandName ? { brandName: request.brandName } : {}),
    ...(request.period ? { period: request.period } : {}),
    audience: request.audience,
    openQuestions: queries.filter((_q, i) => perQuery[i]?.length === 0).map((q) => q.missing),
    createdAt: (request.now?.() ?? new Date()).toISOString(),
    authorId: request.authorId ?? '',
  };
}

/**
 * Drafts a report without a language model: `retrieveReportPassages`, then `composeExtractiveReport`.
 * Rejects when `search` rejects.
 */
export async function buildExtractiveReport(
  request: ReportRequest,
  search: (query: string) => Promise<Passage[]>,
): Promise<Report> {
  return composeExtractiveReport(request, await retrieveReportPassages(request, search));
}

/**
 * The extractive report of `passagesByQuery` (one result list per query of `reportQueries`). Picks sentences
 * per query with the answer composer's ranking (`collectFindings`), pools them in query order
 * (passage rank, then reading order within a query), drops repeats and near-duplicates (term overlap > 70 %)
 * across queries, keeps at most {@link MAX_REPORT_FINDINGS}, and groups them into sections by source section
 * (`groupSections`). `summary` is the best-scored {@link SUMMARY_STATEMENTS} findings of the first query (the
 * focus query when `changes` gives one, else the topic), one per passage, full sentences preferred, filled
 * from later queries. Sources are numbered by first use, summary first. Every statement is a sentence of a
 * passage, verbatim after whitespace collapsing (truncated at a word with "…" beyond 600 characters).
 * `openQuestions` names every query that found nothing relevant. When nothing relevant was found at all the
 * report has no summary, sections or sources: callers must then say so instead of presenting it.
 * Deterministic apart from `id` and `createdAt`. Never throws.
 */
export function composeExtractiveReport(request: ReportRequest, passagesByQuery: PassagesByQuery): Report {
  const evidence = reportEvidence(request, passagesByQuery);
  const summary = pickSummary(evidence.pooled);
  const sections = groupSections(evidence.pooled);
  const numbered = numberSources(summary, sections, statementText, request.sourceUrl);
  const { openQuestions, ...frame } = reportFrame(request, evidence);
  return {
    ...frame,
    summary: numbered.summary,
    sections: numbered.sections,
    openQuestions,
    sources: numbered.sources,
  };
}

function normalTopic(topic: string): string {
  return topic.replace(/\s+/gu, ' ').trim();
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

/** `Topic – Brand name (period)`; `brandName` is already a display name. */
function titleOf(topic: string, brandName?: string, period?: string): string {
  const head = topic.charAt(0).toUpperCase() + topic.slice(1);
  const scope = brandName ? ` – ${brandName}` : '';
  return `${head}${scope}${period ? ` (${period})` : ''}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
