import type Database from 'better-sqlite3';

/**
 * Statements of one SQLite connection, each prepared on first use (the tables it reads may not exist before)
 * and reused after. Subclasses name their statements as getters over `statement(sql)`.
 */
export class PreparedStatements {
  private readonly prepared = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** The statement for `sql`, prepared once per connection. */
  protected statement(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }
}
