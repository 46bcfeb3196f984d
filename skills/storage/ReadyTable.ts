import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { tableReady } from './ensureTable';
import { findEntity } from './findEntity';

/**
 * A store's table: the client, and `ready()`, which creates the table once (`tableReady`) and which a store
 * awaits before its first operation. `find` waits for it itself.
 */
export class ReadyTable {
  readonly ready: () => Promise<void>;

  constructor(readonly client: TableClient) {
    this.ready = tableReady(client);
  }

  /** The entity at (`partitionKey`, `rowKey`) with its ETag, or undefined when there is none (`findEntity`). */
  async find<T extends object>(
    partitionKey: string,
    rowKey: string,
  ): Promise<TableEntityResult<T> | undefined> {
    await this.ready();
    return findEntity<T>(this.client, partitionKey, rowKey);
  }
}
