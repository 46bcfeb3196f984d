import fs from 'node:fs';
import path from 'node:path';
import type { TokenCredential } from '@azure/identity';
import { OpenAIEmbeddingModel } from '../knowledge/embeddings/OpenAIEmbeddingModel';
import { AzureSearchIndex } from '../knowledge/index/AzureSearchIndex';
import { SqliteIndex } from '../knowledge/index/SqliteIndex';
import { ThreadedSearchIndex } from '../knowledge/index/ThreadedSearchIndex';
import type { KnowledgeIndex } from '../knowledge/index/KnowledgeIndex';
import { createSearchClients } from './azure/createSearchClients';
import type { AppConfig } from './config/AppConfig';
import type { Logger } from './log/createLogger';

/**
 * The configured knowledge index and nothing else (part of the composition root, for callers that need only the
 * index, such as the ingest CLI): the embedded SQLite index in `DATA_DIR/index.sqlite` (the folder is created;
 * searched on `INDEX_SEARCH_THREADS` worker threads, see `ThreadedSearchIndex`), or
 * the Azure AI Search index with the configured embedding model for vector queries. `credential` is the app's
 * Entra credential (Azure AI Search and Azure OpenAI without keys); `log` receives the warning when a query
 * embedding is unavailable and the search falls back to text only. The caller closes the index.
 */
export function createIndex(
  config: AppConfig,
  options: { credential?: TokenCredential; log?: Logger } = {},
): KnowledgeIndex {
  const { credential, log } = options;
  if (config.search.backend === 'embedded') {
    fs.mkdirSync(config.dataDir, { recursive: true });
    const file = path.join(config.dataDir, 'index.sqlite');
    const writer = new SqliteIndex({ file });
    if (config.search.threads === 0) return writer;
    return new ThreadedSearchIndex(writer, { file }, config.search.threads, (error) =>
      log?.warn('index search thread failed; searching on the main thread meanwhile', {
        error: String(error),
      }),
    );
  }
  const { client } = createSearchClients(config.search, credential);
  return new AzureSearchIndex({
    client,
    ...(config.search.semanticConfiguration
      ? { semanticConfiguration: config.search.semanticConfiguration }
      : {}),
    ...(config.embeddings
      ? {
          embeddings: new OpenAIEmbeddingModel({
            ...config.embeddings,
            ...(credential ? { credential } : {}),
          }),
          onVectorFallback: (error) =>
            log?.warn('query embedding unavailable; searched by text only', { code: error.code }),
        }
      : {}),
  });
}
