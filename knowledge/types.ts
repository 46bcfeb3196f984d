import type { AccessList } from './access/AccessList';
import type { Principal } from './access/Principal';

/** Descriptive fields carried by every document and copied onto each of its passages. */
export interface DocumentMeta {
  /** Stable id of the source document (for a folder source: its path relative to the root, `/`-separated). */
  readonly docId: string;
  readonly title: string;
  /** Where a reader opens the original (SharePoint/OneDrive `webUrl` in production; empty for local files). */
  readonly url: string;
  readonly access: AccessList;
  /** Brand the document belongs to (`group` for group-wide content). */
  readonly brand: string;
  /** BCP 47 language tag, e.g. `en`, `fr`, `de`, `it`. */
  readonly language: string;
  /** ISO 8601 time the source last changed. */
  readonly modified: string;
  /**
   * ISO 8601 time the permissions of the indexed version were read from the source (Graph); absent when
   * the source has no permissions of its own (folder: access comes from front matter or a sidecar).
   * It moves only when a new version is indexed: a permission change is a new version (re-indexed with
   * a new time), while an unchanged item is skipped, so re-reads that found the same permissions don't
   * update it. Read it as "this access list is what the source reported at this time"; not part of the
   * content hash.
   */
  readonly permissionsReadAt?: string;
  /**
   * The document's sensitivity label as its source gives it: the Purview label id Graph reports
   * (`extractSensitivityLabels`), or the `sensitivityLabel` of front matter, a sidecar or a `_folder.meta.yaml`.
   * Mapped to the organisation profile's ordered labels where it is used (`resolveSensitivityLabel`), so a
   * profile change needs no re-index. Absent: the document has no label.
   */
  readonly sensitivityLabel?: string;
}

/** One retrievable unit of a document: a heading-delimited section, split further when long. */
export interface Chunk {
  /** Stable id: the same document text always yields the same chunk ids. */
  readonly chunkId: string;
  readonly docId: string;
  /** Position of the chunk in its document, from 0. */
  readonly ordinal: number;
  /** Heading path of the section, e.g. `Brake testing > Fade test`; empty before the first heading. */
  readonly heading: string;
  readonly text: string;
}

/** A document ready for the index: its metadata, a content hash and its chunks. */
export interface IndexedDocument extends DocumentMeta {
  /** SHA-256 of the source bytes and metadata; an unchanged hash means the document is skipped on ingest. */
  readonly contentHash: string;
  readonly chunks: readonly Chunk[];
}

/** A search hit. */
export interface Passage extends DocumentMeta {
  readonly chunkId: string;
  readonly heading: string;
  readonly text: string;
  /** Higher is better; comparable only within one result list. */
  readonly score: number;
}

export interface SearchOptions {
  /** The asking user's principals. Only passages of documents readable by one of them are returned. */
  readonly principals: readonly Principal[];
  /**
   * Brand isolation (a brand's Teams teams and channels): only passages of documents whose `brand` is one of
   * these are returned. Applied inside the index query like `principals`, never by filtering afterwards.
   * Unset: every brand; empty: nothing.
   */
  readonly brands?: readonly string[];
  /** Number of passages to return; default 8, at most 1000. */
  readonly top?: number;
  /** Optional equality filters. */
  readonly filters?: { readonly brand?: string; readonly language?: string };
  /**
   * Language of the question (BCP 47, e.g. the Teams locale or the detected language): the question is analysed
   * in it (stems, compound parts). Unset: detected from the query text.
   */
  readonly queryLanguage?: string;
}

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

/** The identity seam: resolves a user to every principal that grants them access. */
export interface Directory {
  /**
   * Returns `user:<id>`, `everyone` and every (transitive) `group:<id>`. Unknown users: the local file
   * directory gives `user:<id>` and `everyone` (local mode); the Graph directory gives only `user:<id>`
   * (a user the tenant does not know is not an employee). Throws DirectoryUnavailableError when group membership cannot be resolved (never a partial list).
   */
  principalsFor(userId: string): Promise<Principal[]>;
  /** Display name for a user, when known. */
  displayName(userId: string): Promise<string | undefined>;
}
