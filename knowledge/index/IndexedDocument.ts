import type { Chunk } from './Chunk';
import type { DocumentMeta } from './DocumentMeta';

/** A document ready for the index: its metadata, a content hash and its chunks. */
export interface IndexedDocument extends DocumentMeta {
  /** SHA-256 of the source bytes and metadata; an unchanged hash means the document is skipped on ingest. */
  readonly contentHash: string;
  readonly chunks: readonly Chunk[];
}
