import type Database from 'better-sqlite3';

/**
 * Runs side effects at most once per key. Teams redelivers an activity when the bot is slow and users
 * double-click: every consequential action runs under a key (derived from its confirmation token), so a
 * repeat returns the first result instead of acting again. Concurrent calls in this process share one run;
 * a finished result is stored (JSON) and survives restarts. A run that threw is not stored, so it may be retried.
 */
export class IdempotencyStore {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS idempotency (
      key TEXT PRIMARY KEY,
      result TEXT NOT NULL,
      created_at INTEGER NOT NULL
    )`);
  }

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const stored = this.db.prepare('SELECT result FROM idempotency WHERE key = ?').get(key) as
      { result: string } | undefined;
    if (stored) return JSON.parse(stored.result) as T;
    const running = this.inFlight.get(key);
    if (running) return running as Promise<T>;
    const started = (async () => {
      const result = await work();
      this.db
        .prepare('INSERT OR IGNORE INTO idempotency(key, result, created_at) VALUES (?, ?, ?)')
        .run(key, JSON.stringify(result), Date.now());
      return result;
    })();
    this.inFlight.set(key, started);
    try {
      return await started;
    } finally {
      this.inFlight.delete(key);
    }
  }
}
