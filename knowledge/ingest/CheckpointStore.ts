/**
 * Where a change-feed ingest keeps each source's checkpoint. Contract: `set` is durable when it resolves
 * (a crash afterwards still `get`s the new value) and atomic (a crash during it leaves the old value).
 */
export interface CheckpointStore {
  /** The stored checkpoint of `source`; undefined when there is none. */
  get(source: string): Promise<string | undefined>;
  set(source: string, checkpoint: string): Promise<void>;
}
