import { odata, TableTransaction, type TableClient } from '@azure/data-tables';
import { tableReady } from '../storage/ensureTable';
import { fromJsonProperties, toJsonProperties } from '../storage/jsonProperties';
import { lostRace, storageStatus } from '../storage/storageStatus';
import type { AuditEntry, AuditLog, AuditRecord } from './AuditLog';
import type { AuditCheckpoint } from './auditCheckpoint';
import { auditIntegrityError } from './auditIntegrityError';
import { GENESIS_HASH } from './hashRecord';
import { auditPseudonym, recordIsAbout } from './personalFields';
import { pseudonymiseRecords } from './pseudonymiseRecords';
import { purgeCheckpoint } from './purgeCheckpoint';
import { sealRecord } from './sealRecord';
import { checkAnchor, type HeadAnchor } from './HeadAnchor';
import { checkHead, signHead, type SignedHead } from './signedHead';

export interface TableAuditLogOptions {
  /** The table (e.g. `audit`), created on first use; shared by every instance. */
  readonly table: TableClient;
  /** Key that signs the head: the same for every instance (AUDIT_HEAD_KEY or AUDIT_HEAD_KEY_FILE). */
  readonly headKey: string;
  /** Clock for `time`. Default: the system clock. */
  readonly now?: () => Date;
  /** Where the signed head is also kept (`HeadAnchor`): as for `SqliteAuditLog`. */
  readonly anchor?: HeadAnchor;
  /** How many times an append retries after another instance appended first; default 100. */
  readonly maxAttempts?: number;
}

/** Every row in one partition: a record and the head move in one atomic transaction. */
export const AUDIT_PARTITION = 'audit';
export const HEAD_ROW = 'head';
/** Row of the retention checkpoint (`AuditCheckpoint`), once records were purged. */
export const CHECKPOINT_ROW = 'checkpoint';
/** Row key of record `seq`: zero-padded, so rows list in chain order. */
export const recordRow = (seq: number) => `r-${String(seq).padStart(12, '0')}`;

/** A head row as stored, with the ETag the conditional head move needs. */
interface HeadRow extends SignedHead {
  readonly etag: string;
}

/**
 * The audit trail in Azure Table Storage, ONE hash chain for every instance: record `seq` is row
 * `r-<seq>` (its canonical JSON, as the SQLite log stores it) and row `head` holds the signed head. An append
 * reads the head, checks it (signed with the key, matching the newest record, not behind the anchor), and
 * submits one entity-group transaction: insert row `r-<seq+1>` and replace the head If-Match its ETag. Two
 * instances appending seq N at once: one transaction commits, the other fails (409 on the row or 412 on the
 * head) and retries on the new head, so the chain never forks and never has a gap. Appends of one log object
 * run one after another. Fail-closed as `SqliteAuditLog`: a head that does not verify, a record beyond the head
 * (written outside the app), or a log behind its anchor throws and appends nothing. `verifyTableAuditLog`
 * checks the whole chain.
 */
