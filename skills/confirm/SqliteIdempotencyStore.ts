import type Database from 'better-sqlite3';
import { SqliteStore } from '../storage/SqliteStore';
import type { IdempotencyStore } from './IdempotencyStore';

export interface SqliteIdempotencyStoreOptions {
  /** An open SQLite database (the app's `state.sqlite`); the store creates its `idempotency` table. */
  readonly db: Database.Database;
}

const IDEMPOTENCY_TABLE = `CREATE TABLE IF NOT EXISTS idempotency (
  key TEXT PRIMARY KEY,
  result TEXT NOT NULL,
  created_at INTEGER NOT NULL
)`;

/**
 * `IdempotencyStore` in one SQLite table: finished results survive restarts. Concurrent calls in this process
 * share one in-flight run; the database is one instance's own (`DATA_DIR`), so no cross-process claim is taken.
 */
export class SqliteIdempotencyStore extends SqliteStore implements IdempotencyStore {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(options: SqliteIdempotencyStoreOptions) {
    super(options.db, IDEMPOTENCY_TABLE);
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
