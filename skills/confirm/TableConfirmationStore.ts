import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { fromJsonProperties, toJsonProperties } from '../storage/jsonProperties';
import { ReadyTable } from '../storage/ReadyTable';
import { lostRace } from '../storage/storageStatus';
import { TokenConfirmationStore, type NewToken, type StoredToken } from './TokenConfirmationStore';

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

/** An entity as read (with its ETag), as the confirmation logic reads it. */
type HeldEntity = TableEntityResult<TokenEntity> & StoredToken;

/**
 * `ConfirmationStore` in Azure Table Storage, shared by every instance: one entity per token, keyed by
 * `hashToken(token)` (the token itself is never stored), the draft's JSON in string properties. A claim is a
 * conditional replace (If-Match on the ETag read), so of many instances consuming one token at once exactly
 * one succeeds; every other gets `used` (or `cancelled`, if a revoke won).
 */
export class TableConfirmationStore extends TokenConfirmationStore<HeldEntity> {
  private readonly table: ReadyTable;

  constructor(options: TableConfirmationStoreOptions) {
    super(options.now);
    this.table = new ReadyTable(options.table);
  }

  protected async insert(tokenHash: string, token: NewToken): Promise<void> {
    await this.table.ready();
    await this.table.client.createEntity({
      partitionKey: tokenHash,
      rowKey: '',
      userId: token.userId,
      skill: token.skill,
      expiresAt: token.expiresAt,
      consumedAt: 0,
      cancelled: false,
      ...toJsonProperties('draft', token.draft, 'a confirmation draft'),
    });
  }

  protected async read(tokenHash: string): Promise<HeldEntity | undefined> {
    const entity = await this.table.find<TokenEntity>(tokenHash, '');
    return entity && { ...entity, spent: entity.consumedAt !== 0 };
  }

  protected async spend(
    tokenHash: string,
    held: HeldEntity,
    at: number,
    cancelled: boolean,
  ): Promise<boolean> {
    try {
      await this.table.client.updateEntity(
        { partitionKey: tokenHash, rowKey: '', consumedAt: at, ...(cancelled ? { cancelled: true } : {}) },
        'Merge',
        { etag: held.etag },
      );
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }

  protected draftOf(held: HeldEntity): unknown {
    return fromJsonProperties('draft', held);
  }
}
