import fs from 'node:fs';
import Database from 'better-sqlite3';
import { canonicalJson } from './canonicalJson';
import { GENESIS_HASH, hashRecord } from './hashRecord';
import { headKeyFile, readHeadKey } from './headKey';
import { checkAnchor, type HeadAnchor } from './HeadAnchor';
import { hashAt } from './hashAt';
import { checkHead, headSigned, readHead, type SignedHead } from './signedHead';
import { checkpointSigned, readCheckpoint } from './auditCheckpoint';
import { PseudonymLedger } from './personalFields';

/** Where a retention purge cut the chain (the signed checkpoint, its MAC verified). */
export interface CheckpointSummary {
  /** The newest purged record: the stored chain starts at `seq + 1`. */
  readonly seq: number;
  /** That record's time: records up to it were purged. */
  readonly time: string;
  readonly purgedAt: string;
}

export type AuditVerification =
  | {
      readonly ok: true;
      readonly records: number;
      readonly headHash: string;
      /** Present when records were purged (retention): the chain verified from this checkpoint on. */
      readonly checkpoint?: CheckpointSummary;
    }
  | {
      readonly ok: false;
      readonly records: number;
      readonly firstBadSeq: number | null;
      readonly problem: string;
    };

const HASH_PATTERN = /^[0-9a-f]{64}$/;

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
  let records = 0;
  const fail = (firstBadSeq: number | null, problem: string): AuditVerification => ({
    ok: false,
    records,
    firstBadSeq,
    problem,
  });
  try {
    // One read transaction: rows and head come from the same snapshot while the app keeps appending.
    db.exec('BEGIN');
    try {
      records = (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
    } catch (error) {
      return fail(null, `the audit table cannot be read: ${(error as Error).message}`);
    }
    const key = options.headKey ?? readHeadKey(file);
    if (key === undefined) {
      return fail(null, `no key to check the signed head: pass headKey or restore ${headKeyFile(file)}`);
    }
    // After a retention purge the chain starts at a checkpoint signed with the same key.
    const checkpoint = readCheckpoint(db);
    if (checkpoint && !checkpointSigned(checkpoint, key)) {
      return fail(
        null,
        'the retention checkpoint does not verify (forged, moved, or signed with another key)',
      );
    }
    let last: { seq: number; hash: string } | undefined = checkpoint
      ? { seq: checkpoint.seq, hash: checkpoint.hash }
      : undefined;
    const ledger = new PseudonymLedger();
    const rows = db.prepare('SELECT seq, record FROM audit ORDER BY seq').iterate() as Iterable<{
      seq: number;
      record: unknown;
    }>;
    for (const row of rows) {
      const expectedSeq = (last?.seq ?? 0) + 1;
      if (row.seq !== expectedSeq) {
        return row.seq > expectedSeq
          ? fail(expectedSeq, `record ${expectedSeq} is missing (the next stored record is ${row.seq})`)
          : fail(row.seq, `seq ${row.seq} is not a valid position`);
      }
      const problem = recordProblem(row.seq, row.record, last?.hash ?? GENESIS_HASH);
      if (typeof problem === 'string') return fail(row.seq, problem);
      last = { seq: row.seq, hash: problem.hash };
      ledger.note(row.seq, JSON.parse(row.record as string) as Record<string, unknown>);
    }
    const unaccounted = ledger.problem();
    if (unaccounted) return fail(unaccounted.seq, unaccounted.problem);
    const headProblem = checkHead(last, readHead(db), key);
    if (headProblem) return fail(headProblem.firstBadSeq, headProblem.problem);
    if (options.anchor) {
      let anchored: SignedHead | undefined;
      try {
        anchored = options.anchor.read();
      } catch (error) {
        return fail(null, `the head anchor cannot be read: ${(error as Error).message}`);
      }
      if (anchored && !headSigned(anchored, key)) {
        return fail(null, `the head anchor (${options.anchor.location}) is not signed with the log's key`);
      }
      const lastSeq = last?.seq ?? 0;
      const anchorProblem = checkAnchor(anchored, lastSeq, (seq) => hashAt(db, seq), options.anchor.location);
      if (anchorProblem) return fail(Math.min(lastSeq + 1, anchored?.seq ?? lastSeq + 1), anchorProblem);
    }
    return {
      ok: true,
      records,
      headHash: last?.hash ?? GENESIS_HASH,
      ...(checkpoint
        ? { checkpoint: { seq: checkpoint.seq, time: checkpoint.time, purgedAt: checkpoint.purgedAt } }
        : {}),
    };
  } finally {
    db.close();
  }
}

/** The problem with one stored record, or its hash when it is sound and chained to `prevHash` (every backend's verifier). */
export function recordProblem(seq: number, stored: unknown, prevHash: string): string | { hash: string } {
  if (typeof stored !== 'string') return 'the stored record is not text (edited)';
  let record: unknown;
  try {
    record = JSON.parse(stored);
  } catch {
    return 'the stored JSON does not parse (edited)';
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return 'the stored JSON is not a record (edited)';
  }
  const fields = record as { seq?: unknown; prevHash?: unknown; hash?: unknown };
  if (fields.seq !== seq) {
    return `the record stored at seq ${seq} says seq ${String(fields.seq)} (reordered or renumbered)`;
  }
  if (
    typeof fields.prevHash !== 'string' ||
    typeof fields.hash !== 'string' ||
    !HASH_PATTERN.test(fields.hash)
  ) {
    return 'the record has no valid prevHash/hash (edited)';
  }
  if (canonicalJson(record) !== stored) return 'the stored JSON is not canonical (edited)';
  if (hashRecord(record as { prevHash: string }) !== fields.hash) {
    return 'the record does not match its hash (edited)';
  }
  if (fields.prevHash !== prevHash) {
    return seq === 1
      ? 'the first record does not start the chain (prevHash is not zeros)'
      : `prevHash does not match the hash of record ${seq - 1} (a record was replaced, removed or reordered)`;
  }
  return { hash: fields.hash };
}
