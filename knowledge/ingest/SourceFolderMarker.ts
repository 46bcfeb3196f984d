import path from 'node:path';
import type { DocumentSource } from '../sources/DocumentSource';
import type { KnowledgeIndex } from '../index/KnowledgeIndex';
import { FileCheckpointStore } from './FileCheckpointStore';

/** File (in DATA_DIR) remembering which folder each index was built from: `{ "<index key>": "<folder>" }`. */
export const SOURCE_FOLDER_FILE = 'index-source.json';

/** The index was built from another folder than the one about to be ingested. */
export interface SourceFolderChange {
  readonly previous: string;
  readonly current: string;
  /** Documents in the index now. */
  readonly indexed: number;
  /** Indexed documents the new folder does not have: the next ingest removes them. */
  readonly removed: number;
}

/**
 * Remembers the source folder an index was built from, in `<dataDir>/index-source.json` (written atomically,
 * see FileCheckpointStore), keyed by `indexKey` so several indexes can share a DATA_DIR. Folders are stored
 * as absolute paths.
 */
export class SourceFolderMarker {
  private readonly store: FileCheckpointStore;

  constructor(private readonly options: { dataDir: string; indexKey: string }) {
    this.store = new FileCheckpointStore({ dir: options.dataDir, fileName: SOURCE_FOLDER_FILE });
  }

  /** The folder the index was last fully ingested from; undefined before the first ingest. */
  previous(): Promise<string | undefined> {
    return this.store.get(this.options.indexKey);
  }

  /** Records `root` as the index's source; call after an ingest of `root` completed. */
  record(root: string): Promise<void> {
    return this.store.set(this.options.indexKey, path.resolve(root));
  }

  /**
   * Before ingesting `root`: when the index was built from a different folder, how many of its documents the
   * new folder does not list (those the ingest will remove). Undefined when the folder is the same or unknown.
   */
  async change(
    root: string,
    source: DocumentSource,
    index: KnowledgeIndex,
  ): Promise<SourceFolderChange | undefined> {
    const previous = await this.previous();
    const current = path.resolve(root);
    if (previous === undefined || previous === current) return undefined;
    const listed = new Set<string>();
    for await (const item of source.list()) listed.add(item.docId);
    const known = [...(await index.listHashes()).keys()];
    const removed = known.filter((docId) => !listed.has(docId)).length;
    return { previous, current, indexed: known.length, removed };
  }
}

/**
 * `Source folder changed from /a to /b: the previous folder's 12 documents are removed from the index.`; when
 * some documents have the same path in both folders, says how many are removed and that the others are
 * replaced.
 */
export function formatSourceFolderChange(change: SourceFolderChange): string {
  const documents = (n: number): string => (n === 1 ? '1 document' : `${n} documents`);
  const what =
    change.removed === change.indexed
      ? `the previous folder's ${documents(change.removed)} ${change.removed === 1 ? 'is' : 'are'} removed from the index`
      : `${change.removed} of the previous folder's ${documents(change.indexed)} ${change.removed === 1 ? 'is' : 'are'} ` +
        `removed from the index (the other ${change.indexed - change.removed} have the same path in the new folder and are replaced)`;
  return `Source folder changed from ${change.previous} to ${change.current}: ${what}.`;
}
