/** One source file as a source enumerates it. */
export interface SourceItem {
  /** Stable document id (folder source: path relative to the root, `/`-separated). */
  readonly docId: string;
  readonly fileName: string;
  /** ISO 8601 last-modified time. */
  readonly modified: string;
  /** Where readers open the original; empty when the bot serves it (local mode). */
  readonly url: string;
  /** Reads the content bytes and the raw metadata sidecar (YAML text) when there is one. */
  read(): Promise<{ bytes: Buffer; sidecar?: string }>;
}

/**
 * The document source seam. Implementations: a local folder (default) and, later, Graph drive delta.
 * Contract: `list` yields every current item; ids not listed are treated as deleted by the ingest.
 */
export interface DocumentSource {
  readonly name: string;
  list(): AsyncIterable<SourceItem>;
}
