import type { ChangeFeedSource } from '../sources/ChangeFeedSource';
import type { SourceItem } from '../sources/DocumentSource';
import type { IndexedDocument } from '../index/IndexedDocument';
import type { KnowledgeIndex } from '../index/KnowledgeIndex';
import { buildDocument, itemHash } from './buildDocument';
import type { CheckpointStore } from './CheckpointStore';
import { emptySummary, type IngestSummary } from './IngestSummary';

export interface ChangeFeedProgress {
  /** Upserted and deleted items handled so far. */
  readonly items: number;
  /** Content bytes downloaded so far. */
  readonly bytes: number;
  /** Pages applied (and checkpointed) so far. */
  readonly pages: number;
}

export interface ChangeFeedIngestOptions {
  readonly source: ChangeFeedSource;
  readonly index: KnowledgeIndex;
  readonly checkpoints: CheckpointStore;
  /** Progress lines (one per changed document). */
  readonly log?: (line: string) => void;
  /** Called after each page is applied and checkpointed. */
  readonly onProgress?: (progress: ChangeFeedProgress) => void;
  /** Called after every item (upserted, unchanged, failed or deleted): items handled and bytes read so far. */
  readonly onItem?: (progress: { items: number; bytes: number }) => void;
}

/**
 * Applies a change feed to the index, page by page, from the source's stored checkpoint.
 * Per page: upserts (unchanged items, by `itemHash` against the index, are skipped without a download; a
 * changed item that fails to read or extract is deleted from the index and reported in `failed`: fail
 * closed), then deletes, then resync bookkeeping, and ONLY THEN the page's checkpoint is stored. A crash
 * before that replays the page on the next run, which is idempotent. An index write that throws, or a read
 * that fails transiently (HTTP 408/429/5xx or a network error, after the source's own retries), aborts the
 * run with the checkpoint of the last fully applied page; the item's stale version is deleted first, so
 * the index never keeps an access list the source has changed. On `resync: 'completed'` every indexed doc under
 * the resync prefix not seen since `resync: 'started'` is deleted (with `full`, not seen on that page). A revoked permission arrives as a
 * changed item (new version) and is re-indexed with its new access list.
 */
export async function runChangeFeedIngest(options: ChangeFeedIngestOptions): Promise<IngestSummary> {
  const { source, index, checkpoints } = options;
  const log = options.log ?? (() => undefined);
  const summary = emptySummary();
  const progress = { items: 0, bytes: 0, pages: 0 };
  const known = await index.listHashes();
  const resyncs = new Map<string, Set<string>>();
  const run: FeedRun = { index, known, summary, log };
  for await (const page of source.changes(await checkpoints.get(source.name))) {
    const prefix = page.resyncPrefix ?? source.docIdPrefix;
    if (page.resync === 'started' || page.resync === 'full') resyncs.set(prefix, new Set());
    summary.warnings.push(...(page.warnings ?? []));
    for (const item of page.upserts) {
      for (const [scope, seen] of resyncs) if (item.docId.startsWith(scope)) seen.add(item.docId);
      progress.bytes += await applyUpsert(item, run);
      progress.items += 1;
      options.onItem?.({ items: progress.items, bytes: progress.bytes });
    }
    for (const docId of page.deletes) {
      await removeDoc(docId, run);
      progress.items += 1;
      options.onItem?.({ items: progress.items, bytes: progress.bytes });
    }
    if (page.resync === 'completed' || page.resync === 'full') await removeOrphans(prefix, resyncs, run);
    await checkpoints.set(source.name, page.checkpoint);
    progress.pages += 1;
    options.onProgress?.({ ...progress });
  }
  return summary;
}

/** What one run reads and writes: the index, the content hash of each indexed doc, the summary and the log. */
interface FeedRun {
  readonly index: KnowledgeIndex;
  readonly known: Map<string, string>;
  readonly summary: IngestSummary;
  readonly log: (line: string) => void;
}

/** Indexes one item unless unchanged; returns the bytes downloaded. Index errors propagate. */
async function applyUpsert(item: SourceItem, run: FeedRun): Promise<number> {
  const { index, known, summary, log } = run;
  const previous = known.get(item.docId);
  if (item.version !== undefined && previous === itemHash(item)) {
    summary.unchanged += 1;
    return 0;
  }
  let built: IndexedDocument;
  let bytes = 0;
  try {
    const content = await item.read();
    bytes = content.bytes.length;
    const contentHash = itemHash(item, content);
    if (previous === contentHash) {
      summary.unchanged += 1;
      return bytes;
    }
    built = await buildDocument(item, content, contentHash, summary.warnings);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (known.delete(item.docId)) await index.delete(item.docId);
    if (isTransient(error)) throw error;
    summary.failed.push({ docId: item.docId, error: message });
    log(`failed  ${item.docId}: ${message}`);
    return bytes;
  }
  await index.upsert(built);
  known.set(item.docId, built.contentHash);
  summary.chunks += built.chunks.length;
  if (built.access.length === 0) summary.noAccess.push(built.docId);
  if (previous === undefined) summary.added += 1;
  else summary.updated += 1;
  log(`${previous === undefined ? 'added  ' : 'updated'} ${item.docId} (${built.chunks.length} chunks)`);
  return bytes;
}

async function removeDoc(docId: string, run: FeedRun): Promise<void> {
  const { index, known, summary, log } = run;
  await index.delete(docId);
  if (!known.delete(docId)) return;
  summary.deleted += 1;
  log(`deleted ${docId}`);
}

async function removeOrphans(prefix: string, resyncs: Map<string, Set<string>>, run: FeedRun): Promise<void> {
  const seen = resyncs.get(prefix);
  resyncs.delete(prefix);
  if (!seen) {
    run.summary.warnings.push(`resync of ${prefix} completed without a start: orphans not removed`);
    return;
  }
  for (const docId of [...run.known.keys()]) {
    if (docId.startsWith(prefix) && !seen.has(docId)) await removeDoc(docId, run);
  }
}

/** An HTTP 408/429/5xx status, or Graph's -1 for a request that got no response: worth replaying the page. */
function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { statusCode, status } = error as { statusCode?: unknown; status?: unknown };
  const code = typeof statusCode === 'number' ? statusCode : status;
  return (
    code === -1 || code === 408 || code === 429 || (typeof code === 'number' && code >= 500 && code < 600)
  );
}
