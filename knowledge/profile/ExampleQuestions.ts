import type { KnowledgeIndex } from '../index/KnowledgeIndex';
import { deriveExampleQuestions } from './deriveExampleQuestions';

/** How many example questions are shown at most when they are derived from titles. */
const DERIVED_EXAMPLES = 3;

/**
 * The example questions shown for the knowledge skill. `list` is one array, kept up to date in place (the skill
 * registry holds the same array). It starts as the profile's examples; each `refresh()` (call it when
 * documents are added or removed) recomputes it:
 * - with `verify` (does this question get an answer over the index in use?), only the profile's examples that
 *   pass are kept, so no example is shown that the corpus being served cannot answer;
 * - when that leaves none (or the profile has none) and `derive` is on, examples derived from the index
 *   (`deriveExampleQuestions`: a title, else a first heading, per document), checked the same way, at most three.
 * Without `verify` and with profile examples, the list is never changed. Refreshes are coalesced: at most one
 * runs, and one more follows if the index changed meanwhile. A failing refresh keeps the previous list and is
 * reported to `onError`.
 */
export class ExampleQuestions {
  readonly list: string[];
  private readonly fixed: readonly string[];
  private readonly derive: boolean;
  private readonly verify: ((question: string) => Promise<boolean>) | undefined;
  private running: Promise<void> | undefined;
  private dirty = false;

  constructor(
    private readonly index: KnowledgeIndex,
    fixed: readonly string[],
    private readonly onError: (error: unknown) => void = () => {},
    derive = true,
    verify?: (question: string) => Promise<boolean>,
  ) {
    this.list = [...fixed];
    this.fixed = [...fixed];
    this.derive = derive;
    this.verify = verify;
  }

  /** Schedules a recomputation (no-op when nothing can change the list). Resolves when it has run. */
  refresh(): Promise<void> {
    if (!this.verify && (this.fixed.length > 0 || !this.derive)) return Promise.resolve();
    if (this.running) {
      this.dirty = true;
      return this.running;
    }
    this.running = this.recompute().finally(() => {
      this.running = undefined;
      if (this.dirty) {
        this.dirty = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  /** Resolves once no recomputation is running or queued (tests, and callers that need the settled list). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async recompute(): Promise<void> {
    try {
      let chosen = await this.answerable(this.fixed);
      if (chosen.length === 0 && this.derive) {
        chosen = await deriveExampleQuestions(this.index, DERIVED_EXAMPLES, this.verify);
      }
      this.list.splice(0, this.list.length, ...chosen);
    } catch (error) {
      this.onError(error);
    }
  }

  /** The questions `verify` accepts, in order (all of them without `verify`). */
  private async answerable(questions: readonly string[]): Promise<string[]> {
    const verify = this.verify;
    if (!verify) return [...questions];
    const kept: string[] = [];
    for (const question of questions) if (await verify(question)) kept.push(question);
    return kept;
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
