import { AzureKeyCredential, SearchClient, SearchIndexClient } from '@azure/search-documents';
import { AzureSearchIndex } from '../../../knowledge/index/AzureSearchIndex';
import type { SearchChunk } from '../../../knowledge/index/azure/SearchChunk';
import { ensureSearchIndex } from '../../../knowledge/index/ensureSearchIndex';
import { searchIndexDefinition } from '../../../knowledge/index/searchIndexDefinition';
import { startFakeAzureSearch } from '../../support/fakeAzureSearch';
import { knowledgeIndexContract } from './KnowledgeIndex.contract';

/** The contract through the real SDK (`SearchClient` + `AzureKeyCredential`) against the loopback fake. */
knowledgeIndexContract('AzureSearchIndex', async () => {
  const fake = await startFakeAzureSearch();
  const credential = new AzureKeyCredential(fake.apiKey);
  const options = { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } };
  await ensureSearchIndex(
    new SearchIndexClient(fake.endpoint, credential, options),
    searchIndexDefinition({ name: 'knowledge' }),
  );
  const client = new SearchClient<SearchChunk>(fake.endpoint, 'knowledge', credential, options);
  return { index: new AzureSearchIndex({ client }), cleanup: () => fake.stop() };
});
