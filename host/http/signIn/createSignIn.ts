import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ConfidentialClientApplication,
  CryptoProvider,
  ResponseMode,
  type AuthenticationResult,
  type INetworkModule,
} from '@azure/msal-node';
import { AppError } from '../../../skills/errors/AppError';
import type { AppConfig } from '../../config/AppConfig';
import { SigningKeyCache } from '../SigningKeyCache';
import { hostCookie, readCookie } from './cookies';
import { fetchNetworkModule } from './fetchNetworkModule';
import { openIdMetadataOf } from './openIdMetadata';
import { createValueSealer } from './sealedValue';
import { verifyIdToken } from './verifyIdToken';

/** The reader's session: who signed in (Entra object id and tenant). */
export const SESSION_COOKIE = '__Host-ka-session';
/** A sign-in in progress: state, nonce, PKCE verifier and the link to return to, sealed. */
export const SIGN_IN_COOKIE = '__Host-ka-signin';
/** Time a reader has to finish signing in. */
const SIGN_IN_WINDOW_MS = 10 * 60_000;
/** Only who the reader is: no API permission, no consent beyond sign-in. */
const SCOPES = ['openid', 'profile'];
/**
 * Where a sign-in may return to (path and query only, never another origin): a document or report link of
 * this server, or a page of the admin console.
 */
const RETURN_PATH =
  /^\/(?:(?:docs|reports)\?[A-Za-z0-9%._~*&=+-]{1,2000}|admin(?:\/[a-z]{1,20}(?:\.[a-z]{1,8})?){0,2})$/;

/** A reader who signed in with Entra ID. */
export interface SignedInReader {
  /** Entra object id (`oid`): the id the `Directory` resolves to principals. */
  readonly userId: string;
  readonly tenantId: string;
}

/** Entra ID sign-in of the people who open document and report links (authenticated mode). */
export interface SignIn {
  /** The reader signed in on this request (a valid, unexpired session cookie), or undefined. */
  readerOf(req: IncomingMessage): SignedInReader | undefined;
  /**
   * Answers the request with a redirect to the authority's sign-in page (authorization code flow with PKCE,
   * `state` and `nonce`), remembering `returnTo` (a `/docs?…` or `/reports?…` path, or an `/admin` page) in a
   * sealed cookie.
   */
  startSignIn(res: ServerResponse, returnTo: string): Promise<void>;
  /**
   * `GET /auth/callback?code=&state=`: checks the sign-in cookie and `state`, redeems the code with the PKCE
   * verifier, checks the id_token (signature against the authority's keys, issuer, audience, expiry, `nonce`),
   * sets the session cookie and redirects back to the link. Any failure: AppError `sign_in_failed` (401), the
   * reason only to `onRefused`; the authority unreachable: `sign_in_unavailable` (503).
   */
  completeSignIn(req: IncomingMessage, url: URL, res: ServerResponse): Promise<void>;
}

export interface SignInOptions {
  readonly config: NonNullable<AppConfig['signIn']>;
  /** The server's secret; the cookies are sealed with keys derived from it. */
  readonly secret: string;
  /** How MSAL, discovery and the key fetch reach the authority (MSAL's `system.networkClient`); default fetch. */
  readonly network?: INetworkModule;
  /**
   * Called with a reason code (lower_snake_case, fixed vocabulary, nothing from the request) for every refused
   * or failed sign-in: for the security events; never shown to the reader. `cause`: the underlying error's
   * message when there is one (for a debug log line only).
   */
  readonly onRefused?: (reason: string, cause?: string) => void;
}

/**
 * Sign-in through `@azure/msal-node`'s `ConfidentialClientApplication` (the app registration `config.clientId`
 * with its secret; redirect URI `config.redirectUri`). Sessions are sealed cookies (`__Host-`, HttpOnly,
 * Secure, SameSite=Lax) valid `config.sessionMinutes`; nothing is kept on the server, so any instance
 * completes a sign-in another started. MSAL's token cache is emptied after each sign-in: the bot needs the
 * reader's identity, never their tokens.
 */
