import type Database from 'better-sqlite3';
import { readCheckpoint } from './auditCheckpoint';
import { GENESIS_HASH } from './hashRecord';

/**
 * The stored hash of record `seq` (GENESIS for 0; the checkpoint's hash for the newest purged record), or
 * undefined when there is no such record.
 */
export function hashAt(db: Database.Database, seq: number): string | undefined {
  if (seq === 0) return GENESIS_HASH;
  const checkpoint = readCheckpoint(db);
  if (checkpoint && seq === checkpoint.seq) return checkpoint.hash;
  const row = db.prepare('SELECT record FROM audit WHERE seq = ?').get(seq) as { record: string } | undefined;
  return row ? storedHash(row.record) : undefined;
}

export function storedHash(record: string): string {
  try {
    const hash = (JSON.parse(record) as { hash?: unknown }).hash;
    return typeof hash === 'string' ? hash : '';
  } catch {
    return '';
  }
}
