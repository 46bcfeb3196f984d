import type Database from 'better-sqlite3';
import { TokenConfirmationStore, type NewToken, type StoredToken } from './TokenConfirmationStore';

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

/** A row as the confirmation logic reads it, with its draft's JSON. */
interface HeldRow extends StoredToken {
  readonly draft: string;
}

/**
 * `ConfirmationStore` in one SQLite table. A claim is one conditional `UPDATE ... WHERE consumed_at IS NULL`,
 * so processes sharing the database file never both claim a token.
 */
export class SqliteConfirmationStore extends TokenConfirmationStore<HeldRow> {
  private readonly db: Database.Database;

  constructor(options: SqliteConfirmationStoreOptions) {
    super(options.now);
    this.db = options.db;
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

  protected async insert(tokenHash: string, token: NewToken): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO confirmations(token_hash, user_id, skill, draft, expires_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(tokenHash, token.userId, token.skill, JSON.stringify(token.draft), token.expiresAt);
  }

  protected async read(tokenHash: string): Promise<HeldRow | undefined> {
    const row = this.db.prepare('SELECT * FROM confirmations WHERE token_hash = ?').get(tokenHash) as
      Row | undefined;
    if (!row) return undefined;
    return {
      userId: row.user_id,
      skill: row.skill,
      expiresAt: row.expires_at,
      spent: row.consumed_at !== null,
      cancelled: Boolean(row.cancelled),
      draft: row.draft,
    };
  }

  protected async spend(tokenHash: string, _held: HeldRow, at: number, cancelled: boolean): Promise<boolean> {
    const spent = this.db
      .prepare(
        'UPDATE confirmations SET consumed_at = ?, cancelled = ? WHERE token_hash = ? AND consumed_at IS NULL',
      )
      .run(at, cancelled ? 1 : 0, tokenHash);
    return spent.changes === 1;
  }

  protected draftOf(held: HeldRow): unknown {
    return JSON.parse(held.draft) as unknown;
  }
}