export function createSignIn(options: SignInOptions): SignIn {
  const { config } = options;
  const network = options.network ?? fetchNetworkModule;
  const metadata = openIdMetadataOf(config.authority, network);
  const sessions = createValueSealer(options.secret, 'reader-session-v1');
  const pending = createValueSealer(options.secret, 'sign-in-transaction-v1');
  const pkce = new CryptoProvider();
  const refuse = (reason: string, cause?: unknown): never => {
    options.onRefused?.(reason, cause instanceof Error ? cause.message : undefined);
    throw new AppError('sign_in_failed');
  };
  let client:
    Promise<{ cca: ConfidentialClientApplication; keys: SigningKeyCache; issuer: string }> | undefined;
  const clientNow = () => {
    client ??= metadata().then((meta) => ({
      cca: new ConfidentialClientApplication({
        auth: {
          clientId: config.clientId,
          clientSecret: config.clientSecret,
          authority: config.authority,
          knownAuthorities: [new URL(config.authority).host],
          authorityMetadata: meta.raw,
        },
        system: { networkClient: network },
      }),
      keys: new SigningKeyCache({
        jwksUrl: meta.jwks_uri,
        fetchJson: async (url) => {
          const response = await network.sendGetRequestAsync<unknown>(url);
          if (response.status !== 200) throw new Error(`JWKS answered ${response.status}`);
          return response.body;
        },
        onFetchFailed: (reason) => options.onRefused?.('signing_keys_unavailable', reason),
      }),
      issuer: meta.issuer,
    }));
    return client.catch((error: unknown) => {
      client = undefined;
      options.onRefused?.('authority_unreachable', error instanceof Error ? error.message : undefined);
      throw new AppError('sign_in_unavailable', { cause: error });
    });
  };

  return {
    readerOf: (req) => {
      const session = sessions.open(readCookie(req, SESSION_COOKIE));
      if (typeof session?.u !== 'string' || typeof session.t !== 'string') return undefined;
      return { userId: session.u, tenantId: session.t };
    },

    startSignIn: async (res, returnTo) => {
      if (!RETURN_PATH.test(returnTo)) throw new AppError('link_invalid');
      const { cca } = await clientNow();
      const { verifier, challenge } = await pkce.generatePkceCodes();
      const state = crypto.randomBytes(32).toString('base64url');
      const nonce = crypto.randomBytes(32).toString('base64url');
      const location = await cca.getAuthCodeUrl({
        scopes: SCOPES,
        redirectUri: config.redirectUri,
        codeChallenge: challenge,
        codeChallengeMethod: 'S256',
        state,
        nonce,
        responseMode: ResponseMode.QUERY,
      });
      const sealed = pending.seal(
        { s: state, n: nonce, v: verifier, r: returnTo },
        Date.now() + SIGN_IN_WINDOW_MS,
      );
      res.writeHead(302, {
        location,
        'set-cookie': hostCookie(SIGN_IN_COOKIE, sealed, SIGN_IN_WINDOW_MS / 1000),
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      });
      res.end();
    },

    completeSignIn: async (req, url, res) => {
      const error = url.searchParams.get('error');
      if (error) refuse('authority_answered_error');
      const started = pending.open(readCookie(req, SIGN_IN_COOKIE));
      const { s: expectedState, n: nonce, v: verifier, r: returnTo } = started ?? {};
      if (
        typeof expectedState !== 'string' ||
        typeof nonce !== 'string' ||
        typeof verifier !== 'string' ||
        typeof returnTo !== 'string'
      )
        return refuse('no_sign_in_in_progress');
      const code = url.searchParams.get('code');
      const state = url.searchParams.get('state');
      if (!code || code.length > 8192 || !state || state.length > 512)
        return refuse('callback_without_code_or_state');
      if (!sameText(state, expectedState)) return refuse('state_mismatch');
      const { cca, keys, issuer } = await clientNow();
      let result: AuthenticationResult;
      try {
        result = await cca.acquireTokenByCode(
          {
            code,
            scopes: SCOPES,
            redirectUri: config.redirectUri,
            codeVerifier: verifier,
            state: expectedState,
            nonce,
          },
          { code, state },
        );
      } catch (exchange) {
        return refuse('code_exchange_failed', exchange);
      }
      if (result.account) await cca.getTokenCache().removeAccount(result.account);
      const reader = await verifyIdToken(result.idToken, {
        keys,
        audience: config.clientId,
        issuer,
        nonce,
      }).catch((invalid: unknown) => refuse('id_token_refused', invalid));
      const sessionMs = config.sessionMinutes * 60_000;
      res.writeHead(302, {
        location: returnTo,
        'set-cookie': [
          hostCookie(
            SESSION_COOKIE,
            sessions.seal({ u: reader.userId, t: reader.tenantId }, Date.now() + sessionMs),
            sessionMs / 1000,
          ),
          hostCookie(SIGN_IN_COOKIE, '', 0),
        ],
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      });
      res.end();
    },
  };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
