import type Database from 'better-sqlite3';
import { auditMac, auditMacVerifies } from './auditMac';
import { readSingletonRow } from './readSingletonRow';

/**
 * What stands in for the audit records a retention purge removed: the last removed record's seq, hash and time,
 * when the purge ran, and an HMAC-SHA256 (the audit head key) over all of it. The chain then starts at
 * `seq + 1` with `prevHash === hash`, and a verifier that holds the key checks the checkpoint as it checks the
 * signed head: a forged or moved checkpoint fails, removing it makes the chain start at a missing record, and
 * every record after it still hashes into the chain as before.
 */
export interface AuditCheckpoint {
  /** The newest purged record: the chain continues at `seq + 1`. */
  readonly seq: number;
  /** That record's hash, the next record's `prevHash`. */
  readonly hash: string;
  /** That record's time (ISO 8601): everything up to it was purged. */
  readonly time: string;
  /** When the purge ran (ISO 8601). */
  readonly purgedAt: string;
  /** HMAC-SHA256 (hex) over the canonical JSON of the fields above and `kind: 'audit-checkpoint'`. */
  readonly mac: string;
}

export const CHECKPOINT_TABLE_SQL = `CREATE TABLE IF NOT EXISTS audit_checkpoint (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL,
  time TEXT NOT NULL,
  purged_at TEXT NOT NULL,
  mac TEXT NOT NULL
)`;

/**
 * The checkpoint's MAC. The signed text names its kind, so a head's MAC (over `{hash, seq}` alone) never
 * verifies as a checkpoint's, nor the other way round.
 */
export function signCheckpoint(key: string, checkpoint: Omit<AuditCheckpoint, 'mac'>): string {
  return auditMac(key, checkpointFields(checkpoint));
}

/** True when the checkpoint's MAC verifies under `key` (constant-time comparison). */
export function checkpointSigned(checkpoint: AuditCheckpoint, key: string): boolean {
  return auditMacVerifies(key, checkpointFields(checkpoint), checkpoint.mac);
}

/** What a checkpoint's MAC is over: its kind and its fields but the MAC. */
function checkpointFields(checkpoint: Omit<AuditCheckpoint, 'mac'>): object {
  return {
    kind: 'audit-checkpoint',
    seq: checkpoint.seq,
    hash: checkpoint.hash,
    time: checkpoint.time,
    purgedAt: checkpoint.purgedAt,
  };
}

/** The stored checkpoint of a SQLite audit log, or undefined when nothing was ever purged. */
export function readCheckpoint(db: Database.Database): AuditCheckpoint | undefined {
  const row = readSingletonRow(db, 'audit_checkpoint', ['seq', 'hash', 'time', 'purged_at', 'mac']);
  if (!row) return undefined;
  return {
    seq: Number(row.seq),
    hash: String(row.hash),
    time: String(row.time),
    purgedAt: String(row.purged_at),
    mac: String(row.mac),
  };
}
