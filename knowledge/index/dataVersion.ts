import type Database from 'better-sqlite3';

/** One prepared `PRAGMA data_version` per open database (read on every search). */
const statements = new WeakMap<Database.Database, Database.Statement>();

/**
 * SQLite's `PRAGMA data_version` of `db`: changes when another connection committed to the file since this
 * connection last read it (this connection's own writes don't change it). Prepared once per database.
 */
export function dataVersion(db: Database.Database): number {
  let statement = statements.get(db);
  if (!statement) {
    statement = db.prepare('PRAGMA data_version').pluck();
    statements.set(db, statement);
  }
  return statement.get() as number;
}
