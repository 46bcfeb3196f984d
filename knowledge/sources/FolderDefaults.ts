/**
 * Metadata defaults a document inherits from its folders (`_folder.meta.yaml` files) and from the configured
 * root default access. Carried with a source item's content; the document's own front matter and sidecar
 * override them key by key.
 */
export interface FolderDefaults {
  /** Merged default keys (`access`, `brand`, `language`, ...): a deeper folder's key replaces a shallower one's. */
  readonly values: Record<string, unknown>;
  /**
   * Stable text identifying every input of `values` (each applying `_folder.meta.yaml` path and text, and the
   * root default access). Part of the content hash, so editing a folder's defaults re-indexes what is beneath.
   */
  readonly fingerprint: string;
}
