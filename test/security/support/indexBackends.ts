import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AzureKeyCredential, SearchClient, SearchIndexClient } from '@azure/search-documents';
import type { EmbeddingModel } from '../../../knowledge/embeddings/EmbeddingModel';
import { AzureSearchIndex } from '../../../knowledge/index/AzureSearchIndex';
import type { SearchChunk } from '../../../knowledge/index/azure/SearchChunk';
import { ensureSearchIndex } from '../../../knowledge/index/ensureSearchIndex';
import { searchIndexDefinition } from '../../../knowledge/index/searchIndexDefinition';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import type { KnowledgeIndex } from '../../../knowledge/index/KnowledgeIndex';
import { startFakeAzureSearch, type FakeAzureSearch } from '../../support/fakeAzureSearch';

/** An index backend started for one matrix run, and how to stop it. */
export interface IndexBackend {
  readonly index: KnowledgeIndex;
  /** The loopback Azure AI Search service behind the index (Azure backends only), to inspect its requests. */
  readonly fake?: FakeAzureSearch;
  stop(): Promise<void>;
}

/** The embedded SQLite index in a fresh temporary folder (named `tmpPrefix…`), removed on `stop`. */
export function embeddedSqliteIndex(tmpPrefix: string): IndexBackend {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  const index = new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
  return {
    index,
    stop: async () => {
      await index.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The Azure AI Search index through the real SDK against a loopback service: index `knowledge` created by
 * `ensureSearchIndex` (with vector fields of `vectorDimensions` when given, queried hybrid with `embeddings`).
 */
export async function loopbackAzureSearchIndex(
  options: { vectorDimensions?: number; embeddings?: EmbeddingModel } = {},
): Promise<IndexBackend & { readonly fake: FakeAzureSearch }> {
  const fake = await startFakeAzureSearch();
  const credential = new AzureKeyCredential(fake.apiKey);
  const clientOptions = { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } };
  await ensureSearchIndex(
    new SearchIndexClient(fake.endpoint, credential, clientOptions),
    searchIndexDefinition(
      options.vectorDimensions === undefined
        ? { name: 'knowledge' }
        : { name: 'knowledge', vectorDimensions: options.vectorDimensions },
    ),
  );
  const index = new AzureSearchIndex({
    client: new SearchClient<SearchChunk>(fake.endpoint, 'knowledge', credential, clientOptions),
    ...(options.embeddings ? { embeddings: options.embeddings } : {}),
  });
  return { index, fake, stop: () => fake.stop() };
}
