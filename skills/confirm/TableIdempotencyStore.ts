import crypto from 'node:crypto';
import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { tableReady } from '../storage/ensureTable';
import { findEntity } from '../storage/findEntity';
import { fromJsonProperties, toJsonProperties } from '../storage/jsonProperties';
import { lostRace, storageStatus } from '../storage/storageStatus';
import { tableKey } from '../storage/tableKey';
import type { IdempotencyStore } from './IdempotencyStore';

/** Default time a claim is honoured before another instance may take the key over: 2 minutes. */
export const DEFAULT_IDEMPOTENCY_LEASE_MS = 2 * 60 * 1000;

export interface TableIdempotencyStoreOptions {
  /** The table (e.g. `idempotency`), created on first use; shared by every instance. */
  readonly table: TableClient;
  /**
   * How long a claim by another instance is waited on before it counts as abandoned (that instance crashed)
   * and this one takes the key over, in ms; default `DEFAULT_IDEMPOTENCY_LEASE_MS`. Keep it above the
   * longest action (a takeover while the first run still works would run the action twice).
   */
  readonly leaseMs?: number;
  /** Longest pause between two looks at a claim held elsewhere, in ms; default 1,000 (starting at 50). */
  readonly maxPollMs?: number;
}

interface ClaimEntity {
  key: string;
  state: 'running' | 'done';
  /** Which store object claimed it (a random id per object). */
  owner: string;
  claimedAt: number;
}

/**
 * `IdempotencyStore` in Azure Table Storage, shared by every instance. A key is claimed with a conditional
 * insert (`running`; a second insert of the key fails with 409), so two instances never both run the work:
 * the claimant runs it and replaces the claim with its result (`done`, JSON in string properties); a failure
 * deletes the claim, so the action may be retried. Another claimant (another instance, or a redelivery landing
 * there) waits, re-reading the entity with growing pauses, and returns the stored result; if the claim goes away
 * (the run failed) it claims the key itself, and if the claim is older than `leaseMs` (its instance died) it
 * takes the claim over with a conditional replace. Within one store object concurrent calls share one run.
 */
export class TableIdempotencyStore implements IdempotencyStore {
  private readonly table: TableClient;
  private readonly ready: () => Promise<void>;
  private readonly leaseMs: number;
  private readonly maxPollMs: number;
  private readonly owner = crypto.randomUUID();
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(options: TableIdempotencyStoreOptions) {
    this.table = options.table;
    this.ready = tableReady(options.table);
    this.leaseMs = options.leaseMs ?? DEFAULT_IDEMPOTENCY_LEASE_MS;
    this.maxPollMs = options.maxPollMs ?? 1000;
  }

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(key);
    if (running) return running as Promise<T>;
    const started = this.claimAndRun(key, work);
    this.inFlight.set(key, started);
    try {
      return await started;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async claimAndRun<T>(key: string, work: () => Promise<T>): Promise<T> {
    await this.ready();
    const row = tableKey(key);
    let pause = 50;
    for (;;) {
      const stored = await this.get(row, key);
      if (stored?.state === 'done') return fromJsonProperties('result', stored) as T;
      const claim = {
        partitionKey: row,
        rowKey: '',
        key,
        state: 'running',
        owner: this.owner,
        claimedAt: Date.now(),
      };
      try {
        if (!stored) {
          const created = await this.table.createEntity(claim);
          return await this.execute(row, key, created.etag, work);
        }
        if (stored.claimedAt + this.leaseMs < Date.now()) {
          const taken = await this.table.updateEntity(claim, 'Replace', { etag: stored.etag });
          return await this.execute(row, key, taken.etag, work);
        }
      } catch (error) {
        if (!lostRace(error)) throw error;
        // Another instance claimed (or took over) the key first: look again.
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(this.maxPollMs, pause * 1.5);
    }
  }

  /** Runs the work under this store's claim (at `etag`) and stores its result, or drops the claim on failure. */
  private async execute<T>(
    row: string,
    key: string,
    etag: string | undefined,
    work: () => Promise<T>,
  ): Promise<T> {
    let result: T;
    try {
      result = await work();
    } catch (error) {
      await this.table.deleteEntity(row, '', etag ? { etag } : {}).catch(() => undefined);
      throw error;
    }
    const done = {
      partitionKey: row,
      rowKey: '',
      key,
      state: 'done',
      owner: this.owner,
      claimedAt: Date.now(),
      ...toJsonProperties('result', result, `the result for idempotency key "${key}"`),
    };
    try {
      await this.table.updateEntity(done, 'Replace', etag ? { etag } : {});
    } catch (error) {
      if (!lostRace(error) && storageStatus(error) !== 404) throw error;
      // The claim was taken over (this run outlived its lease): the first stored result stays the answer.
      const stored = await this.get(row, key);
      if (stored?.state === 'done') return fromJsonProperties('result', stored) as T;
      await this.table.upsertEntity(done, 'Replace');
    }
    return result;
  }

  private async get(row: string, key: string): Promise<TableEntityResult<ClaimEntity> | undefined> {
    const entity = await findEntity<ClaimEntity>(this.table, row, '');
    return entity?.key === key ? entity : undefined;
  }
}
