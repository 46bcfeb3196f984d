import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry, AuditLog, AuditRecord } from './AuditLog';
import { GENESIS_HASH } from './hashRecord';
import { generatedKey } from './headKey';
import type { HeadAnchor } from './HeadAnchor';
import { signHead } from './signedHead';
import { assertAuditHead, type CheckedHead, type StoredHead } from './assertAuditHead';
import { installAuditSchema, withoutGuards } from './auditSchema';
import { AuditStatements } from './AuditStatements';
import { hasAuditTable } from './hasAuditTable';
import { GroupCommit, type Settled } from '../storage/GroupCommit';
import { WalSync } from './WalSync';
import { dataVersion } from '../../knowledge/index/dataVersion';
import { sealRecord, type SealedRecord } from './sealRecord';
import type { AuditCheckpoint } from './auditCheckpoint';
import { auditPseudonym, recordIsAbout } from './personalFields';
import { pseudonymiseRecords, type StoredAuditRow } from './pseudonymiseRecords';
import { purgeCheckpoint } from './purgeCheckpoint';

export interface SqliteAuditLogOptions {
  /** Path of the SQLite file (e.g. `DATA_DIR/audit.sqlite`); its folder is created when missing. */
  readonly file: string;
  /** Clock for `time`. Default: the system clock. */
  readonly now?: () => Date;
  /**
   * Key that signs the head. Default: a random key generated once into `<file>.key` (mode 0600). A key held
   * outside the data folder (a secret store) also protects against an attacker who can read that folder.
   */
  readonly headKey?: string;
  /**
   * Where the signed head is also kept, outside the log's folder (`HeadAnchor`): opening and every append
   * fail when the log is behind it or disagrees with it (rolled back, restored from an older copy), and each
   * append moves it forward. Absent: only the head inside the file, which a rollback of the whole file hides.
   */
  readonly anchor?: HeadAnchor;
}

/**
 * The audit trail in one SQLite file: table `audit(seq, record)` holds each record's canonical JSON, hash-chained
 * to its predecessor, plus a signed head (`audit_head`) updated in the same transaction.
 *
 * - `append` resolves only after its transaction is committed and durable: without an anchor, the connection runs
 *   with `synchronous = NORMAL` and appends resolve once the WAL is fsynced off the event loop (`WalSync`); all
 *   else (purges, erasures, and appends with an anchor, which must never be ahead of the log) commits with
 *   `synchronous = FULL`. It takes the write lock first (BEGIN IMMEDIATE), so concurrent appends, from this or
 *   other connections, get distinct consecutive seqs. Group commit (`GroupCommit`): the appends made during one turn of the event loop are
 *   written by one transaction (one head check, one head update, one fsync), in the order they were made. A
 *   crash before its commit is durable loses the whole batch (and none of its appends has resolved); after, all
 *   of them are stored. An entry that cannot be sealed (no JSON form) fails alone; a failing check fails the batch.
 * - Fail-closed: the constructor and every `append` check that the newest record matches the signed head and
 *   throw an Error (nothing appended) when it does not, or when an existing log's key is missing (re-signing a
 *   truncated log would hide the truncation). A group commit re-reads the head only when another connection
 *   committed since this one checked it (`PRAGMA data_version`, read holding the write lock); else the head is
 *   the one this connection wrote. Opening re-creates triggers someone dropped.
 */
export class SqliteAuditLog implements AuditLog {
  private readonly db: Database.Database;
  private readonly now: () => Date;
  private readonly key: string;
  private readonly anchor: HeadAnchor | undefined;
  private readonly appendTransaction: Database.Transaction<
    (entries: readonly AuditEntry[]) => { settled: Settled<AuditRecord>[]; head: CheckedHead | undefined }
  >;
  private readonly batches: GroupCommit<AuditEntry, AuditRecord>;
  private readonly statements: AuditStatements;
  private readonly walSync: WalSync | undefined;
  /** The head as of `version` (`PRAGMA data_version`) after the last group commit (none with an anchor). */
  private verified: CheckedHead | undefined;

