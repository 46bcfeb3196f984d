import type Database from 'better-sqlite3';

/**
 * A store whose data lives in tables of an open SQLite database (the app's `state.sqlite`, shared with other
 * stores): `schema`, idempotent DDL (`CREATE TABLE IF NOT EXISTS ...`), runs once on construction.
 */
export abstract class SqliteStore {
  protected constructor(
    protected readonly db: Database.Database,
    schema: string,
  ) {
    db.exec(schema);
  }
}
