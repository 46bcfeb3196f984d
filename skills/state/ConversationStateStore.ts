/** Default time conversation state is kept after its last write: 24 hours. */
export const DEFAULT_CONVERSATION_STATE_TTL_HOURS = 24;

/** A stored state document: a copy of the JSON object written and the version it was written as. */
export interface StateDocument {
  readonly value: Record<string, unknown>;
  readonly eTag: string;
}

/** A conditional write found another version stored than the one it was based on; nothing was written. */
export class StateConflictError extends Error {
  readonly code = 'state_conflict';

  constructor(readonly key: string) {
    super(`state "${key}" was changed by another writer`);
    this.name = 'StateConflictError';
  }
}

/**
 * Conversation state: what the bot remembers between the turns of a conversation (a question it asked and
 * waits on, the planner's turn state), keyed by opaque strings, with optimistic concurrency and expiry.
 *
 * Contract every implementation keeps (`test/skills/state/ConversationStateStore.contract.ts`):
 * - `read(keys)` returns the live documents among `keys`, each a deep copy with its eTag; keys never written,
 *   deleted or expired are absent from the map.
 * - `write(key, value, ifMatch)` stores a copy of `value` (a JSON object) and returns its new eTag, different
 *   from every eTag the key had before. With `ifMatch` absent or `'*'` the write is unconditional; with any
 *   other value it succeeds only if the key's live document has that eTag or the key has no live document
 *   (as botbuilder's `MemoryStorage` does), and otherwise rejects with `StateConflictError`, changing nothing.
 * - Expiry slides: a document is live for the store's time-to-live after its last write (reads don't extend it).
 *   Expired documents read as absent and are removed from storage (each implementation says when), so storage
 *   holds only conversations written to within the time-to-live.
 * - `delete(keys)` removes the documents; absent keys are ignored.
 * - Every store over the same data sees the same documents (a restart, another instance).
 */
export interface ConversationStateStore {
  read(keys: readonly string[]): Promise<Map<string, StateDocument>>;
  write(key: string, value: Record<string, unknown>, ifMatch?: string): Promise<string>;
  delete(keys: readonly string[]): Promise<void>;
}
