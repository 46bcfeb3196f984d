import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  DEFAULT_CONVERSATION_STATE_TTL_HOURS,
  StateConflictError,
  type ConversationStateStore,
  type StateDocument,
} from './ConversationStateStore';

/** Default pause between two sweeps of expired documents: 10 minutes. */
export const DEFAULT_STATE_SWEEP_INTERVAL_MS = 10 * 60 * 1000;

export interface SqliteConversationStateStoreOptions {
  /** An open SQLite database (the app's `state.sqlite`); the store creates its `conversation_state` table. */
  readonly db: Database.Database;
  /** How long a document lives after its last write, in ms; default 24 hours. */
  readonly ttlMs?: number;
  /**
   * Expired documents are deleted when the store opens and by the first write after each interval (no timer),
   * in ms; default `DEFAULT_STATE_SWEEP_INTERVAL_MS` (10 minutes).
   */
  readonly sweepIntervalMs?: number;
  /** Clock in epoch ms (tests); default `Date.now`. */
  readonly now?: () => number;
}

/**
 * `ConversationStateStore` in one SQLite table: state survives restarts, and the process holds none of it in
 * memory (idle memory does not grow with the number of conversations). A write is one immediate transaction
 * (check the eTag, then upsert), so processes sharing the file never both win a conditional write.
 */
export class SqliteConversationStateStore implements ConversationStateStore {
  private readonly db: Database.Database;
  private readonly ttlMs: number;
  private readonly sweepIntervalMs: number;
  private readonly now: () => number;
  private lastSweep: number;
  /** Statements of every turn, prepared once (same SQL as before). */
  private readonly selectLive: Database.Statement;
  private readonly selectEtag: Database.Statement;
  private readonly upsert: Database.Statement;

  constructor(options: SqliteConversationStateStoreOptions) {
    this.db = options.db;
    this.ttlMs = options.ttlMs ?? DEFAULT_CONVERSATION_STATE_TTL_HOURS * 3600 * 1000;
    this.sweepIntervalMs = options.sweepIntervalMs ?? DEFAULT_STATE_SWEEP_INTERVAL_MS;
    this.now = options.now ?? Date.now;
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS conversation_state (
        key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, expires_at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS conversation_state_expiry ON conversation_state(expires_at);`);
    this.selectLive = this.db.prepare(
      'SELECT value, etag FROM conversation_state WHERE key = ? AND expires_at > ?',
    );
    this.selectEtag = this.db.prepare('SELECT etag FROM conversation_state WHERE key = ? AND expires_at > ?');
    this.upsert = this.db.prepare(
      `INSERT INTO conversation_state(key, value, etag, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag,
       expires_at = excluded.expires_at`,
    );
    this.lastSweep = this.now();
    this.sweep(this.lastSweep);
  }

  async read(keys: readonly string[]): Promise<Map<string, StateDocument>> {
    const select = this.selectLive;
    const now = this.now();
    const found = new Map<string, StateDocument>();
    for (const key of keys) {
      const row = select.get(key, now) as { value: string; etag: string } | undefined;
      if (row) found.set(key, { value: JSON.parse(row.value) as Record<string, unknown>, eTag: row.etag });
    }
    return found;
  }

  async write(key: string, value: Record<string, unknown>, ifMatch?: string): Promise<string> {
    const json = JSON.stringify(value);
    const eTag = crypto.randomUUID();
    const now = this.now();
    this.db
      .transaction(() => {
        if (ifMatch !== undefined && ifMatch !== '*') {
          const stored = this.selectEtag.get(key, now) as { etag: string } | undefined;
          if (stored && stored.etag !== ifMatch) throw new StateConflictError(key);
        }
        this.upsert.run(key, json, eTag, now + this.ttlMs);
      })
      .immediate();
    if (now - this.lastSweep >= this.sweepIntervalMs) {
      this.lastSweep = now;
      this.sweep(now);
    }
    return eTag;
  }

  async delete(keys: readonly string[]): Promise<void> {
    const remove = this.db.prepare('DELETE FROM conversation_state WHERE key = ?');
    this.db.transaction(() => keys.forEach((key) => remove.run(key)))();
  }

  /** Retention (the store's time-to-live): deletes every expired document now; resolves with how many. */
  async purgeExpired(): Promise<number> {
    return this.sweep(this.now());
  }

  /**
   * The documents whose key or content names `userId` (keys hold conversation and user ids; the content the
   * turn state of that user's conversations), as stored, expired or not.
   */
  async recordsAbout(userId: string): Promise<Record<string, unknown>[]> {
    const rows = this.db
      .prepare(
        `SELECT key, value, expires_at FROM conversation_state WHERE instr(key, ?) > 0 OR instr(value, ?) > 0`,
      )
      .all(userId, userId) as { key: string; value: string; expires_at: number }[];
    return rows.map((row) => ({
      key: row.key,
      value: JSON.parse(row.value) as unknown,
      expiresAt: new Date(row.expires_at).toISOString(),
    }));
  }

  /** Deletes every document whose key or content names `userId`; resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    return this.db
      .prepare('DELETE FROM conversation_state WHERE instr(key, ?) > 0 OR instr(value, ?) > 0')
      .run(userId, userId).changes;
  }

  /** Deletes every document expired at `now`; returns how many. */
  private sweep(now: number): number {
    return this.db.prepare('DELETE FROM conversation_state WHERE expires_at <= ?').run(now).changes;
  }
}
