import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { tableReady } from '../storage/ensureTable';
import { fromJsonProperties, toJsonProperties } from '../storage/jsonProperties';
import { lostRace, storageStatus } from '../storage/storageStatus';
import {
  DEFAULT_CONFIRMATION_TTL_SECONDS,
  hashToken,
  newConfirmationToken,
  type ConfirmationRequest,
  type ConfirmationStore,
  type ConsumeResult,
  type IssuedConfirmation,
  type TokenHolder,
} from './ConfirmationStore';

export interface TableConfirmationStoreOptions {
  /** The table (e.g. `confirmations`), created on first use; shared by every instance. */
  readonly table: TableClient;
  /** Clock in epoch ms (tests); default `Date.now`. */
  readonly now?: () => number;
}

interface TokenEntity {
  userId: string;
  skill: string;
  expiresAt: number;
  /** 0 until the token is consumed or revoked, then the time it was. */
  consumedAt: number;
  cancelled: boolean;
}

/**
 * `ConfirmationStore` in Azure Table Storage, shared by every instance: one entity per token, keyed by
 * `hashToken(token)` (the token itself is never stored), the draft's JSON in string properties. A claim is a
 * conditional replace (If-Match on the ETag read), so of many instances consuming one token at once exactly
 * one succeeds; every other gets `used` (or `cancelled`, if a revoke won).
 */
export class TableConfirmationStore implements ConfirmationStore {
  private readonly table: TableClient;
  private readonly ready: () => Promise<void>;
  private readonly now: () => number;

  constructor(options: TableConfirmationStoreOptions) {
    this.table = options.table;
    this.ready = tableReady(options.table);
    this.now = options.now ?? Date.now;
  }

  async issue(input: ConfirmationRequest): Promise<IssuedConfirmation> {
    await this.ready();
    const token = newConfirmationToken();
    const expiresAt = this.now() + (input.ttlSeconds ?? DEFAULT_CONFIRMATION_TTL_SECONDS) * 1000;
    await this.table.createEntity({
      partitionKey: hashToken(token),
      rowKey: '',
      userId: input.userId,
      skill: input.skill,
      expiresAt,
      consumedAt: 0,
      cancelled: false,
      ...toJsonProperties('draft', input.draft, 'a confirmation draft'),
    });
    return { token, expiresAt: new Date(expiresAt).toISOString() };
  }

  async check(input: TokenHolder): Promise<ConsumeResult> {
    const verdict = await this.verdict(input);
    return verdict.ok ? { ok: true, draft: undefined } : verdict;
  }

  async consume(input: TokenHolder): Promise<ConsumeResult> {
    const verdict = await this.verdict(input);
    if (!verdict.ok) return verdict;
    const { entity } = verdict;
    try {
      await this.table.updateEntity(
        { partitionKey: entity.partitionKey as string, rowKey: '', consumedAt: this.now() },
        'Merge',
        { etag: entity.etag },
      );
    } catch (error) {
      if (!lostRace(error)) throw error;
      // Another claim (or a revoke) changed the token first: answer as it stands now.
      const now = await this.verdict(input);
      return now.ok ? { ok: false, reason: 'used' } : now;
    }
    return { ok: true, draft: fromJsonProperties('draft', entity) };
  }

  async revoke(input: TokenHolder): Promise<boolean> {
    // As the SQLite store: any unused token of this user and skill, also an expired one.
    const target = await this.get(input.token);
    if (!target || target.userId !== input.userId || target.skill !== input.skill || target.consumedAt !== 0)
      return false;
    try {
      await this.table.updateEntity(
        { partitionKey: target.partitionKey as string, rowKey: '', consumedAt: this.now(), cancelled: true },
        'Merge',
        { etag: target.etag },
      );
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }

  /** The refusal `consume` gives for `input` as the token stands now, or its entity. */
  private async verdict(
    input: TokenHolder,
  ): Promise<{ ok: true; entity: TableEntityResult<TokenEntity> } | Extract<ConsumeResult, { ok: false }>> {
    const entity = await this.get(input.token);
    if (!entity) return { ok: false, reason: 'unknown' };
    if (entity.userId !== input.userId) return { ok: false, reason: 'wrong_user' };
    if (entity.skill !== input.skill) return { ok: false, reason: 'wrong_skill' };
    if (entity.consumedAt !== 0) return { ok: false, reason: entity.cancelled ? 'cancelled' : 'used' };
    if (entity.expiresAt < this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, entity };
  }

  private async get(token: string): Promise<TableEntityResult<TokenEntity> | undefined> {
    await this.ready();
    try {
      return await this.table.getEntity<TokenEntity>(hashToken(token), '');
    } catch (error) {
      if (storageStatus(error) === 404) return undefined;
      throw error;
    }
  }
}
