import type Database from 'better-sqlite3';
import {
  DEFAULT_CONFIRMATION_TTL_SECONDS,
  hashToken,
  newConfirmationToken,
  type ConfirmationRequest,
  type ConfirmationStore,
  type ConsumeResult,
  type IssuedConfirmation,
  type TokenHolder,
} from './ConfirmationStore';

export interface SqliteConfirmationStoreOptions {
  /** An open SQLite database (the app's `state.sqlite`); the store creates its `confirmations` table. */
  readonly db: Database.Database;
  /** Clock in epoch ms (tests); default `Date.now`. */
  readonly now?: () => number;
}

interface Row {
  user_id: string;
  skill: string;
  draft: string;
  expires_at: number;
  consumed_at: number | null;
  cancelled: number;
}

/**
 * `ConfirmationStore` in one SQLite table. A claim is one conditional `UPDATE ... WHERE consumed_at IS NULL`,
 * so processes sharing the database file never both claim a token.
 */
export class SqliteConfirmationStore implements ConfirmationStore {
  private readonly db: Database.Database;
  private readonly now: () => number;

  constructor(options: SqliteConfirmationStoreOptions) {
    this.db = options.db;
    this.now = options.now ?? Date.now;
    this.db.exec(`CREATE TABLE IF NOT EXISTS confirmations (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      skill TEXT NOT NULL,
      draft TEXT NOT NULL,
      expires_at INTEGER NOT NULL,
      consumed_at INTEGER
    )`);
    // Stores made before cancellations were told apart get the column (a discarded token is `cancelled`).
    const columns = this.db.prepare('PRAGMA table_info(confirmations)').all() as { name: string }[];
    if (!columns.some((column) => column.name === 'cancelled'))
      this.db.exec('ALTER TABLE confirmations ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0');
  }

  async issue(input: ConfirmationRequest): Promise<IssuedConfirmation> {
    const token = newConfirmationToken();
    const expires = this.now() + (input.ttlSeconds ?? DEFAULT_CONFIRMATION_TTL_SECONDS) * 1000;
    this.db
      .prepare(
        'INSERT INTO confirmations(token_hash, user_id, skill, draft, expires_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(hashToken(token), input.userId, input.skill, JSON.stringify(input.draft), expires);
    return { token, expiresAt: new Date(expires).toISOString() };
  }

  async check(input: TokenHolder): Promise<ConsumeResult> {
    const verdict = this.verdict(input);
    return verdict.ok ? { ok: true, draft: undefined } : verdict;
  }

  async consume(input: TokenHolder): Promise<ConsumeResult> {
    const verdict = this.verdict(input);
    if (!verdict.ok) return verdict;
    const claimed = this.db
      .prepare('UPDATE confirmations SET consumed_at = ? WHERE token_hash = ? AND consumed_at IS NULL')
      .run(this.now(), hashToken(input.token));
    if (claimed.changes !== 1) return { ok: false, reason: 'used' };
    return { ok: true, draft: JSON.parse(verdict.row.draft) as unknown };
  }

  /** The refusal `consume` gives for `input` as the token stands now, or its row. */
  private verdict(input: TokenHolder): { ok: true; row: Row } | Extract<ConsumeResult, { ok: false }> {
    const row = this.db
      .prepare('SELECT * FROM confirmations WHERE token_hash = ?')
      .get(hashToken(input.token)) as Row | undefined;
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.user_id !== input.userId) return { ok: false, reason: 'wrong_user' };
    if (row.skill !== input.skill) return { ok: false, reason: 'wrong_skill' };
    if (row.consumed_at !== null) return { ok: false, reason: row.cancelled ? 'cancelled' : 'used' };
    if (row.expires_at < this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, row };
  }

  async revoke(input: TokenHolder): Promise<boolean> {
    const revoked = this.db
      .prepare(
        'UPDATE confirmations SET consumed_at = ?, cancelled = 1 WHERE token_hash = ? AND user_id = ? AND skill = ? AND consumed_at IS NULL',
      )
      .run(this.now(), hashToken(input.token), input.userId, input.skill);
    return revoked.changes === 1;
  }
}
