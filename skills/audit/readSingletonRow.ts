import type Database from 'better-sqlite3';

/**
 * The one row (`id = 1`) of a singleton table (the audit head, the purge checkpoint), its `columns` as stored,
 * or undefined when the table does not exist (a database made before it) or holds no row.
 */
export function readSingletonRow<Column extends string>(
  db: Database.Database,
  table: string,
  columns: readonly Column[],
): Record<Column, unknown> | undefined {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  if (!exists) return undefined;
  return db.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE id = 1`).get() as
    Record<Column, unknown> | undefined;
}