export class TableAuditLog implements AuditLog {
  private readonly table: TableClient;
  private readonly ready: () => Promise<void>;
  private readonly key: string;
  private readonly now: () => Date;
  private readonly anchor: HeadAnchor | undefined;
  private readonly maxAttempts: number;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: TableAuditLogOptions) {
    this.table = options.table;
    this.ready = tableReady(options.table);
    this.key = options.headKey;
    this.now = options.now ?? (() => new Date());
    this.anchor = options.anchor;
    this.maxAttempts = options.maxAttempts ?? 100;
  }

  append(entry: AuditEntry): Promise<AuditRecord> {
    const next = this.queue.then(() => this.appendNow(entry));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
  }

  /**
   * Retention, as `SqliteAuditLog.purgeBefore`: the records older than `cutoff` (never the newest) give way to a
   * signed checkpoint. The checkpoint row is written first, then the rows up to it are deleted (in batches); a
   * purge cut short leaves rows the checkpoint already covers, which the verifier skips and the next purge
   * deletes. Runs in this log object's append queue.
   */
  purgeBefore(cutoff: Date): Promise<{ purged: number; checkpoint?: AuditCheckpoint }> {
    const next = this.queue.then(() => this.purgeNow(cutoff));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Erasure, as `SqliteAuditLog.pseudonymise`: each record about `userId` is replaced by its pseudonymised
   * form (same hash) If-Match its ETag, then one `person_pseudonymised` record is appended.
   */
  async pseudonymise(userId: string): Promise<{ pseudonym: string; pseudonymised: number; legacy: number }> {
    await this.ready();
    await this.checkedHead();
    const pseudonym = auditPseudonym(this.key, userId);
    const plan = pseudonymiseRecords(await this.recordRows(), userId, pseudonym);
    for (const { row, text } of plan.changes) {
      await this.table.updateEntity(
        {
          partitionKey: AUDIT_PARTITION,
          rowKey: row.rowKey,
          ...toJsonProperties('record', text, `audit record ${row.seq}`),
        },
        'Replace',
        { etag: row.etag },
      );
    }
    if (plan.erasure) await this.append(plan.erasure);
    return plan.result;
  }

  /** Every stored record whose personal fields name `userId`, oldest first. */
  async recordsAbout(userId: string): Promise<AuditRecord[]> {
    await this.ready();
    return (await this.recordRows())
      .filter((row) => recordIsAbout(row.record, userId))
      .map((row) => row.record as unknown as AuditRecord);
  }

  private async purgeNow(cutoff: Date): Promise<{ purged: number; checkpoint?: AuditCheckpoint }> {
    await this.ready();
    const head = await this.checkedHead();
    const rows = await this.recordRows();
    const checkpoint = purgeCheckpoint(rows, head.seq, cutoff, this.key, this.now);
    if (!checkpoint) return { purged: 0 };
    await this.table.upsertEntity(
      { partitionKey: AUDIT_PARTITION, rowKey: CHECKPOINT_ROW, ...checkpoint },
      'Replace',
    );
    const doomed = rows.filter((row) => row.seq <= checkpoint.seq);
    for (let i = 0; i < doomed.length; i += 100) {
      const transaction = new TableTransaction();
      for (const row of doomed.slice(i, i + 100)) transaction.deleteEntity(AUDIT_PARTITION, row.rowKey);
      await this.table.submitTransaction(transaction.actions);
    }
    return { purged: doomed.length, checkpoint };
  }

  /** Every record row, in chain order, parsed (rows that do not parse are skipped: the verifier reports them). */
  private async recordRows(): Promise<
    { seq: number; rowKey: string; etag: string; record: Record<string, unknown> }[]
  > {
    const found: { seq: number; rowKey: string; etag: string; record: Record<string, unknown> }[] = [];
    const rows = this.table.listEntities({
      queryOptions: {
        filter: odata`PartitionKey eq ${AUDIT_PARTITION} and RowKey ge ${recordRow(0)} and RowKey lt ${'r.'}`,
      },
    });
    for await (const row of rows) {
      try {
        const text = fromJsonProperties('record', row);
        if (typeof text !== 'string') continue;
        found.push({
          seq: Number(String(row.rowKey).slice(2)),
          rowKey: String(row.rowKey),
          etag: String(row.etag),
          record: JSON.parse(text) as Record<string, unknown>,
        });
      } catch {
        continue;
      }
    }
    return found.sort((a, b) => a.seq - b.seq);
  }

  /**
   * Makes the table and, for a new log, its signed genesis head (seq 0), then checks the head as an append
   * would; rejects with the integrity problem. Run at start-up before `verifyTableAuditLog`.
   */
  async open(): Promise<void> {
    await this.ready();
    await this.checkedHead();
  }

  private async appendNow(entry: AuditEntry): Promise<AuditRecord> {
    await this.ready();
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      const head = await this.checkedHead();
      const sealed = sealRecord(entry, head, this.now());
      const transaction = new TableTransaction();
      transaction.createEntity({
        partitionKey: AUDIT_PARTITION,
        rowKey: recordRow(sealed.seq),
        ...toJsonProperties('record', sealed.text, `audit record ${sealed.seq}`),
      });
      const moved = { seq: sealed.seq, hash: sealed.hash, mac: signHead(this.key, sealed) };
      transaction.updateEntity({ partitionKey: AUDIT_PARTITION, rowKey: HEAD_ROW, ...moved }, 'Replace', {
        etag: head.etag,
      });
      try {
        await this.table.submitTransaction(transaction.actions);
      } catch (error) {
        if (!lostRace(error)) throw error;
        const now = await this.readHead();
        if (now?.etag === head.etag) {
          // Nobody moved the head, yet the row exists: a record was added outside the app.
          throw auditIntegrityError(
            `record ${sealed.seq} exists but is not covered by the signed head (added outside the app)`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt, 10)));
        continue;
      }
      this.anchor?.write(moved);
      return JSON.parse(sealed.text) as AuditRecord;
    }
    throw new Error(`audit log append still contended after ${this.maxAttempts} attempts, nothing appended`);
  }

  /** The head, created as the signed genesis head (seq 0) for a new log; throws when it fails the checks. */
  private async checkedHead(): Promise<HeadRow> {
    let head = await this.readHead();
    if (!head) {
      if (await this.readRecordHash(1)) throw auditIntegrityError('the signed head is missing');
      const genesis = { seq: 0, hash: GENESIS_HASH, mac: signHead(this.key, { seq: 0, hash: GENESIS_HASH }) };
      try {
        await this.table.createEntity({ partitionKey: AUDIT_PARTITION, rowKey: HEAD_ROW, ...genesis });
      } catch (error) {
        if (!lostRace(error)) throw error;
      }
      head = await this.readHead();
      if (!head) throw auditIntegrityError('the signed head is missing');
    }
    const last =
      head.seq === 0 ? undefined : { seq: head.seq, hash: (await this.readRecordHash(head.seq)) ?? '' };
    const problem = checkHead(last, head, this.key);
    if (problem) throw auditIntegrityError(problem.problem);
    if (head.seq > 0 && !last?.hash)
      throw auditIntegrityError(`record ${head.seq} is missing (log truncated)`);
    if (this.anchor) {
      const anchored = this.anchor.read();
      const anchoredHash =
        anchored && anchored.seq <= head.seq
          ? anchored.seq === 0
            ? GENESIS_HASH
            : await this.readRecordHash(anchored.seq)
          : undefined;
      const anchorProblem = checkAnchor(
        anchored,
        head.seq,
        (seq) => (seq === anchored?.seq ? anchoredHash : undefined),
        this.anchor.location,
      );
      if (anchorProblem) throw auditIntegrityError(anchorProblem);
    }
    return head;
  }

  private async readHead(): Promise<HeadRow | undefined> {
    try {
      const row = await this.table.getEntity<{ seq: number; hash: string; mac: string }>(
        AUDIT_PARTITION,
        HEAD_ROW,
      );
      return { seq: Number(row.seq), hash: String(row.hash), mac: String(row.mac), etag: row.etag };
    } catch (error) {
      if (storageStatus(error) === 404) return undefined;
      throw error;
    }
  }

  /** The stored hash of record `seq`, or undefined when there is no such row. */
  private async readRecordHash(seq: number): Promise<string | undefined> {
    try {
      const row = await this.table.getEntity(AUDIT_PARTITION, recordRow(seq));
      const text = fromJsonProperties('record', row);
      const hash = typeof text === 'string' ? (JSON.parse(text) as { hash?: unknown }).hash : undefined;
      return typeof hash === 'string' ? hash : '';
    } catch (error) {
      if (storageStatus(error) === 404) return undefined;
      if (error instanceof SyntaxError) return '';
      throw error;
    }
  }
}
