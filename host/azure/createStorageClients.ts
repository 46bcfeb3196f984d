import type { TokenCredential } from '@azure/identity';
import { TableClient } from '@azure/data-tables';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import type { AppConfig } from '../config/AppConfig';

type AzureState = Extract<AppConfig['state'], { backend: 'azure' }>;

/** Makes clients for named tables and blob containers of the configured Storage account. */
export interface StorageClients {
  table(name: string): TableClient;
  container(name: string): ContainerClient;
}

/**
 * Azure Storage clients from `STATE_BACKEND=azure` settings: a connection string (Azurite, account key; plain
 * http is accepted only for a loopback table endpoint), or the account name with the app's Entra credential
 * (RBAC: Storage Table Data Contributor and Storage Blob Data Contributor on the account).
 */
export function createStorageClients(
  state: AzureState,
  credential: TokenCredential | undefined,
): StorageClients {
  const { storage } = state;
  if ('connectionString' in storage) {
    const loopback = /TableEndpoint=http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|;|$)/i.test(
      storage.connectionString,
    );
    const blobs = BlobServiceClient.fromConnectionString(storage.connectionString);
    return {
      table: (name) =>
        TableClient.fromConnectionString(storage.connectionString, name, {
          ...(loopback ? { allowInsecureConnection: true } : {}),
        }),
      container: (name) => blobs.getContainerClient(name),
    };
  }
  if (!credential) throw new Error('AZURE_STORAGE_ACCOUNT_NAME needs an Entra credential');
  const account = storage.accountName;
  const blobs = new BlobServiceClient(`https://${account}.blob.core.windows.net`, credential);
  return {
    table: (name) => new TableClient(`https://${account}.table.core.windows.net`, name, credential),
    container: (name) => blobs.getContainerClient(name),
  };
}
