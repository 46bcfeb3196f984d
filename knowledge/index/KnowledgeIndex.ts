import type { DocumentMeta } from './DocumentMeta';
import type { IndexedDocument } from './IndexedDocument';
import type { Passage } from './Passage';
import type { SearchOptions } from './SearchOptions';

/**
 * The search backend seam. Implementations: embedded SQLite FTS5 (default) and Azure AI Search.
 * Contract: `search` never returns a passage whose document is not readable by `options.principals`, nor
 * one whose brand is outside `options.brands` when that is set; with no principals it returns nothing.
 */
export interface KnowledgeIndex {
  /** Inserts or replaces a document and all its chunks atomically. */
  upsert(doc: IndexedDocument): Promise<void>;
  /** Removes a document and its chunks; a missing id is not an error. */
  delete(docId: string): Promise<void>;
  search(query: string, options: SearchOptions): Promise<Passage[]>;
  /** Looks up one document's metadata (for access checks on links); undefined when absent. */
  getDocument(docId: string): Promise<(DocumentMeta & { contentHash: string }) | undefined>;
  /** The chunks of one document in reading order (for the document viewer); empty when absent. */
  getChunks(docId: string): Promise<{ chunkId: string; heading: string; text: string }[]>;
  /** The content hash of every indexed document, keyed by doc id (drives incremental ingest). */
  listHashes(): Promise<Map<string, string>>;
  close(): Promise<void>;
}
