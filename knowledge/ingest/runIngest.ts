import { buildDocument, itemHash } from './buildDocument';
import type { DocumentSource, SourceItem } from '../sources/DocumentSource';
import type { KnowledgeIndex } from '../types';

export { PIPELINE_VERSION } from './buildDocument';

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: { docId: string; error: string }[];
  warnings: string[];
  /** Ids of documents written in this run with an empty access list (readable by nobody: fail closed). */
  noAccess: string[];
  chunks: number;
}

/** A summary with every count at zero. */
export function emptySummary(): IngestSummary {
  return {
    added: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    failed: [],
    warnings: [],
    noAccess: [],
    chunks: 0,
  };
}

export interface IngestOptions {
  readonly source: DocumentSource;
  readonly index: KnowledgeIndex;
  /** Progress lines (one per changed document). */
  readonly log?: (line: string) => void;
  /** Called after every item (changed or not): items handled so far and content bytes read so far. */
  readonly onProgress?: (progress: { items: number; bytes: number }) => void;
}

/**
 * Incremental ingest: unchanged items (same content hash) are skipped, changed items replace all their chunks
 * in one index transaction, items the source no longer lists are deleted. A changed item that fails to
 * extract is removed from the index (fail closed: stale text or a stale access list is never kept) and
 * reported in `failed`; the run goes on.
 */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const { source, index } = options;
  const log = options.log ?? (() => undefined);
  const summary = emptySummary();
  const known = await index.listHashes();
  const seen = new Set<string>();
  let bytesRead = 0;
  for await (const item of source.list()) {
    seen.add(item.docId);
    try {
      bytesRead += await ingestItem(item, known.get(item.docId), index, summary, log);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      summary.failed.push({ docId: item.docId, error: message });
      if (known.has(item.docId)) await index.delete(item.docId);
      log(`failed  ${item.docId}: ${message}`);
    }
    options.onProgress?.({ items: seen.size, bytes: bytesRead });
  }
  for (const docId of known.keys()) {
    if (seen.has(docId)) continue;
    await index.delete(docId);
    summary.deleted += 1;
    log(`deleted ${docId}`);
  }
  return summary;
}

/** Ingests one item (skipped when unchanged); returns the content bytes it read. */
async function ingestItem(
  item: SourceItem,
  previous: string | undefined,
  index: KnowledgeIndex,
  summary: IngestSummary,
  log: (line: string) => void,
): Promise<number> {
  if (item.version !== undefined && previous === itemHash(item)) {
    summary.unchanged += 1;
    return 0;
  }
  const content = await item.read();
  const contentHash = itemHash(item, content);
  if (previous === contentHash) {
    summary.unchanged += 1;
    return content.bytes.length;
  }
  const doc = await buildDocument(item, content, contentHash, summary.warnings);
  await index.upsert(doc);
  summary.chunks += doc.chunks.length;
  if (doc.access.length === 0) summary.noAccess.push(doc.docId);
  if (previous === undefined) summary.added += 1;
  else summary.updated += 1;
  log(`${previous === undefined ? 'added  ' : 'updated'} ${item.docId} (${doc.chunks.length} chunks)`);
  return content.bytes.length;
}
