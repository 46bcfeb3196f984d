import type { Report } from './Report';

/** Fixed note printed under every exported report's metadata. */
export const EXTRACTIVE_NOTE =
  'Extracted from company documents without a language model: every statement quotes the source cited after it.';

/**
 * The note printed under an exported report's metadata: {@link EXTRACTIVE_NOTE}, or for a model-written report
 * a note naming the model and saying every statement cites the passages it was written from.
 */
export function reportNote(report: Pick<Report, 'writtenBy'>): string {
  return report.writtenBy
    ? `Written by a language model (${report.writtenBy}) from company documents only: every statement cites the sources it is based on. Check them before sharing.`
    : EXTRACTIVE_NOTE;
}

/**
 * `Sensitivity: Confidential · Audience: Customer · Brand: <name> · Period: 2025 Q3 · Drafted 2026-03-01` (ISO date
 * of `createdAt`; the brand's profile name, else its id capitalised; sensitivity only when the report has a label).
 */
export function reportMetadataLine(report: Report): string {
  const parts = report.sensitivityLabel ? [`Sensitivity: ${report.sensitivityLabel}`] : [];
  parts.push(`Audience: ${capitalise(report.audience)}`);
  if (report.brand) parts.push(`Brand: ${report.brandName ?? capitalise(report.brand)}`);
  if (report.period) parts.push(`Period: ${report.period}`);
  parts.push(`Drafted ${report.createdAt.slice(0, 10)}`);
  return parts.join(' · ');
}

/** ` [1][2]` for a statement's citations ('' when none). */
export function citationMarkers(citations: readonly number[]): string {
  return citations.length === 0 ? '' : ` ${citations.map((n) => `[${n}]`).join('')}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
