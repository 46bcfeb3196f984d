import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { storageStatus } from './storageStatus';

/** The entity at (`partitionKey`, `rowKey`) with its ETag, or undefined when there is none; other failures throw. */
export async function findEntity<T extends object>(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<TableEntityResult<T> | undefined> {
  try {
    return await table.getEntity<T>(partitionKey, rowKey);
  } catch (error) {
    if (storageStatus(error) === 404) return undefined;
    throw error;
  }
}
