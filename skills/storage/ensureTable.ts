import type { TableClient } from '@azure/data-tables';

/**
 * Creates the client's table once (an existing table is fine) and memoises the attempt; a failed attempt is
 * forgotten, so the next call retries. Every Table Storage store calls it before its first operation.
 */
export function tableReady(client: TableClient): () => Promise<void> {
  let creating: Promise<void> | undefined;
  return () => {
    creating ??= client.createTable().catch((error: unknown) => {
      creating = undefined;
      throw error;
    });
    return creating;
  };
}
