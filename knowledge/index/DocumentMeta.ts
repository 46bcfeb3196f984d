import type { AccessList } from '../access/AccessList';

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
