/** What one item of a committed batch came to: its result, or the error that failed that item alone. */
export type Settled<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

interface Waiting<T, R> {
  readonly item: T;
  readonly resolve: (value: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: items submitted during one turn of the event loop are committed together by one call of
 * `commit` (one transaction, one fsync), run from `setImmediate`, i.e. after the I/O callbacks that submitted
 * them and before any timer. Contract of `commit`: synchronous; returns one `Settled` per item, in order, and
 * settles each submitter's promise with it only after it returned (so when `commit` makes its work durable
 * before returning, a resolved `submit` is durable); when it throws, every item of the batch is rejected with
 * that error. Items are committed in submission order; `flush()` commits what is pending now.
 * With `durable` (e.g. an fsync run off the event loop), each batch is settled only after the promise it
 * returns, called right after that batch's `commit` returned, resolves; when it rejects, every item of the batch
 * is rejected with its error. `durable` must settle batches in the order it was called. While a batch's
 * `durable` runs, items submitted meanwhile wait and are committed together once it has settled: they could
 * not be durable sooner (their own `durable` would start after it anyway), and a busy log commits fewer,
 * larger batches.
 */
export class GroupCommit<T, R> {
  private pending: Waiting<T, R>[] = [];
  private scheduled: NodeJS.Immediate | undefined;
  /** The running durability step of the last batch, if any. */
  private syncing: Promise<void> | undefined;

  constructor(
    private readonly commit: (items: readonly T[]) => readonly Settled<R>[],
    private readonly durable?: () => Promise<void>,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.syncing) this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Commits every pending item now (before an operation that must come after them, or closing). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    let settled: readonly Settled<R>[];
    try {
      settled = this.commit(batch.map((waiting) => waiting.item));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    if (!this.durable) return settle(batch, settled);
    const syncing: Promise<void> = this.durable().then(
      () => settle(batch, settled),
      (error: unknown) => {
        for (const waiting of batch) waiting.reject(error);
      },
    );
    this.syncing = syncing;
    void syncing.then(() => {
      if (this.syncing !== syncing) return;
      this.syncing = undefined;
      if (this.pending.length > 0) this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Items waiting for the next commit (tests). */
  get waiting(): number {
    return this.pending.length;
  }
}

function settle<T, R>(batch: readonly Waiting<T, R>[], settled: readonly Settled<R>[]): void {
  batch.forEach((waiting, i) => {
    const outcome = settled[i];
    if (outcome?.ok) waiting.resolve(outcome.value);
    else waiting.reject(outcome ? outcome.error : new Error('GroupCommit: commit returned too few results'));
  });
}
