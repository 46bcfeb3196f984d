import { BoundedMemo, memoisedPromise } from '../../knowledge/memo/BoundedMemo';

/** Connector clients (and user-token clients) kept at most; the least recently used is dropped. */
export const MAX_REUSED_CLIENTS = 64;

/** What is read of a turn's claims (botbuilder's `ClaimsIdentity`). */
export interface TurnClaims {
  getClaimValue(claimType: string): string | null;
}

/** A factory of connector clients (botbuilder's `ConnectorFactory`). */
export interface ClientFactory<C> {
  create(serviceUrl: string, audience?: string): Promise<C>;
}

/** What is read and replaced of an authenticated request (botbuilder's `AuthenticateRequestResult`). */
export interface AuthenticatedTurn<C> {
  readonly claimsIdentity: TurnClaims;
  readonly connectorFactory?: ClientFactory<C>;
}

/**
 * The app id botbuilder builds a turn's clients for (its `getAppId`): the token's audience (`aud`), else its
 * `appid` claim (Emulator); empty for anonymous (local) requests.
 */
function appIdOf(claims: TurnClaims): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}

/**
 * The Bot Framework clients botbuilder otherwise builds for every turn (a connector client `C` per service URL
 * and a user-token client `U`, each with its own HTTP pipeline), built once and reused. Contract: a client is
 * reused only for the same app id (from the turn's claims), service URL and audience, i.e. exactly the inputs
 * botbuilder builds it from (the rest of its configuration is the adapter's, fixed); at most `capacity` of each
 * kind are kept (least recently used dropped); a failed build is not kept. The clients hold no per-turn state.
 * SDK-free (structural types): `bot/` plugs it into the adapter.
 */
export class ReusedClients<C, U> {
  private readonly connectors: BoundedMemo<string, Promise<C>>;
  private readonly tokenClients: BoundedMemo<string, Promise<U>>;

  constructor(capacity = MAX_REUSED_CLIENTS) {
    this.connectors = new BoundedMemo(capacity);
    this.tokenClients = new BoundedMemo(capacity);
  }

  /** `authenticated` with a connector factory that reuses the clients its own factory built before. */
  reusing<A extends AuthenticatedTurn<C>>(authenticated: A): A {
    const built = authenticated.connectorFactory;
    if (!built) return authenticated;
    const appId = appIdOf(authenticated.claimsIdentity);
    const factory: ClientFactory<C> = {
      create: (serviceUrl, audience) =>
        memoisedPromise(this.connectors, JSON.stringify([appId, serviceUrl, audience ?? null]), () =>
          built.create(serviceUrl, audience),
        ),
    };
    return { ...authenticated, connectorFactory: factory };
  }

  /** The user-token client for `claims`, built by `build` the first time for their app id. */
  userTokenClient<T extends TurnClaims>(claims: T, build: (claims: T) => Promise<U>): Promise<U> {
    return memoisedPromise(this.tokenClients, appIdOf(claims), () => build(claims));
  }
}
