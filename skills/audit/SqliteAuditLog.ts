import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry, AuditLog, AuditRecord } from './AuditLog';
import { canonicalJson } from './canonicalJson';
import { GENESIS_HASH, hashRecord } from './hashRecord';
import { headKeyFile, loadOrCreateHeadKey, readHeadKey } from './headKey';
import { checkAnchor, type HeadAnchor } from './HeadAnchor';
import { checkHead, HEAD_TABLE_SQL, readHead, signHead } from './signedHead';

export interface SqliteAuditLogOptions {
  /** Path of the SQLite file (e.g. `DATA_DIR/audit.sqlite`); its folder is created when missing. */
  readonly file: string;
  /** Clock for `time`. Default: the system clock. */
  readonly now?: () => Date;
  /**
   * Key that signs the head. Default: a random key generated once into `<file>.key` (mode 0600). A key held
   * outside the data folder (a secret store) also protects against an attacker who can read that folder.
   */
  readonly headKey?: string;
  /**
   * Where the signed head is also kept, outside the log's folder (`HeadAnchor`): opening and every append
   * fail when the log is behind it or disagrees with it (rolled back, restored from an older copy), and each
   * append moves it forward. Absent: only the head inside the file, which a rollback of the whole file hides.
   */
  readonly anchor?: HeadAnchor;
}

/** The audit table plus triggers that make the application's connection unable to change history. */
const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit records are append-only: UPDATE is not allowed'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit records are append-only: DELETE is not allowed'); END;
CREATE TRIGGER IF NOT EXISTS audit_next_seq BEFORE INSERT ON audit
  WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit)
  BEGIN SELECT RAISE(ABORT, 'audit records are append-only: seq must be the next number'); END;
${HEAD_TABLE_SQL};
`;

/**
 * The audit trail in one SQLite file: table `audit(seq, record)` holds each record's canonical JSON, hash-chained
 * to its predecessor, plus a signed head (`audit_head`) updated in the same transaction.
 *
 * - `append` resolves only after the transaction is committed with `synchronous = FULL` (durable). It takes the
 *   write lock first (BEGIN IMMEDIATE), so concurrent appends, from this or other connections, get distinct
 *   consecutive seqs.
 * - Fail-closed: the constructor and every `append` check that the newest record matches the signed head and
 *   throw an Error (nothing appended) when it does not, or when an existing log's key is missing. Re-signing
 *   a truncated log would otherwise hide the truncation. Opening re-creates triggers someone dropped.
 */
export class SqliteAuditLog implements AuditLog {
  private readonly db: Database.Database;
  private readonly now: () => Date;
  private readonly key: string;
  private readonly anchor: HeadAnchor | undefined;
  private readonly appendTransaction: Database.Transaction<(entry: AuditEntry) => AuditRecord>;

  constructor(options: SqliteAuditLogOptions) {
    const memory = options.file === ':memory:';
    if (!memory) fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    this.now = options.now ?? (() => new Date());
    this.anchor = options.anchor;
    this.db = new Database(options.file);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.key = options.headKey ?? generatedKey(options.file, !hasAuditTable(this.db));
      this.db.transaction(() => this.install()).immediate();
      this.assertHead();
      this.anchorHead();
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.appendTransaction = this.db.transaction((entry: AuditEntry) => this.appendNow(entry));
  }

  async append(entry: AuditEntry): Promise<AuditRecord> {
    if (!this.db.open) throw new Error('SqliteAuditLog: the log is closed');
    const record = this.appendTransaction.immediate(entry);
    // After the commit: a crash in between leaves the anchor one record behind, which opening accepts.
    this.anchorHead();
    return record;
  }

  async ping(): Promise<void> {
    if (!this.db.open) throw new Error('SqliteAuditLog: the log is closed');
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /**
   * Creates the tables and (re)creates missing triggers. A new log gets a signed genesis head (seq 0), so a
   * log whose records and head were both deleted later fails the head check instead of looking new.
   */
  private install(): void {
    const fresh = !hasAuditTable(this.db);
    this.db.exec(SCHEMA_SQL);
    if (fresh) this.writeHead(0, GENESIS_HASH);
  }

  private writeHead(seq: number, hash: string): void {
    this.db
      .prepare('INSERT OR REPLACE INTO audit_head(id, seq, hash, mac) VALUES (1, ?, ?, ?)')
      .run(seq, hash, signHead(this.key, { seq, hash }));
  }

  private appendNow(entry: AuditEntry): AuditRecord {
    const last = this.assertHead();
    const unsealed = {
      ...entry,
      seq: (last?.seq ?? 0) + 1,
      time: this.now().toISOString(),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const hash = hashRecord(unsealed);
    const text = canonicalJson({ ...unsealed, hash });
    this.db.prepare('INSERT INTO audit(seq, record) VALUES (?, ?)').run(unsealed.seq, text);
    this.writeHead(unsealed.seq, hash);
    return JSON.parse(text) as AuditRecord;
  }

  /** Moves the external anchor to the current signed head (no-op without an anchor). */
  private anchorHead(): void {
    const head = readHead(this.db);
    if (this.anchor && head) this.anchor.write(head);
  }

  /**
   * The newest stored record's seq and hash; throws when they disagree with the signed head, or when the log
   * is behind or disagrees with its external anchor.
   */
  private assertHead(): { seq: number; hash: string } | undefined {
    const row = this.db.prepare('SELECT seq, record FROM audit ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; record: string } | undefined;
    const last = row ? { seq: row.seq, hash: storedHash(row.record) } : undefined;
    const anchorProblem = this.anchor
      ? checkAnchor(this.anchor.read(), last?.seq ?? 0, (seq) => hashAt(this.db, seq), this.anchor.location)
      : undefined;
    if (anchorProblem) {
      throw new Error(
        `audit log integrity check failed, nothing appended: ${anchorProblem} (run audit:verify)`,
      );
    }
    const problem = checkHead(last, readHead(this.db), this.key);
    if (problem) {
      throw new Error(
        `audit log integrity check failed, nothing appended: ${problem.problem} (run audit:verify)`,
      );
    }
    return last;
  }
}

function hasAuditTable(db: Database.Database): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'").get() !== undefined
  );
}

/** The sidecar key: created for a new log, required for an existing one; in memory for `:memory:`. */
function generatedKey(file: string, fresh: boolean): string {
  if (file === ':memory:') return crypto.randomBytes(32).toString('hex');
  if (fresh) return loadOrCreateHeadKey(file);
  const key = readHeadKey(file);
  if (!key) throw new Error(`audit log ${file} exists but its head key ${headKeyFile(file)} is missing`);
  return key;
}

/** The stored hash of record `seq` (GENESIS for 0), or undefined when there is no such record. */
export function hashAt(db: Database.Database, seq: number): string | undefined {
  if (seq === 0) return GENESIS_HASH;
  const row = db.prepare('SELECT record FROM audit WHERE seq = ?').get(seq) as { record: string } | undefined;
  return row ? storedHash(row.record) : undefined;
}

function storedHash(record: string): string {
  try {
    const hash = (JSON.parse(record) as { hash?: unknown }).hash;
    return typeof hash === 'string' ? hash : '';
  } catch {
    return '';
  }
}
