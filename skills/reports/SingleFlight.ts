/**
 * Concurrent calls for one key in this process share one run: while `work` for a key is pending, `run` with
 * that key returns the same promise; once it settles (resolved or rejected) the next call starts a new run.
 */
export class SingleFlight<V> {
  private readonly running = new Map<string, Promise<V>>();

  run(key: string, work: () => Promise<V>): Promise<V> {
    const pending = this.running.get(key);
    if (pending) return pending;
    const started = work().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }
}
