import type { SourceItem } from './DocumentSource';

/** One page of changes from a change-feed source, applied by the ingest before `checkpoint` is stored. */
export interface ChangePage {
  /** New or changed items (may include unchanged ones on a full enumeration; the ingest skips those by hash). */
  readonly upserts: readonly SourceItem[];
  /** Doc ids to remove; an id that is not indexed is not an error. */
  readonly deletes: readonly string[];
  /**
   * Opaque state to resume after this page. Handing it back to `changes()` yields only what this page and
   * those before it did not. Replaying a page is harmless (pages are idempotent).
   */
  readonly checkpoint: string;
  /**
   * A full enumeration of `resyncPrefix` begins on this page (`started`), ended with it (`completed`), or is
   * this page alone (`full`). On `completed` or `full` the ingest removes every indexed doc under the prefix not
   * seen since the enumeration began.
   */
  readonly resync?: 'started' | 'completed' | 'full';
  /** Problems the source met on this page (e.g. permissions it could not map); reported as ingest warnings. */
  readonly warnings?: readonly string[];
  /** Doc id prefix a resync covers (e.g. one drive); default the source's `docIdPrefix`. */
  readonly resyncPrefix?: string;
}

/**
 * A source that reports changes since a checkpoint instead of listing everything (Graph drive delta).
 * Contract: every doc id it yields starts with `docIdPrefix`; `changes(undefined)` starts from scratch.
 */
export interface ChangeFeedSource {
  /** Stable name, used as the checkpoint key. */
  readonly name: string;
  readonly docIdPrefix: string;
  changes(checkpoint: string | undefined): AsyncIterable<ChangePage>;
}
