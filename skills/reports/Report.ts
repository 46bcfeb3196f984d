import type { ReportHeading } from '../../adaptive-cards/reports/ReportCardModel';

/** Who a report is written for. `customer` and `external` reports need a second person's approval to export. */
export const REPORT_AUDIENCES = ['internal', 'management', 'customer', 'external'] as const;
export type ReportAudience = (typeof REPORT_AUDIENCES)[number];

/** Audiences whose export must be approved by a second person (not the author). */
export function needsSecondApprover(audience: ReportAudience): boolean {
  return audience === 'customer' || audience === 'external';
}

/**
 * One sentence of a report with the numbers of the sources backing it: verbatim from a source passage in an
 * extractive report, written from the cited passages in a model-written one (`Report.writtenBy`).
 */
export interface Statement {
  text: string;
  /** Numbers `n` of entries in `Report.sources` (1..k); never empty. */
  citations: number[];
}

/** One cited document; `n` is the number shown as `[n]` (1..k, numbered by first use in reading order). */
export interface ReportSource {
  n: number;
  docId: string;
  title: string;
  /** Where the author opens the document in the preview (may be a link signed for the author); may be empty. */
  url: string;
  /**
   * The document's own address at its source (SharePoint / OneDrive `webUrl`, which enforces its own
   * permissions); empty for local documents. The only link an exported file may carry (`exportedSourceUrl`).
   */
  sourceUrl?: string;
  /** The cited passage's chunk id (where a link for another reader, e.g. the approver, opens); absent in old drafts. */
  anchor?: string;
}

export interface ReportSection {
  heading: string;
  findings: Statement[];
}

/**
 * A report drafted from documents the author could read when it was drafted: extractive (every statement
 * quoted from a document) unless `writtenBy` names the language model that wrote it from the retrieved
 * passages only. Plain JSON (stored as is by a ReportStore). Its id, title, topic, brand and period are the
 * `ReportHeading` the cards share.
 */
export interface Report extends ReportHeading {
  audience: ReportAudience;
  /** The top statements of the report (also found in the sections). */
  summary: Statement[];
  sections: ReportSection[];
  /** What the documents did not cover, as plain sentences. */
  openQuestions: string[];
  sources: ReportSource[];
  /** ISO 8601 creation time. */
  createdAt: string;
  /** User id of the person who drafted the report. */
  authorId: string;
  /** The language model that wrote the statements (e.g. `gpt-4o`); absent for an extractive report. */
  writtenBy?: string;
  /**
   * Display name of the most restrictive sensitivity label of the cited documents (organisation profile), set
   * when drafted: shown on the report's cards and exported files (Word: document property `Sensitivity`).
   */
  sensitivityLabel?: string;
}

/**
 * The link an exported report file (.docx, .md) carries for a source: none for customer or external audiences
 * (titles only), else only the document's own source address, never a link signed for the author (exported
 * files travel to other people). Empty string: no link.
 */
export function exportedSourceUrl(report: Pick<Report, 'audience'>, source: ReportSource): string {
  if (needsSecondApprover(report.audience)) return '';
  return source.sourceUrl ?? '';
}
