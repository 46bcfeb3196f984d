import {
  AuthenticationConstants,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { BoundedMemo } from '../../knowledge/answer/BoundedMemo';

/** Connector clients (and user-token clients) kept at most; the least recently used is dropped. */
export const MAX_REUSED_CLIENTS = 64;

/**
 * The app id botbuilder builds a turn's clients for (its `getAppId`): the token's audience, else its `appid`
 * claim (Emulator); empty for anonymous (local) requests.
 */
function appIdOf(claims: ClaimsIdentity): string {
  return (
    claims.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claims.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/**
 * The Bot Framework clients botbuilder otherwise builds for every turn (a `ConnectorClient` per service URL and
 * a `UserTokenClient`, each with its own HTTP pipeline), built once and reused. Contract: a client is reused only
 * for the same app id (from the turn's claims), service URL and audience, i.e. exactly the inputs botbuilder
 * builds it from (the rest of its configuration is the adapter's, fixed); at most `capacity` of each kind are
 * kept (least recently used dropped); a failed build is not kept. The clients hold no per-turn state.
 */
export class ReusedClients {
  private readonly connectors: BoundedMemo<string, Promise<ConnectorClient>>;
  private readonly tokenClients: BoundedMemo<string, Promise<UserTokenClient>>;

  constructor(capacity = MAX_REUSED_CLIENTS) {
    this.connectors = new BoundedMemo(capacity);
    this.tokenClients = new BoundedMemo(capacity);
  }

  /** `authenticated` with a connector factory that reuses the clients its own factory built before. */
  reusing(authenticated: AuthenticateRequestResult): AuthenticateRequestResult {
    const built = authenticated.connectorFactory;
    if (!built) return authenticated;
    const appId = appIdOf(authenticated.claimsIdentity);
    const connectors = this.connectors;
    const factory = new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const key = JSON.stringify([appId, serviceUrl, audience ?? null]);
        return kept(connectors, key, () => built.create(serviceUrl, audience));
      }
    })();
    return { ...authenticated, connectorFactory: factory };
  }

  /** The user-token client for `claims`, built by `build` the first time for their app id. */
  userTokenClient(
    claims: ClaimsIdentity,
    build: (claims: ClaimsIdentity) => Promise<UserTokenClient>,
  ): Promise<UserTokenClient> {
    return kept(this.tokenClients, appIdOf(claims), () => build(claims));
  }
}

function kept<T>(memo: BoundedMemo<string, Promise<T>>, key: string, build: () => Promise<T>): Promise<T> {
  const client = memo.get(key, build);
  client.catch(() => memo.delete(key));
  return client;
}
