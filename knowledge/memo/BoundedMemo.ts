/**
 * A memo of at most `capacity` computed values: `get(key, compute)` returns the stored value for `key`, else
 * computes, stores and returns it; when full, the least recently used entry is dropped, where an entry counts
 * as used when it was stored or, once it is among the older half of the entries, read (so a hit on a recent
 * entry costs one lookup, not a move). Values must be pure functions of their key (callers put everything the
 * computation reads into the key) and must not be mutated by their readers: the same value is handed to every
 * caller of the same key.
 */
export class BoundedMemo<K, V> {
  /** Entries oldest first (Map keeps insertion order), each with the count of stores when last used. */
  private readonly entries = new Map<K, { value: V; used: number }>();
  /** Stores (and moves) so far. */
  private uses = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('BoundedMemo: capacity must be >= 1');
  }

  get(key: K, compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit) {
      // Among the older half: move it to the most recent end, so it outlives what was used less recently.
      if (this.uses - hit.used >= this.capacity / 2) this.set(key, hit.value);
      return hit.value;
    }
    const value = compute();
    this.set(key, value);
    return value;
  }

  /** Stores `value` for `key` (replacing any), as the most recently used. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, used: this.uses });
    this.uses += 1;
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** Forgets `key` (e.g. a value that turned out to be a failure). */
  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Entries held now (tests). */
  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * `memo.get(key, compute)` for a computed promise, except that a promise that rejects is forgotten, so the next
 * call computes anew (a failure is never handed out again).
 */
export function memoisedPromise<K, T>(
  memo: BoundedMemo<K, Promise<T>>,
  key: K,
  compute: () => Promise<T>,
): Promise<T> {
  const value = memo.get(key, compute);
  value.catch(() => memo.delete(key));
  return value;
}

/**
 * `compute` remembered for texts up to `maxChars` long (at most `capacity` of them, least recently used dropped);
 * a longer text is computed every time. `compute` must be a pure function of the text and `variant` (e.g. a
 * language; default `''`), which must not contain U+0000. An `undefined` result is remembered too.
 */
export function shortTextMemo<V>(
  compute: (text: string, variant: string) => V,
  maxChars: number,
  capacity: number,
): (text: string, variant?: string) => V {
  const memo = new BoundedMemo<string, { readonly value: V }>(capacity);
  return (text, variant = '') =>
    text.length > maxChars
      ? compute(text, variant)
      : memo.get(variant === '' ? text : `${variant}\u0000${text}`, () => ({ value: compute(text, variant) }))
          .value;
}
