/**
 * Runs side effects at most once per key. Teams redelivers an activity when the bot is slow and users
 * double-click: every consequential action runs under a key (derived from its confirmation token), so a
 * repeat returns the first result instead of acting again.
 *
 * Contract every implementation keeps (`test/skills/confirm/IdempotencyStore.contract.ts`):
 * - `run(key, work)` runs `work` only when no result is stored for `key`, stores its result (JSON) and returns
 *   it; once stored, every later call with that key, through any store over the same data (a restart, another
 *   instance), returns the stored result without running `work`.
 * - Concurrent calls with one key through one store share one run and all get its result.
 * - A run that threw stores nothing and rejects with that error, so the action may be retried.
 * - Keys are independent of each other.
 * An implementation shared by several instances must claim a key atomically (a conditional insert), so two
 * instances never both run the work for one key.
 */
export interface IdempotencyStore {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}
