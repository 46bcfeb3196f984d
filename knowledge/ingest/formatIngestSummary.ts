import type { IngestSummary } from './runIngest';

/** One-paragraph human summary of an ingest run, with each failure and warning on its own line. */
export function formatIngestSummary(summary: IngestSummary, seconds: number): string {
  const lines = [
    `Ingest: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.deleted} deleted, ` +
      `${summary.failed.length} failed (${summary.chunks} chunks written, ${seconds.toFixed(1)} s)`,
    ...summary.failed.map((failure) => `  failed: ${failure.docId}: ${failure.error}`),
    ...summary.warnings.map((warning) => `  warning: ${warning}`),
  ];
  return lines.join('\n');
}
