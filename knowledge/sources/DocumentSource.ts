import type { AccessList } from '../access/AccessList';
import type { FolderDefaults } from './FolderDefaults';

/** One source file as a source enumerates it. */
export interface SourceItem {
  /** Stable document id (folder source: path relative to the root, `/`-separated). */
  readonly docId: string;
  readonly fileName: string;
  /** ISO 8601 last-modified time. */
  readonly modified: string;
  /** Where readers open the original; empty when the bot serves it (local mode). */
  readonly url: string;
  /**
   * Version of the item as the source knows it (e.g. Graph `cTag` plus a permissions digest). When set, the
   * ingest decides "unchanged" from it without calling `read()`, so unchanged items are never downloaded.
   */
  readonly version?: string;
  /**
   * Metadata the source knows better than the file itself; each field set here wins over front matter and
   * sidecars. A source that reads permissions (Graph) sets `access` here.
   */
  readonly meta?: SourceMeta;
  /**
   * ISO 8601 time the source read this item's permissions (sources that map permissions to access lists, such
   * as Graph). Stored with the document; deliberately not part of the content hash.
   */
  readonly permissionsReadAt?: string;
  /**
   * Reads the content bytes, the raw metadata sidecar (YAML text) when there is one, and the metadata
   * defaults the item inherits from its folders (folder source). Throws when any of them cannot be read.
   */
  read(): Promise<SourceContent>;
}

/** What `SourceItem.read()` returns. */
export interface SourceContent {
  readonly bytes: Buffer;
  /** Raw `<file>.meta.yaml` text. */
  readonly sidecar?: string;
  /** Inherited defaults (`_folder.meta.yaml`, KNOWLEDGE_DEFAULT_ACCESS); front matter and sidecar win. */
  readonly defaults?: FolderDefaults;
}

export interface SourceMeta {
  readonly title?: string;
  readonly access?: AccessList;
  readonly brand?: string;
  readonly language?: string;
  /** The label the source reports (Graph: the Purview label id); see `DocumentMeta.sensitivityLabel`. */
  readonly sensitivityLabel?: string;
}

/**
 * The document source seam. Implementations: a local folder (default) and, later, Graph drive delta.
 * Contract: `list` yields every current item; ids not listed are treated as deleted by the ingest.
 */
export interface DocumentSource {
  readonly name: string;
  list(): AsyncIterable<SourceItem>;
}
