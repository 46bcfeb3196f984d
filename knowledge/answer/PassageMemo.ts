import type { Passage } from '../index/Passage';
import { BoundedMemo } from '../memo/BoundedMemo';

/** The passage fields every analysis reads; an entry is reused only while they are all the same. */
type Fields = readonly [docId: string, title: string, heading: string, text: string, language: string];

const fieldsOf = (p: Passage): Fields => [p.docId, p.title, p.heading, p.text, p.language];
const same = (a: Fields, b: Fields): boolean => a.every((value, i) => value === b[i]);

/**
 * A bounded memo of one analysis per passage (and `variant`, e.g. the question's language): looked up by chunk
 * id, which is short to hash, and reused only when the passage's document id, title, heading, text and language
 * are the same as when it was computed (string comparison, cheaper than hashing the text); a chunk whose text
 * changed (re-ingested) is computed afresh and replaces the entry. So `get(p, v, f)` always equals `f()` for a
 * pure `f` of those fields and `v`. Values are shared between callers: never mutate them.
 */
export class PassageMemo<V> {
  private readonly memo: BoundedMemo<string, { fields: Fields; value: V }>;

  constructor(capacity: number) {
    this.memo = new BoundedMemo(capacity);
  }

  get(passage: Passage, variant: string, compute: () => V): V {
    const fields = fieldsOf(passage);
    const key = `${variant}\u0000${passage.chunkId}`;
    const entry = this.memo.get(key, () => ({ fields, value: compute() }));
    if (!same(entry.fields, fields)) {
      const fresh = { fields, value: compute() };
      this.memo.set(key, fresh);
      return fresh.value;
    }
    return entry.value;
  }

  clear(): void {
    this.memo.clear();
  }
}