  constructor(options: SqliteAuditLogOptions) {
    const memory = options.file === ':memory:';
    if (!memory) fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    this.now = options.now ?? (() => new Date());
    this.anchor = options.anchor;
    this.db = new Database(options.file);
    this.statements = new AuditStatements(this.db);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.key = options.headKey ?? generatedKey(options.file, !hasAuditTable(this.db));
      // One snapshot for the head check: another process appending between its two reads is no truncation.
      this.db
        .transaction(() => {
          this.install();
          this.assertHead();
        })
        .immediate();
      this.anchorHead();
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.appendTransaction = this.db.transaction((entries: readonly AuditEntry[]) => {
      // Holding the write lock: no other connection commits before this transaction does.
      const version = this.anchor ? undefined : dataVersion(this.db);
      const known = this.verified?.version === version ? this.verified : undefined;
      const { settled, last } = this.appendAll(entries, known ? known.last : this.assertHead());
      return { settled, head: version === undefined ? undefined : { version, last } };
    });
    const walSync = memory || this.anchor ? undefined : new WalSync(`${path.resolve(options.file)}-wal`);
    this.walSync = walSync;
    // Never a prepared statement: SQLite applies `PRAGMA synchronous` when it compiles it, not when it runs.
    if (walSync) this.db.pragma('synchronous = NORMAL');
    this.batches = new GroupCommit(
      (entries) => this.commitBatch(entries),
      walSync && (() => walSync.synced()),
    );
  }

  async append(entry: AuditEntry): Promise<AuditRecord> {
    if (!this.db.open) throw new Error('SqliteAuditLog: the log is closed');
    return this.batches.submit(entry);
  }

  /** One group commit: the entries in one transaction, then the anchor moved to the new head. */
  private commitBatch(entries: readonly AuditEntry[]): Settled<AuditRecord>[] {
    if (!this.db.open) throw new Error('SqliteAuditLog: the log is closed');
    // Without an anchor: durable once `walSync` ran (GroupCommit waits for it before settling the batch).
    try {
      const { settled, head } = this.appendTransaction.immediate(entries);
      this.verified = head;
      // After the commit: a crash in between leaves the anchor one batch behind, which opening accepts.
      this.anchorHead();
      return settled;
    } catch (error) {
      this.verified = undefined;
      throw error;
    }
  }

  /** Runs `write` (a transaction) durable at its commit: with `synchronous = FULL`, then back to group commits'. */
  private fully<T>(write: () => T): T {
    this.verified = undefined;
    if (!this.walSync) return write();
    this.db.pragma('synchronous = FULL');
    try {
      return write();
    } finally {
      this.db.pragma('synchronous = NORMAL');
    }
  }

  /**
   * Retention: removes the records older than `cutoff` (by their `time`, from the oldest on) and puts a signed
   * checkpoint (`AuditCheckpoint`) in their place, in one transaction, so the rest of the chain still verifies.
   * The newest record is always kept (it is what the signed head names). Throws, removing nothing, when the log
   * fails its head check.
   */
  async purgeBefore(cutoff: Date): Promise<{ purged: number; checkpoint?: AuditCheckpoint }> {
    if (!this.db.open) throw new Error('SqliteAuditLog: the log is closed');
    this.batches.flush();
    return this.fully(() =>
      this.db
        .transaction(() => {
          const last = this.assertHead();
          if (!last) return { purged: 0 };
          const checkpoint = purgeCheckpoint(this.parsedRows(), last.seq, cutoff, this.key, this.now);
          if (!checkpoint) return { purged: 0 };
          const purged = withoutGuards(
            this.db,
            () => this.db.prepare('DELETE FROM audit WHERE seq <= ?').run(checkpoint.seq).changes,
          );
          this.db
            .prepare(
              'INSERT OR REPLACE INTO audit_checkpoint(id, seq, hash, time, purged_at, mac) VALUES (1, ?, ?, ?, ?, ?)',
            )
            .run(checkpoint.seq, checkpoint.hash, checkpoint.time, checkpoint.purgedAt, checkpoint.mac);
          return { purged, checkpoint };
        })
        .immediate(),
    );
  }

