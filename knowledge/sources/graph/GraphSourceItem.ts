import type { SourceItem } from '../DocumentSource';

/** A SourceItem from a Graph drive, with where it came from and when its permissions were read. */
export interface GraphSourceItem extends SourceItem {
  readonly driveId: string;
  readonly itemId: string;
  /**
   * ISO 8601 time the item's permissions were read. Kept on the item, not in `meta`: `meta` is part of the
   * content hash, and a read time there would make every re-read look like a change.
   */
  readonly permissionsReadAt: string;
}

/** Doc id of a drive item: `graph:<driveId>:<itemId>`. */
export function graphDocId(driveId: string, itemId: string): string {
  return `${graphDrivePrefix(driveId)}${itemId}`;
}

/** Doc id prefix of every item of one drive. */
export function graphDrivePrefix(driveId: string): string {
  return `graph:${driveId}:`;
}
