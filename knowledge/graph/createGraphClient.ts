import type { TokenCredential } from '@azure/identity';
import {
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RedirectHandlerOptions,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import { originOf, ScopedAuthenticationHandler } from './ScopedAuthenticationHandler';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';
export const DEFAULT_GRAPH_SCOPES: readonly string[] = ['https://graph.microsoft.com/.default'];
/** The Graph API version every request and link uses. */
export const GRAPH_VERSION = 'v1.0';

export interface GraphClientOptions {
  readonly credential: TokenCredential;
  /** Origin of Graph; default `https://graph.microsoft.com`. Tests point it at a loopback fake. */
  readonly baseUrl?: string;
  /** Token scopes; default `['https://graph.microsoft.com/.default']` (app-only). */
  readonly scopes?: readonly string[];
}

/**
 * A Microsoft Graph client (v1.0) authenticated by an Azure `TokenCredential`.
 * Middleware: bearer token for the base URL's origin only, redirects followed (at most 5; `Authorization`
 * dropped when a redirect leaves the origin, e.g. to a pre-authenticated download URL), then fetch.
 * The SDK's RetryHandler is deliberately left out: wrap calls in `withGraphRetry`, which honours
 * `Retry-After` as a floor and has an injectable sleep, so calls are never retried by two layers.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const baseUrl = (options.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  const origin = originOf(baseUrl);
  if (!origin) throw new Error(`createGraphClient: invalid baseUrl ${baseUrl}`);
  const provider = new TokenCredentialAuthenticationProvider(options.credential, {
    scopes: [...(options.scopes ?? DEFAULT_GRAPH_SCOPES)],
  });
  return Client.initWithMiddleware({
    baseUrl: `${baseUrl}/`,
    defaultVersion: GRAPH_VERSION,
    middleware: [
      new ScopedAuthenticationHandler(provider, origin),
      new RedirectHandler(new RedirectHandlerOptions()),
      new HTTPMessageHandler(),
    ],
  });
}

/**
 * Turns an absolute Graph link (`@odata.nextLink`, `@odata.deltaLink`) into the path `client.api()` takes.
 * Throws for a link outside `<baseUrl>/v1.0/`, so a token is never sent where the configuration did not say.
 * A relative path is returned unchanged.
 */
export function graphApiPath(link: string, baseUrl: string = DEFAULT_GRAPH_BASE_URL): string {
  if (link.startsWith('/')) return link;
  const prefix = `${baseUrl.replace(/\/+$/, '')}/${GRAPH_VERSION}/`;
  if (!link.toLowerCase().startsWith(prefix.toLowerCase())) {
    throw new Error(`Graph link outside ${prefix}: refusing to follow it`);
  }
  return `/${link.slice(prefix.length)}`;
}
