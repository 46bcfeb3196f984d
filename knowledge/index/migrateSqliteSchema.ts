import type Database from 'better-sqlite3';
import { SCHEMA_SQL, SCHEMA_VERSION } from './sqliteSchema';

/**
 * Brings an index file to `SCHEMA_VERSION`: a file written with another schema version has every index table
 * dropped (the next ingest re-fills it); then the schema is created where missing and the version recorded.
 */
export function migrateSqliteSchema(db: Database.Database): void {
  const hasMeta = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'index_meta'")
    .get();
  const version = hasMeta
    ? (db.prepare("SELECT value FROM index_meta WHERE key = 'schema'").get() as { value: string } | undefined)
    : undefined;
  if (hasMeta && version?.value !== SCHEMA_VERSION) {
    db.exec(
      'DROP TABLE IF EXISTS chunks_vocab; DROP TABLE IF EXISTS chunks_fts; DROP TABLE IF EXISTS chunks; DROP TABLE IF EXISTS doc_access; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS index_meta;',
    );
  }
  db.exec(SCHEMA_SQL);
  db.prepare("INSERT OR REPLACE INTO index_meta(key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION);
}
