import type Database from 'better-sqlite3';
import { PreparedStatements } from '../../knowledge/index/PreparedStatements';
import type { SignedHead } from './signedHead';

/**
 * The statements every audit append runs, prepared once per connection (on first use: the tables they read
 * exist only once the log is installed). Same SQL and results as the ad-hoc `prepare` calls they replace.
 */
export class AuditStatements extends PreparedStatements {
  /** The newest record's `seq` and `record`. */
  get last(): Database.Statement {
    return this.statement('SELECT seq, record FROM audit ORDER BY seq DESC LIMIT 1');
  }

  /** Inserts one record: `(seq, record)`. */
  get insert(): Database.Statement {
    return this.statement('INSERT INTO audit(seq, record) VALUES (?, ?)');
  }

  /** Replaces the signed head: `(seq, hash, mac)`. */
  get writeHead(): Database.Statement {
    return this.statement('INSERT OR REPLACE INTO audit_head(id, seq, hash, mac) VALUES (1, ?, ?, ?)');
  }

  /** As `signedHead.readHead`: the stored head, or undefined when there is none (or no head table). */
  readHead(): SignedHead | undefined {
    const table = this.statement(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'",
    ).get();
    if (!table) return undefined;
    const row = this.statement('SELECT seq, hash, mac FROM audit_head WHERE id = 1').get() as
      { seq: unknown; hash: unknown; mac: unknown } | undefined;
    if (!row) return undefined;
    return { seq: Number(row.seq), hash: String(row.hash), mac: String(row.mac) };
  }
}
