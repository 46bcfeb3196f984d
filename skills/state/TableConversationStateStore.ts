import crypto from 'node:crypto';
import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { tableReady } from '../storage/ensureTable';
import { fromJsonProperties, toJsonProperties } from '../storage/jsonProperties';
import { storageStatus, lostRace } from '../storage/storageStatus';
import { tableKey } from '../storage/tableKey';
import {
  DEFAULT_CONVERSATION_STATE_TTL_HOURS,
  StateConflictError,
  type ConversationStateStore,
  type StateDocument,
} from './ConversationStateStore';
import { DEFAULT_STATE_SWEEP_INTERVAL_MS } from './SqliteConversationStateStore';

export interface TableConversationStateStoreOptions {
  /** The table (e.g. `conversationstate`), created on first use; shared by every instance. */
  readonly table: TableClient;
  /** How long a document lives after its last write, in ms; default 24 hours. */
  readonly ttlMs?: number;
  /**
   * Expired documents are deleted by the first write after each interval (one filtered scan of the table, no
   * timer), in ms; default `DEFAULT_STATE_SWEEP_INTERVAL_MS` (10 minutes).
   */
  readonly sweepIntervalMs?: number;
  /** Clock in epoch ms (tests); default `Date.now`. */
  readonly now?: () => number;
}

interface StateEntity {
  /** The application's key (the row's keys are its hash). */
  key: string;
  /** Our eTag: a UUID per write (Table Storage's own ETag is used for the conditional replace underneath). */
  version: string;
  expiresAt: number;
}

/**
 * `ConversationStateStore` in Azure Table Storage, shared by every instance: one entity per key (partition
 * and row key: the key's SHA-256), the JSON value spread over string properties (`jsonProperties`, up to
 * 450,000 characters). A conditional write reads the entity and replaces it only if Table Storage's ETag is
 * still the one read (If-Match), or creates it only if it is still absent (insert fails with 409), so of two
 * instances writing from one version exactly one wins; the loser gets `StateConflictError`. Expiry: reads
 * treat documents past `expiresAt` as absent; the first write after each sweep interval deletes them.
 */
export class TableConversationStateStore implements ConversationStateStore {
  private readonly table: TableClient;
  private readonly ready: () => Promise<void>;
  private readonly ttlMs: number;
  private readonly sweepIntervalMs: number;
  private readonly now: () => number;
  private lastSweep: number;

  constructor(options: TableConversationStateStoreOptions) {
    this.table = options.table;
    this.ready = tableReady(options.table);
    this.ttlMs = options.ttlMs ?? DEFAULT_CONVERSATION_STATE_TTL_HOURS * 3600 * 1000;
    this.sweepIntervalMs = options.sweepIntervalMs ?? DEFAULT_STATE_SWEEP_INTERVAL_MS;
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  async read(keys: readonly string[]): Promise<Map<string, StateDocument>> {
    await this.ready();
    const now = this.now();
    const entities = await Promise.all(keys.map((key) => this.get(key)));
    const found = new Map<string, StateDocument>();
    keys.forEach((key, i) => {
      const entity = entities[i];
      if (!entity || entity.expiresAt <= now) return;
      const value = fromJsonProperties('value', entity);
      if (value !== undefined)
        found.set(key, { value: value as Record<string, unknown>, eTag: entity.version });
    });
    return found;
  }

  async write(key: string, value: Record<string, unknown>, ifMatch?: string): Promise<string> {
    await this.ready();
    const now = this.now();
    const version = crypto.randomUUID();
    const row = tableKey(key);
    const entity = {
      partitionKey: row,
      rowKey: '',
      key,
      version,
      expiresAt: now + this.ttlMs,
      ...toJsonProperties('value', value, `conversation state "${key}"`),
    };
    if (ifMatch === undefined || ifMatch === '*') {
      await this.table.upsertEntity(entity, 'Replace');
    } else {
      const stored = await this.get(key);
      const live = stored && stored.expiresAt > now;
      if (live && stored.version !== ifMatch) throw new StateConflictError(key);
      try {
        if (stored) await this.table.updateEntity(entity, 'Replace', { etag: stored.etag });
        else await this.table.createEntity(entity);
      } catch (error) {
        if (lostRace(error)) throw new StateConflictError(key);
        throw error;
      }
    }
    if (now - this.lastSweep >= this.sweepIntervalMs) {
      this.lastSweep = now;
      await this.sweep(now);
    }
    return version;
  }

  async delete(keys: readonly string[]): Promise<void> {
    await this.ready();
    await Promise.all(keys.map((key) => this.remove(tableKey(key))));
  }

  /** Retention (the store's time-to-live): deletes every expired document now; resolves with how many. */
  async purgeExpired(): Promise<number> {
    await this.ready();
    return this.sweep(this.now());
  }

  /** The documents whose key or content names `userId`, as stored, expired or not (a scan of the table). */
  async recordsAbout(userId: string): Promise<Record<string, unknown>[]> {
    await this.ready();
    const found: Record<string, unknown>[] = [];
    for await (const entity of this.table.listEntities<StateEntity>()) {
      const value = fromJsonProperties('value', entity);
      if (!entity.key.includes(userId) && !JSON.stringify(value).includes(userId)) continue;
      found.push({ key: entity.key, value, expiresAt: new Date(entity.expiresAt).toISOString() });
    }
    return found;
  }

  /** Deletes every document whose key or content names `userId`; resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    const doomed = await this.recordsAbout(userId);
    for (const document of doomed) await this.remove(tableKey(String(document.key)));
    return doomed.length;
  }

  /** Deletes every document expired at `now`; resolves with how many were listed as expired. */
  private async sweep(now: number): Promise<number> {
    const expired = this.table.listEntities<StateEntity>({
      queryOptions: { filter: odata`expiresAt le ${now}`, select: ['PartitionKey'] },
    });
    let count = 0;
    // Conditional on the ETag listed: a document another instance rewrote meanwhile is live again and stays.
    for await (const entity of expired) {
      await this.remove(entity.partitionKey as string, entity.etag);
      count += 1;
    }
    return count;
  }

  /** Deletes one entity (only at ETag `etag` when given); gone already or rewritten since is fine. */
  private async remove(partitionKey: string, etag?: string): Promise<void> {
    try {
      await this.table.deleteEntity(partitionKey, '', etag ? { etag } : {});
    } catch (error) {
      const status = storageStatus(error);
      if (status !== 404 && status !== 412) throw error;
    }
  }

  private async get(key: string): Promise<TableEntityResult<StateEntity> | undefined> {
    try {
      const entity = await this.table.getEntity<StateEntity>(tableKey(key), '');
      return entity.key === key ? entity : undefined;
    } catch (error) {
      if (storageStatus(error) === 404) return undefined;
      throw error;
    }
  }
}
