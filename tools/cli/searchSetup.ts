/**
 * `npm run search:setup [-- --vector-dimensions N] [--no-semantic]`: creates or updates the Azure AI Search
 * index named by AZURE_SEARCH_INDEX from `infra/search/knowledge-index.json`. Idempotent: prints `created`,
 * `updated` or `unchanged`. The vector field gets the configured embedding model's dimensions
 * (EMBEDDING_PROVIDER, EMBEDDING_DIMENSIONS); `--vector-dimensions` sets them without a model and must
 * agree with a configured one. Exit code 0 on success, 1 when the service refused, 2 on bad usage or config.
 */
import { ensureSearchIndex } from '../../knowledge/index/ensureSearchIndex';
import { searchIndexDefinition } from '../../knowledge/index/searchIndexDefinition';
import { createCredential } from '../../host/azure/createCredential';
import { createSearchClients } from '../../host/azure/createSearchClients';
import { loadCliConfig } from './loadCliConfig';
import { runCliMain } from './runCliMain';

async function main(argv: string[]): Promise<number> {
  const config = loadCliConfig();
  if (!config) return 2;
  if (config.search.backend !== 'azure') {
    console.error(
      'search:setup needs SEARCH_BACKEND=azure with AZURE_SEARCH_ENDPOINT and AZURE_SEARCH_INDEX',
    );
    return 2;
  }
  const flag = argv.indexOf('--vector-dimensions');
  const requested = flag >= 0 ? Number(argv[flag + 1]) : undefined;
  if (requested !== undefined && !(Number.isInteger(requested) && requested > 0)) {
    console.error('--vector-dimensions must be a positive integer');
    return 2;
  }
  const configured = config.embeddings?.dimensions;
  if (requested !== undefined && configured !== undefined && requested !== configured) {
    console.error(
      `--vector-dimensions ${requested} disagrees with the embedding model's ${configured} dimensions (EMBEDDING_DIMENSIONS)`,
    );
    return 2;
  }
  const vectorDimensions = requested ?? configured;
  const { indexClient } = createSearchClients(config.search, createCredential(config.entra));
  const definition = searchIndexDefinition({
    name: config.search.indexName,
    semantic: !argv.includes('--no-semantic'),
    ...(vectorDimensions ? { vectorDimensions } : {}),
  });
  const outcome = await ensureSearchIndex(indexClient, definition);
  console.log(`search index ${config.search.indexName}: ${outcome}`);
  return 0;
}

runCliMain(main, (error) => (error instanceof Error ? error.message : String(error)));
