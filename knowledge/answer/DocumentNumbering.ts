import type { Passage } from '../index/Passage';

/**
 * The one citation numbering of answers, model answers, reports and model reports: documents are numbered
 * 1..d in order of first use; a later passage of the same document reuses its number, and the document's
 * entry describes the first passage cited from it (`describe`, given that passage and its number).
 */
export class DocumentNumbering<E extends { readonly n: number }> {
  private readonly byDoc = new Map<string, E>();

  constructor(private readonly describe: (passage: Passage, n: number) => E) {}

  /** The entry of `passage`'s document, created on the document's first use. */
  cite(passage: Passage): E {
    let entry = this.byDoc.get(passage.docId);
    if (!entry) {
      entry = this.describe(passage, this.byDoc.size + 1);
      this.byDoc.set(passage.docId, entry);
    }
    return entry;
  }

  /** The document numbers of `passages`, in order, each number once. */
  numbers(passages: readonly Passage[]): number[] {
    const numbers: number[] = [];
    for (const passage of passages) {
      const { n } = this.cite(passage);
      if (!numbers.includes(n)) numbers.push(n);
    }
    return numbers;
  }

  /** Every document's entry, in number order. */
  entries(): E[] {
    return [...this.byDoc.values()];
  }
}