  /**
   * Erasure: pseudonymises every record about `userId` (`personalFields.pseudonymised`: their id becomes the
   * keyed pseudonym, their request's parameters are emptied; no hash changes) and appends one
   * `person_pseudonymised` record, made by the pseudonym, saying how many records were changed. `legacy`
   * counts records about the user written before personal fields could be pseudonymised: they are left as
   * they are (changing them would break the chain; retention purges them in time).
   */
  async pseudonymise(userId: string): Promise<{ pseudonym: string; pseudonymised: number; legacy: number }> {
    if (!this.db.open) throw new Error('SqliteAuditLog: the log is closed');
    const pseudonym = auditPseudonym(this.key, userId);
    this.batches.flush();
    const result = this.fully(() =>
      this.db
        .transaction(() => {
          this.assertHead();
          const plan = pseudonymiseRecords([...this.parsedRows()], userId, pseudonym);
          const update = this.db.prepare('UPDATE audit SET record = ? WHERE seq = ?');
          withoutGuards(this.db, () => {
            for (const { row, text } of plan.changes) update.run(text, row.seq);
          });
          if (plan.erasure) this.appendNow(plan.erasure);
          return plan.result;
        })
        .immediate(),
    );
    this.anchorHead();
    return result;
  }

  /** Every stored record whose personal fields name `userId` (the actor or the confirmer), oldest first. */
  async recordsAbout(userId: string): Promise<AuditRecord[]> {
    return [...this.parsedRows()]
      .filter((row) => recordIsAbout(row.record, userId))
      .map((row) => row.record as unknown as AuditRecord);
  }

  async ping(): Promise<void> {
    if (!this.db.open) throw new Error('SqliteAuditLog: the log is closed');
    this.db.prepare('SELECT 1').get();
  }

  /** Commits the appends still waiting for their group commit, then closes the file. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.batches.flush();
    this.db.close();
    await this.walSync?.close();
  }

  /**
   * Creates the tables and (re)creates missing triggers. A new log gets a signed genesis head (seq 0), so a
   * log whose records and head were both deleted later fails the head check instead of looking new.
   */
  private install(): void {
    const fresh = !hasAuditTable(this.db);
    installAuditSchema(this.db);
    if (fresh) this.writeHead(0, GENESIS_HASH);
  }

  private writeHead(seq: number, hash: string): void {
    this.statements.writeHead.run(seq, hash, signHead(this.key, { seq, hash }));
  }

  /** Appends one entry inside the caller's transaction; throws when it can't be (nothing appended). */
  private appendNow(entry: AuditEntry): AuditRecord {
    const [outcome] = this.appendAll([entry], this.assertHead()).settled;
    if (!outcome?.ok) throw outcome?.error ?? new Error('SqliteAuditLog: nothing appended');
    return outcome.value;
  }

  /**
   * Appends `entries` in order inside the caller's transaction after `start` (the checked newest record), each
   * chained to the one before; the signed head names the last, returned too. An entry that can't be sealed (e.g.
   * a BigInt parameter) is skipped and reported as failed.
   */
  private appendAll(
    entries: readonly AuditEntry[],
    start: StoredHead | undefined,
  ): { settled: Settled<AuditRecord>[]; last: StoredHead | undefined } {
    let last = start;
    let appended = false;
    const settled: Settled<AuditRecord>[] = [];
    for (const entry of entries) {
      let sealed: SealedRecord;
      try {
        sealed = sealRecord(entry, last, this.now());
      } catch (error) {
        settled.push({ ok: false, error });
        continue;
      }
      this.statements.insert.run(sealed.seq, sealed.text);
      last = { seq: sealed.seq, hash: sealed.hash };
      appended = true;
      settled.push({ ok: true, value: JSON.parse(sealed.text) as AuditRecord });
    }
    if (appended && last) this.writeHead(last.seq, last.hash);
    return { settled, last };
  }

  /** Every stored record, in chain order, parsed as it is read. */
  private *parsedRows(): Generator<StoredAuditRow> {
    const rows = this.db.prepare('SELECT seq, record FROM audit ORDER BY seq').iterate() as Iterable<{
      seq: number;
      record: string;
    }>;
    for (const row of rows) yield { seq: row.seq, record: JSON.parse(row.record) as Record<string, unknown> };
  }

  /** Moves the external anchor to the current signed head (no-op without an anchor). */
  private anchorHead(): void {
    if (!this.anchor) return;
    const head = this.statements.readHead();
    if (head) this.anchor.write(head);
  }

  /** `assertAuditHead` of this log. */
  private assertHead(): StoredHead | undefined {
    return assertAuditHead(this.db, this.statements, this.key, this.anchor);
  }
}
