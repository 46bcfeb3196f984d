import { odata, type TableClient } from '@azure/data-tables';
import { fromJsonProperties } from '../storage/jsonProperties';
import { storageStatus } from '../storage/storageStatus';
import { GENESIS_HASH } from './hashRecord';
import { checkAnchor, type HeadAnchor } from './HeadAnchor';
import { AUDIT_PARTITION, CHECKPOINT_ROW, HEAD_ROW, recordRow } from './TableAuditLog';
import { checkpointSigned, type AuditCheckpoint } from './auditCheckpoint';
import { PseudonymLedger } from './personalFields';
import { checkHead, headSigned, type SignedHead } from './signedHead';
import { recordProblem, type AuditVerification } from './verifyAuditLog';

/**
 * `verifyAuditLog` for the audit chain in Table Storage (`TableAuditLog`): the same checks, record by record in
 * chain order (each parses, is canonical, sits under its own seq without gaps, hashes to its `hash`, carries
 * the previous hash), then the newest record against the head signed with `headKey`, then the anchor. The head
 * is read first and only records up to it are checked (an instance may append meanwhile: a record and its
 * head move commit together); a record beyond the head that a second read of the head still does not cover
 * was added outside the app. Resolves with the verdict; rejects only when the table cannot be read.
 */
export async function verifyTableAuditLog(
  table: TableClient,
  options: { headKey: string; anchor?: HeadAnchor },
): Promise<AuditVerification> {
  const head = await readHead(table);
  let records = 0;
  const fail = (firstBadSeq: number | null, problem: string): AuditVerification => ({
    ok: false,
    records,
    firstBadSeq,
    problem,
  });
  let anchored: SignedHead | undefined;
  try {
    anchored = options.anchor?.read();
  } catch (error) {
    return fail(null, `the head anchor cannot be read: ${(error as Error).message}`);
  }
  // After a retention purge the chain starts at the signed checkpoint; rows it covers (a purge cut short) are skipped.
  const checkpoint = await readCheckpoint(table);
  if (checkpoint && !checkpointSigned(checkpoint, options.headKey)) {
    return fail(null, 'the retention checkpoint does not verify (forged, moved, or signed with another key)');
  }
  let last: { seq: number; hash: string } | undefined = checkpoint
    ? { seq: checkpoint.seq, hash: checkpoint.hash }
    : undefined;
  /** The stored hash of the anchored record, kept while the chain is read. */
  let anchoredHash = anchored?.seq === 0 ? GENESIS_HASH : undefined;
  let beyondHead: number | undefined;
  const ledger = new PseudonymLedger();
  const rows = table.listEntities({
    queryOptions: {
      filter: odata`PartitionKey eq ${AUDIT_PARTITION} and RowKey ge ${recordRow(0)} and RowKey lt ${'r.'}`,
    },
  });
  for await (const row of rows) {
    const seq = Number(String(row.rowKey).slice(2));
    if (checkpoint && seq <= checkpoint.seq) continue;
    if (head && seq > head.seq) {
      beyondHead ??= seq;
      continue;
    }
    records += 1;
    const expectedSeq = (last?.seq ?? 0) + 1;
    if (seq !== expectedSeq) {
      return seq > expectedSeq
        ? fail(expectedSeq, `record ${expectedSeq} is missing (the next stored record is ${seq})`)
        : fail(seq, `seq ${seq} is not a valid position`);
    }
    let stored: unknown;
    try {
      stored = fromJsonProperties('record', row);
    } catch {
      return fail(seq, 'the stored JSON does not parse (edited)');
    }
    const problem = recordProblem(seq, stored, last?.hash ?? GENESIS_HASH);
    if (typeof problem === 'string') return fail(seq, problem);
    last = { seq, hash: problem.hash };
    ledger.note(seq, JSON.parse(stored as string) as Record<string, unknown>);
    if (seq === anchored?.seq) anchoredHash = problem.hash;
  }
  const unaccounted = ledger.problem();
  if (unaccounted) return fail(unaccounted.seq, unaccounted.problem);
  const headProblem = checkHead(last, head, options.headKey);
  if (headProblem) return fail(headProblem.firstBadSeq, headProblem.problem);
  if (beyondHead !== undefined && (await readHead(table))?.seq === head?.seq) {
    return fail(beyondHead, `record ${beyondHead} is not covered by the signed head (added outside the app)`);
  }
  if (options.anchor) {
    if (anchored && !headSigned(anchored, options.headKey)) {
      return fail(null, `the head anchor (${options.anchor.location}) is not signed with the log's key`);
    }
    const lastSeq = last?.seq ?? 0;
    const anchorProblem = checkAnchor(
      anchored,
      lastSeq,
      (seq) => (seq === anchored?.seq ? anchoredHash : undefined),
      options.anchor.location,
    );
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
}

async function readCheckpoint(table: TableClient): Promise<AuditCheckpoint | undefined> {
  try {
    const row = await table.getEntity<Record<string, unknown>>(AUDIT_PARTITION, CHECKPOINT_ROW);
    return {
      seq: Number(row.seq),
      hash: String(row.hash),
      time: String(row.time),
      purgedAt: String(row.purgedAt),
      mac: String(row.mac),
    };
  } catch (error) {
    if (storageStatus(error) === 404) return undefined;
    throw error;
  }
}

async function readHead(table: TableClient): Promise<SignedHead | undefined> {
  try {
    const row = await table.getEntity<{ seq: unknown; hash: unknown; mac: unknown }>(
      AUDIT_PARTITION,
      HEAD_ROW,
    );
    return { seq: Number(row.seq), hash: String(row.hash), mac: String(row.mac) };
  } catch (error) {
    if (storageStatus(error) === 404) return undefined;
    throw error;
  }
}
