import type { INetworkModule } from '@azure/msal-node';
import { z } from 'zod/v4';

const https = z.url({ protocol: /^https$/ });

/** The parts of an OpenID Provider's discovery document the sign-in uses (OpenID Connect Discovery 1.0). */
export const OpenIdMetadata = z.looseObject({
  issuer: https,
  authorization_endpoint: https,
  token_endpoint: https,
  jwks_uri: https,
});
export type OpenIdMetadata = z.infer<typeof OpenIdMetadata>;

/**
 * The discovery document of an Entra ID authority (`https://<host>/<tenant>`), at the path Entra serves it:
 * `<authority>/v2.0/.well-known/openid-configuration`. Fetched on first use and kept for `maxAgeMs` (default
 * 24 hours); a failed fetch is retried on the next call. Rejects when the document is unreachable or lacks an
 * https issuer, authorization, token or keys endpoint.
 */
export function openIdMetadataOf(
  authority: string,
  network: INetworkModule,
  maxAgeMs = 24 * 3600_000,
): () => Promise<OpenIdMetadata & { readonly raw: string }> {
  let cached: { at: number; value: OpenIdMetadata & { raw: string } } | undefined;
  return async () => {
    if (cached && Date.now() - cached.at < maxAgeMs) return cached.value;
    const response = await network.sendGetRequestAsync<unknown>(
      `${authority}/v2.0/.well-known/openid-configuration`,
    );
    if (response.status !== 200) throw new Error(`discovery answered ${response.status}`);
    const parsed = OpenIdMetadata.safeParse(response.body);
    if (!parsed.success) throw new Error('discovery document lacks an https issuer or endpoint');
    cached = { at: Date.now(), value: { ...parsed.data, raw: JSON.stringify(response.body) } };
    return cached.value;
  };
}
