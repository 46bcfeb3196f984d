import { odata, type TableClient } from '@azure/data-tables';
import { fromJsonProperties } from '../storage/jsonProperties';
import { storageStatus } from '../storage/storageStatus';
import type { AuditVerification } from './AuditVerification';
import type { AuditCheckpoint } from './auditCheckpoint';
import { ChainVerifier, readAnchored } from './ChainVerifier';
import { GENESIS_HASH } from './hashRecord';
import type { HeadAnchor } from './HeadAnchor';
import type { SignedHead } from './signedHead';
import { AUDIT_PARTITION, CHECKPOINT_ROW, HEAD_ROW, recordRow } from './TableAuditLog';

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
  const read = options.anchor ? readAnchored(options.anchor) : { anchored: undefined };
  if ('problem' in read) return ChainVerifier.failure(0, null, read.problem);
  const anchored = read.anchored;
  // After a retention purge the chain starts at the signed checkpoint; rows it covers (a purge cut short) are skipped.
  const checkpoint = await readCheckpoint(table);
  const chain = new ChainVerifier(options.headKey, checkpoint);
  const forged = chain.checkpointFailure();
  if (forged) return forged;
  /** The stored hash of the anchored record, kept while the chain is read. */
  let anchoredHash = anchored?.seq === 0 ? GENESIS_HASH : undefined;
  let beyondHead: number | undefined;
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
    const failed = chain.add(seq, () => fromJsonProperties('record', row));
    if (failed) return failed;
    if (seq === anchored?.seq) anchoredHash = chain.newest?.hash;
  }
  const headFailed = chain.headFailure(head);
  if (headFailed) return headFailed;
  if (beyondHead !== undefined && (await readHead(table))?.seq === head?.seq) {
    return chain.fail(
      beyondHead,
      `record ${beyondHead} is not covered by the signed head (added outside the app)`,
    );
  }
  if (options.anchor) {
    const at = anchored?.seq;
    const anchorFailed = chain.anchorFailure(anchored, options.anchor.location, (seq) =>
      seq === at ? anchoredHash : undefined,
    );
    if (anchorFailed) return anchorFailed;
  }
  return chain.passed();
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
