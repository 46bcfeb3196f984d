import type { KnowledgeIndex } from '../types';
import { deriveExampleQuestions } from './deriveExampleQuestions';

/**
 * The example questions shown for the knowledge skill. `list` is one array, kept up to date in place (the skill
 * registry holds the same array): the profile's examples when it has some, never changed; otherwise examples
 * derived from the index (`deriveExampleQuestions`), re-derived after each `refresh()` (call it when documents
 * are added or removed). Refreshes are coalesced: at most one derivation runs, and one more follows if the index
 * changed meanwhile. A failing derivation keeps the previous list and is reported to `onError`. With `derive`
 * false the list stays the profile's (possibly empty) and `refresh()` does nothing.
 */
export class ExampleQuestions {
  readonly list: string[];
  private readonly derived: boolean;
  private running: Promise<void> | undefined;
  private dirty = false;

  constructor(
    private readonly index: KnowledgeIndex,
    fixed: readonly string[],
    private readonly onError: (error: unknown) => void = () => {},
    derive = true,
  ) {
    this.list = [...fixed];
    this.derived = derive && fixed.length === 0;
  }

  /** Schedules a re-derivation (no-op when the profile fixed the examples). Resolves when it has run. */
  refresh(): Promise<void> {
    if (!this.derived) return Promise.resolve();
    if (this.running) {
      this.dirty = true;
      return this.running;
    }
    this.running = this.derive().finally(() => {
      this.running = undefined;
      if (this.dirty) {
        this.dirty = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  private async derive(): Promise<void> {
    try {
      const fresh = await deriveExampleQuestions(this.index);
      this.list.splice(0, this.list.length, ...fresh);
    } catch (error) {
      this.onError(error);
    }
  }
}

/**
 * `index` with `onChange` called after every successful `upsert` and `delete` (everything else passes through
 * unchanged); for keeping derived views such as {@link ExampleQuestions} current while documents are ingested.
 */
export function observeIndexChanges(index: KnowledgeIndex, onChange: () => void): KnowledgeIndex {
  return {
    upsert: async (doc) => {
      await index.upsert(doc);
      onChange();
    },
    delete: async (docId) => {
      await index.delete(docId);
      onChange();
    },
    search: (query, options) => index.search(query, options),
    getDocument: (docId) => index.getDocument(docId),
    getChunks: (docId) => index.getChunks(docId),
    listHashes: () => index.listHashes(),
    close: () => index.close(),
  };
}
