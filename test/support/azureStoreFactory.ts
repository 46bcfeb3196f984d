import crypto from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { sharedAzurite } from './azurite';
import { trackingFixture, type StoreFactory } from './storeFixture';

/** What an Azure store is built from in a test: fresh, uniquely named tables and a blob container. */
export interface AzureTestStorage {
  /** A client for the table `name` of this fixture (named `<name><fixture id>`, made on first use by the store). */
  table(name: string): TableClient;
  /** A client for this fixture's blob container (created by the store on first use). */
  container(): ContainerClient;
}

/**
 * The Azure Storage backend of a contract, on the shared Azurite (`sharedAzurite`): each fixture gets its own
 * table names and container (a random suffix), and every `open` makes a new store with new clients over the
 * same tables (a restart, another instance). Cleanup deletes the tables and the container.
 */
export function azureStoreFactory<Store, Options>(
  make: (storage: AzureTestStorage, options: Options) => Store,
  close?: (store: Store) => Promise<void>,
): StoreFactory<Store, Options> {
  return async () => {
    const azurite = await sharedAzurite();
    const suffix = crypto.randomBytes(6).toString('hex');
    const tables = new Set<string>();
    const containerName = `test${suffix}`;
    const storage: AzureTestStorage = {
      table: (name) => {
        tables.add(`${name}${suffix}`);
        return azuriteTable(azurite.connectionString, `${name}${suffix}`);
      },
      container: () =>
        BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(containerName),
    };
    return trackingFixture(
      (options: Options) => make(storage, options),
      (store) => close?.(store),
      async () => {
        for (const name of tables) await azuriteTable(azurite.connectionString, name).deleteTable();
        await storage.container().deleteIfExists();
      },
    );
  };
}

/** A client for a new, uniquely named table (`<prefix>` and 12 hex digits) on the shared Azurite; the caller deletes it. */
export async function freshAzuriteTable(prefix: string): Promise<TableClient> {
  const azurite = await sharedAzurite();
  return azuriteTable(azurite.connectionString, `${prefix}${crypto.randomBytes(6).toString('hex')}`);
}

/** A client for the table `name` on Azurite (plain HTTP). */
function azuriteTable(connectionString: string, name: string): TableClient {
  return TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true });
}
