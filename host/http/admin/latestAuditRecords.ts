import Database from 'better-sqlite3';
import type { AuditRecord } from '../../../skills/audit/AuditLog';

/**
 * The newest `limit` records of the audit log in SQLite file `file`, newest first, read-only. Rows whose JSON
 * does not parse are skipped (verification reports them). Empty when the file or table is missing.
 */
export function latestAuditRecords(file: string, limit: number): AuditRecord[] {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return [];
  }
  try {
    const rows = db.prepare('SELECT record FROM audit ORDER BY seq DESC LIMIT ?').all(limit) as {
      record: unknown;
    }[];
    return rows.flatMap((row) => {
      try {
        return [JSON.parse(String(row.record)) as AuditRecord];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  } finally {
    db.close();
  }
}
