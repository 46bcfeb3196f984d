import type Database from 'better-sqlite3';
import type { AuditStatements } from './AuditStatements';
import { auditIntegrityError } from './auditIntegrityError';
import { hashAt, storedHash } from './hashAt';
import { checkAnchor, type HeadAnchor } from './HeadAnchor';
import { checkHead } from './signedHead';

/** The newest stored record's seq and hash. */
export interface StoredHead {
  readonly seq: number;
  readonly hash: string;
}

/** The newest record (undefined: none) as a connection knew it at `PRAGMA data_version` `version`. */
export interface CheckedHead {
  readonly version: number;
  readonly last: StoredHead | undefined;
}

/**
 * The newest stored record's seq and hash in the audit log `db` (undefined for an empty log); throws an
 * integrity error when they disagree with the head signed with `key`, or when the log is behind or disagrees
 * with its external `anchor`.
 */
export function assertAuditHead(
  db: Database.Database,
  statements: AuditStatements,
  key: string,
  anchor: HeadAnchor | undefined,
): StoredHead | undefined {
  const row = statements.last.get() as { seq: number; record: string } | undefined;
  const last = row ? { seq: row.seq, hash: storedHash(row.record) } : undefined;
  const anchorProblem = anchor
    ? checkAnchor(anchor.read(), last?.seq ?? 0, (seq) => hashAt(db, seq), anchor.location)
    : undefined;
  if (anchorProblem) throw auditIntegrityError(anchorProblem);
  const problem = checkHead(last, statements.readHead(), key);
  if (problem) throw auditIntegrityError(problem.problem);
  return last;
}
