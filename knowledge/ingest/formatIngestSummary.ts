import type { IngestSummary } from './IngestSummary';

/** How many documents without an access list are named in the summary line before "and N more". */
const NAMED_NO_ACCESS = 3;

/**
 * One-paragraph human summary of an ingest run, with each failure and warning on its own line, and one line
 * counting the documents written without an access list (readable by nobody) with a hint how to fix it.
 */
export function formatIngestSummary(summary: IngestSummary, seconds: number): string {
  const lines = [
    `Ingest: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.deleted} deleted, ` +
      `${summary.failed.length} failed (${summary.chunks} chunks written, ${seconds.toFixed(1)} s)`,
    ...summary.failed.map((failure) => `  failed: ${failure.docId}: ${failure.error}`),
    ...summary.warnings.map((warning) => `  warning: ${warning}`),
  ];
  if (summary.noAccess.length > 0) lines.push(`  warning: ${formatNoAccess(summary.noAccess)}`);
  return lines.join('\n');
}

/** `12 documents have no access list: nobody can read them (a.md, b.md, c.md and 9 more); add ...`. */
export function formatNoAccess(docIds: readonly string[]): string {
  const count = docIds.length;
  const named = docIds.slice(0, NAMED_NO_ACCESS).join(', ');
  const more = count > NAMED_NO_ACCESS ? ` and ${count - NAMED_NO_ACCESS} more` : '';
  const subject = count === 1 ? '1 document has' : `${count} documents have`;
  return (
    `${subject} no access list: nobody can read ${count === 1 ? 'it' : 'them'} (${named}${more}); ` +
    'add a _folder.meta.yaml or set KNOWLEDGE_DEFAULT_ACCESS'
  );
}
