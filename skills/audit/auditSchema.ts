import type Database from 'better-sqlite3';
import { CHECKPOINT_TABLE_SQL } from './auditCheckpoint';
import { HEAD_TABLE_SQL } from './signedHead';

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
${CHECKPOINT_TABLE_SQL};
`;

/** The triggers an operator action (purge, pseudonymisation) lifts inside its own transaction. */
const GUARD_TRIGGERS = ['audit_no_update', 'audit_no_delete'];

/** Creates the audit tables and (re)creates any missing trigger; changes nothing that exists. */
export function installAuditSchema(db: Database.Database): void {
  db.exec(SCHEMA_SQL);
}

/**
 * Runs `change` with the append-only triggers lifted (an operator action: purge, pseudonymisation), inside the
 * caller's transaction; they are back before it commits.
 */
export function withoutGuards<T>(db: Database.Database, change: () => T): T {
  for (const trigger of GUARD_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
  try {
    return change();
  } finally {
    installAuditSchema(db);
  }
}
