import { listingFeed } from '../sources/listingFeed';
import type { DocumentSource } from '../sources/DocumentSource';
import type { KnowledgeIndex } from '../index/KnowledgeIndex';
import type { CheckpointStore } from './CheckpointStore';
import type { IngestSummary } from './IngestSummary';
import { runChangeFeedIngest } from './runChangeFeedIngest';

export { PIPELINE_VERSION } from './buildDocument';
export { emptySummary, type IngestSummary } from './IngestSummary';

export interface IngestOptions {
  readonly source: DocumentSource;
  readonly index: KnowledgeIndex;
  /** Progress lines (one per changed document). */
  readonly log?: (line: string) => void;
  /** Called after every item (changed or not): items handled so far and content bytes read so far. */
  readonly onProgress?: (progress: { items: number; bytes: number }) => void;
}

/** A listing has nothing to resume from: every run is a full enumeration. */
const NO_CHECKPOINTS: CheckpointStore = { get: async () => undefined, set: async () => undefined };

/**
 * Ingest of a listing source (a folder): its listing as a change feed of one full-resync page
 * (`listingFeed`), applied by the one ingest pipeline (`runChangeFeedIngest`, whose contract holds: unchanged
 * items skipped by hash, changed items replace all their chunks in one index write, a changed item that fails
 * to read or extract is removed and reported in `failed` while the run goes on, items the listing no longer
 * holds are deleted, an index write that throws aborts the run).
 */
export function runIngest(options: IngestOptions): Promise<IngestSummary> {
  return runChangeFeedIngest({
    source: listingFeed(options.source),
    index: options.index,
    checkpoints: NO_CHECKPOINTS,
    ...(options.log ? { log: options.log } : {}),
    ...(options.onProgress ? { onItem: options.onProgress } : {}),
  });
}
