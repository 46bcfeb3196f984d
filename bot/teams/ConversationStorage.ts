import type { Storage, StoreItems } from 'botbuilder';
import { StateConflictError, type ConversationStateStore } from '../../skills/state/ConversationStateStore';

export interface ConversationStorageOptions {
  /** Where the documents live, and for how long (the store's time-to-live). */
  readonly store: ConversationStateStore;
}

/**
 * The botbuilder `Storage` the teams-ai `Application` keeps its turn state in (conversation and user scopes),
 * over a `ConversationStateStore`: state expires a while after its last change (teams-ai's `MemoryStorage`
 * keeps every conversation forever) and lives wherever the store keeps it. eTags as botbuilder documents them:
 * every item read carries its `eTag`; writing an item with `eTag` `'*'` or none is last-writer-wins, writing
 * one with another eTag succeeds only while it is still the stored version, else `write` rejects with
 * `Storage: error writing "<key>" due to eTag conflict.` (as `MemoryStorage` does; the other items are
 * written). Items must be JSON objects; anything else is refused before a write.
 */
export class ConversationStorage implements Storage {
  private readonly store: ConversationStateStore;

  constructor(options: ConversationStorageOptions) {
    this.store = options.store;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const [key, document] of await this.store.read(keys))
      items[key] = { ...document.value, eTag: document.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes as Record<string, unknown>);
    for (const [key, item] of entries) {
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        throw new TypeError(`Storage: item "${key}" is not an object.`);
    }
    let conflict: string | undefined;
    for (const [key, item] of entries) {
      const { eTag, ...value } = item as Record<string, unknown>;
      try {
        await this.store.write(key, value, typeof eTag === 'string' ? eTag : undefined);
      } catch (error) {
        if (!(error instanceof StateConflictError)) throw error;
        conflict ??= key;
      }
    }
    if (conflict !== undefined) throw new Error(`Storage: error writing "${conflict}" due to eTag conflict.`);
  }

  async delete(keys: string[]): Promise<void> {
    await this.store.delete(keys);
  }
}
