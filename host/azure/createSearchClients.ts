import type { TokenCredential } from '@azure/identity';
import { AzureKeyCredential, SearchClient, SearchIndexClient } from '@azure/search-documents';
import type { SearchChunk } from '../../knowledge/index/azure/SearchChunk';
import type { AppConfig } from '../config/AppConfig';

type AzureSearchConfig = Extract<AppConfig['search'], { backend: 'azure' }>;

/**
 * Azure AI Search clients for the configured index: an admin API key when set, else the app's Entra
 * credential (RBAC: Search Index Data Contributor / Search Service Contributor). Plain-http endpoints are
 * accepted only on loopback (tests against a local server).
 */
export function createSearchClients(
  search: AzureSearchConfig,
  credential: TokenCredential | undefined,
): { client: SearchClient<SearchChunk>; indexClient: SearchIndexClient } {
  const auth = search.apiKey ? new AzureKeyCredential(search.apiKey) : credential;
  if (!auth) throw new Error('SEARCH_BACKEND=azure needs AZURE_SEARCH_API_KEY or an Entra credential');
  const loopback = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(search.endpoint);
  const options = loopback ? { allowInsecureConnection: true } : {};
  return {
    client: new SearchClient<SearchChunk>(search.endpoint, search.indexName, auth, options),
    indexClient: new SearchIndexClient(search.endpoint, auth, options),
  };
}
