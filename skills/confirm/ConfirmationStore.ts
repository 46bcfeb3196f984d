import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/** Default lifetime of a confirmation token: 24 hours. */
export const DEFAULT_CONFIRMATION_TTL_SECONDS = 24 * 3600;

export type ConsumeResult =
  | { readonly ok: true; readonly draft: unknown }
  | {
      readonly ok: false;
      readonly reason: 'unknown' | 'expired' | 'used' | 'cancelled' | 'wrong_user' | 'wrong_skill';
    };

/**
 * Single-use confirmation tokens for consequential actions. The server issues a token for one user, one
 * skill and one stored draft; only a confirmation carrying that token, from that user, before expiry, and
 * for the first time, returns the draft. Tokens are stored only as SHA-256 hashes.
 */
export class ConfirmationStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number = Date.now,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS confirmations (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      skill TEXT NOT NULL,
      draft TEXT NOT NULL,
      expires_at INTEGER NOT NULL,
      consumed_at INTEGER
    )`);
    // Stores made before cancellations were told apart get the column (a discarded token is `cancelled`).
    const columns = db.prepare('PRAGMA table_info(confirmations)').all() as { name: string }[];
    if (!columns.some((column) => column.name === 'cancelled'))
      db.exec('ALTER TABLE confirmations ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0');
  }

  /** Stores `draft` (JSON-serialisable) and returns the token to embed in the confirmation card. */
  issue(input: { userId: string; skill: string; draft: unknown; ttlSeconds?: number }): {
    token: string;
    expiresAt: string;
  } {
    const token = crypto.randomBytes(32).toString('base64url');
    const expires = this.now() + (input.ttlSeconds ?? DEFAULT_CONFIRMATION_TTL_SECONDS) * 1000;
    this.db
      .prepare(
        'INSERT INTO confirmations(token_hash, user_id, skill, draft, expires_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(hashToken(token), input.userId, input.skill, JSON.stringify(input.draft), expires);
    return { token, expiresAt: new Date(expires).toISOString() };
  }

  /** Consumes a token atomically: at most one caller ever gets `ok: true` for a token. */
  consume(input: { token: string; userId: string; skill: string }): ConsumeResult {
    const tokenHash = hashToken(input.token);
    const row = this.db.prepare('SELECT * FROM confirmations WHERE token_hash = ?').get(tokenHash) as
      | {
          user_id: string;
          skill: string;
          draft: string;
          expires_at: number;
          consumed_at: number | null;
          cancelled: number;
        }
      | undefined;
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.user_id !== input.userId) return { ok: false, reason: 'wrong_user' };
    if (row.skill !== input.skill) return { ok: false, reason: 'wrong_skill' };
    if (row.consumed_at !== null) return { ok: false, reason: row.cancelled ? 'cancelled' : 'used' };
    if (row.expires_at < this.now()) return { ok: false, reason: 'expired' };
    const claimed = this.db
      .prepare('UPDATE confirmations SET consumed_at = ? WHERE token_hash = ? AND consumed_at IS NULL')
      .run(this.now(), tokenHash);
    if (claimed.changes !== 1) return { ok: false, reason: 'used' };
    return { ok: true, draft: JSON.parse(row.draft) as unknown };
  }

  /** Withdraws a pending token (the user discarded the card); true when this user's unused token was revoked. */
  revoke(input: { token: string; userId: string; skill: string }): boolean {
    const revoked = this.db
      .prepare(
        'UPDATE confirmations SET consumed_at = ?, cancelled = 1 WHERE token_hash = ? AND user_id = ? AND skill = ? AND consumed_at IS NULL',
      )
      .run(this.now(), hashToken(input.token), input.userId, input.skill);
    return revoked.changes === 1;
  }
}

/** SHA-256 of a token, hex; also used to key idempotent confirmations. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
