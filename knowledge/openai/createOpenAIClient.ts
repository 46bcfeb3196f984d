import { getBearerTokenProvider, type TokenCredential } from '@azure/identity';
import { AzureOpenAI, OpenAI } from 'openai';

/** Entra scope of Azure OpenAI, for tokens of the app's credential. */
export const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';

/**
 * Where a model lives, as configured: OpenAI or any OpenAI-compatible server (`baseUrl`), or an Azure OpenAI
 * deployment (API key, else the app's Entra credential: role Cognitive Services OpenAI User).
 */
export type OpenAIEndpointConfig =
  | { provider: 'openai'; model: string; apiKey?: string; baseUrl?: string }
  | { provider: 'azure-openai'; endpoint: string; deployment: string; apiVersion: string; apiKey?: string };

/** An endpoint plus the credential used for Azure OpenAI when there is no `apiKey`. */
export type OpenAIEndpoint = OpenAIEndpointConfig & { credential?: TokenCredential };

/**
 * The SDK client for an endpoint, with the SDK's own timeout and retries (which honour `Retry-After`), and the
 * model or deployment name requests use. Throws for an Azure endpoint without a key or credential.
 */
export function createOpenAIClient(
  endpoint: OpenAIEndpoint,
  options: { timeoutMs: number; maxRetries: number },
): { client: OpenAI; model: string } {
  const { timeoutMs: timeout, maxRetries } = options;
  if (endpoint.provider === 'openai') {
    return {
      model: endpoint.model,
      client: new OpenAI({
        // OpenAI-compatible local servers accept any key; the SDK insists on one.
        apiKey: endpoint.apiKey ?? 'no-key',
        ...(endpoint.baseUrl ? { baseURL: endpoint.baseUrl } : {}),
        timeout,
        maxRetries,
      }),
    };
  }
  const auth = azureOpenAIAuth(endpoint.apiKey, endpoint.credential);
  return {
    model: endpoint.deployment,
    client: new AzureOpenAI({
      endpoint: endpoint.endpoint.replace(/\/+$/, ''),
      deployment: endpoint.deployment,
      apiVersion: endpoint.apiVersion,
      timeout,
      maxRetries,
      ...auth,
    }),
  };
}

/**
 * How a client authenticates to Azure OpenAI: with the API key when there is one, else with Entra tokens of
 * `credential` for `COGNITIVE_SERVICES_SCOPE`. Throws when there is neither.
 */
export function azureOpenAIAuth(
  apiKey: string | undefined,
  credential: TokenCredential | undefined,
): { apiKey: string } | { azureADTokenProvider: () => Promise<string> } {
  if (apiKey) return { apiKey };
  if (credential)
    return { azureADTokenProvider: getBearerTokenProvider(credential, COGNITIVE_SERVICES_SCOPE) };
  throw new Error('Azure OpenAI needs an API key or an Entra credential');
}
