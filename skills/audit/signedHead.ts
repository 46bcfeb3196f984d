import type Database from 'better-sqlite3';
import { auditMac, auditMacVerifies } from './auditMac';
import { readSingletonRow } from './readSingletonRow';

/** The newest record's position and hash, signed with HMAC-SHA256 so truncating the log shows. */
export interface SignedHead {
  readonly seq: number;
  readonly hash: string;
  /** HMAC-SHA256 (hex) over the canonical JSON of `{ seq, hash }`. */
  readonly mac: string;
}

/** What a head check found wrong; `firstBadSeq` is null when no record can be named. */
export interface HeadProblem {
  readonly firstBadSeq: number | null;
  readonly problem: string;
}

export const HEAD_TABLE_SQL = `CREATE TABLE IF NOT EXISTS audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL,
  mac TEXT NOT NULL
)`;

export function signHead(key: string, head: { seq: number; hash: string }): string {
  return auditMac(key, { seq: head.seq, hash: head.hash });
}

/** True when `head.mac` is the HMAC of its seq and hash under `key` (compared in constant time). */
export function headSigned(head: SignedHead, key: string): boolean {
  return auditMacVerifies(key, { seq: head.seq, hash: head.hash }, head.mac);
}

/** The stored head, or undefined when there is none (or no head table). */
export function readHead(db: Database.Database): SignedHead | undefined {
  const row = readSingletonRow(db, 'audit_head', ['seq', 'hash', 'mac']);
  if (!row) return undefined;
  return { seq: Number(row.seq), hash: String(row.hash), mac: String(row.mac) };
}

/**
 * Compares the signed head with the newest record actually stored (`last`, undefined for an empty log).
 * Returns undefined when they agree. Every log has a head from its creation (seq 0 = genesis), so a missing
 * head is a problem.
 */
export function checkHead(
  last: { seq: number; hash: string } | undefined,
  head: SignedHead | undefined,
  key: string,
): HeadProblem | undefined {
  if (!head) return { firstBadSeq: null, problem: 'the signed head is missing' };
  if (!headSigned(head, key)) {
    return {
      firstBadSeq: null,
      problem: 'the signed head does not verify (forged, or signed with another key)',
    };
  }
  const lastSeq = last?.seq ?? 0;
  if (head.seq > lastSeq) {
    return {
      firstBadSeq: lastSeq + 1,
      problem: `${range(lastSeq + 1, head.seq)} missing (log truncated; the signed head is at ${head.seq})`,
    };
  }
  if (head.seq < lastSeq) {
    return {
      firstBadSeq: head.seq + 1,
      problem: `${range(head.seq + 1, lastSeq)} not covered by the signed head (added outside the app)`,
    };
  }
  if (last && last.hash !== head.hash) {
    return { firstBadSeq: lastSeq, problem: `record ${lastSeq} does not match the signed head (replaced)` };
  }
  return undefined;
}

function range(from: number, to: number): string {
  return from === to ? `record ${from} is` : `records ${from}..${to} are`;
}
