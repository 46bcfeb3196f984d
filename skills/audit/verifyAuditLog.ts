import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { AuditVerification } from './AuditVerification';
import { readCheckpoint } from './auditCheckpoint';
import { ChainVerifier, readAnchored } from './ChainVerifier';
import { hashAt } from './hashAt';
import { headKeyFile, readHeadKey } from './headKey';
import type { HeadAnchor } from './HeadAnchor';
import { readHead } from './signedHead';

export type { AuditVerification, CheckpointSummary } from './AuditVerification';
export { recordProblem } from './recordProblem';

/**
 * Checks the audit log in SQLite file `file` from the raw rows (opened read-only; triggers play no part):
 * every stored text must parse, be canonical JSON, sit under its own `seq` (1, 2, 3, ... without gaps),
 * hash to its `hash`, and carry the previous record's hash as `prevHash`; then the newest record must match
 * the head signed with `options.headKey` (default: the key in `<file>.key`).
 *
 * Returns `ok: false` naming the first bad record (`firstBadSeq`; a missing record is named by its own seq,
 * a record replaced with a validly re-hashed one by the record after it, or by itself when it is the newest)
 * and the problem; `firstBadSeq` is null when no record can be named (forged or missing head, no key,
 * unreadable file). `records` counts the stored rows; `headHash` is `GENESIS_HASH` for an empty log.
 * With `anchor`, the log must also reach and agree with the externally anchored head (`checkAnchor`), so a
 * rolled-back or restored log fails too. After a retention purge the chain starts at the signed checkpoint
 * (`AuditCheckpoint`: its MAC must verify under the same key) instead of at record 1, and the result names it.
 * A pseudonymised record must be named, with its pseudonym, by a later erasure record (`PseudonymLedger`). Reads one consistent snapshot, so it can run while the app appends. Throws only when `file` does not exist.
 */
export function verifyAuditLog(
  file: string,
  options: { headKey?: string; anchor?: HeadAnchor } = {},
): AuditVerification {
  if (!fs.existsSync(file)) throw new Error(`no audit log at ${file}`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // One read transaction: rows and head come from the same snapshot while the app keeps appending.
    db.exec('BEGIN');
    let records: number;
    try {
      records = (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
    } catch (error) {
      return ChainVerifier.failure(0, null, `the audit table cannot be read: ${(error as Error).message}`);
    }
    const key = options.headKey ?? readHeadKey(file);
    if (key === undefined) {
      const problem = `no key to check the signed head: pass headKey or restore ${headKeyFile(file)}`;
      return ChainVerifier.failure(records, null, problem);
    }
    // After a retention purge the chain starts at a checkpoint signed with the same key.
    const chain = new ChainVerifier(key, readCheckpoint(db), records);
    const forged = chain.checkpointFailure();
    if (forged) return forged;
    const rows = db.prepare('SELECT seq, record FROM audit ORDER BY seq').iterate() as Iterable<{
      seq: number;
      record: unknown;
    }>;
    for (const row of rows) {
      const failed = chain.add(row.seq, () => row.record);
      if (failed) return failed;
    }
    const headFailed = chain.headFailure(readHead(db));
    if (headFailed) return headFailed;
    if (options.anchor) {
      const read = readAnchored(options.anchor);
      if ('problem' in read) return chain.fail(null, read.problem);
      const anchorFailed = chain.anchorFailure(read.anchored, options.anchor.location, (seq) =>
        hashAt(db, seq),
      );
      if (anchorFailed) return anchorFailed;
    }
    return chain.passed();
  } finally {
    db.close();
  }
}
