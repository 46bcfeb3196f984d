import type Database from 'better-sqlite3';

/** Whether the SQLite database `db` holds an audit log (its `audit` table). */
export function hasAuditTable(db: Database.Database): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'").get() !== undefined
  );
}
