import crypto from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import jwt from 'jsonwebtoken';
import { selfSignedCertificate } from './selfSignedCertificate';
import { closeServer } from './loopbackServer';

/** How the provider spoils the next id_token it issues (to prove the bot checks it). */
export type IdTokenFault = { readonly signer: 'stranger' } | { readonly claims: Record<string, unknown> };

export interface FakeOpenIdProvider {
  /** `https://127.0.0.1:<port>/<tenant>`: the SIGN_IN_AUTHORITY to configure. */
  readonly authority: string;
  /** The issuer of its id_tokens, `<authority>/v2.0` (as Entra's v2 endpoint names it). */
  readonly issuer: string;
  /** The provider's certificate (PEM): what a client must trust to reach it. */
  readonly ca: string;
  /** MSAL's network seam, over `https.request` trusting `ca` only. */
  readonly network: INetworkModule;
  /** Who is at the keyboard: the next `/authorize` signs this user in (undefined: nobody signs in). */
  signInAs(userId: string | undefined): void;
  /** Spoils the next id_token. */
  spoilNextIdToken(fault: IdTokenFault): void;
  /** Code exchanges the provider accepted, and the reasons of those it refused. */
  exchanges(): { accepted: number; refused: string[] };
  close(): Promise<void>;
}

interface IssuedCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly challenge: string;
  readonly nonce: string;
  readonly userId: string;
}

/**
 * An OpenID Provider on https://127.0.0.1 (port 0, a self-signed certificate) speaking Microsoft Entra ID's
 * documented v2 wire format for the authorization code flow with PKCE (RFC 6749, RFC 7636, OpenID Connect Core):
 * - `GET /<tenant>/v2.0/.well-known/openid-configuration`: the discovery document;
 * - `GET /<tenant>/oauth2/v2.0/authorize`: checks `client_id`, `response_type=code`, `redirect_uri`, `scope` with
 *   `openid`, `state`, `nonce` and an S256 `code_challenge`, then redirects (302) to `redirect_uri?code=&state=`
 *   for the user `signInAs` names (no user: a 200 sign-in page, no code);
 * - `POST /<tenant>/oauth2/v2.0/token` (form): redeems a code once, for the client it was issued to, with its
 *   secret, the same `redirect_uri` and the PKCE `code_verifier` whose SHA-256 is the challenge; answers
 *   `access_token`, `id_token` (RS256 with the test's own key: `iss`, `aud`, `oid`, `tid`, `nonce`, ...) and
 *   `client_info`; else 400 `invalid_grant` / `invalid_client`;
 * - `GET /<tenant>/discovery/v2.0/keys`: the JWKS.
 */
export async function startFakeOpenIdProvider(input: {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}): Promise<FakeOpenIdProvider> {
  const { cert, key } = selfSignedCertificate();
  const signing = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = crypto.randomBytes(12).toString('base64url');
  const jwk = signing.publicKey.export({ format: 'jwk' });
  const codes = new Map<string, IssuedCode>();
  const refused: string[] = [];
  let accepted = 0;
  let user: string | undefined;
  let fault: IdTokenFault | undefined;
  let base = '';
  const tenant = `/${input.tenantId}`;

  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const idToken = (code: IssuedCode) => {
    const now = Math.floor(Date.now() / 1000);
    const spoiled = fault;
    fault = undefined;
    const claims = {
      aud: code.clientId,
      iss: `${base}${tenant}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      name: 'Signed In User',
      nonce: code.nonce,
      oid: code.userId,
      preferred_username: `${code.userId}@example.com`,
      sub: crypto.createHash('sha256').update(code.userId).digest('base64url').slice(0, 43),
      tid: input.tenantId,
      ver: '2.0',
      ...(spoiled && 'claims' in spoiled ? spoiled.claims : {}),
    };
    const signer = spoiled && 'signer' in spoiled ? stranger.privateKey : signing.privateKey;
    return jwt.sign(claims, signer, { algorithm: 'RS256', header: { alg: 'RS256', typ: 'JWT', kid } });
  };

  const server = https.createServer({ cert, key }, (req, res) => {
    const url = new URL(req.url ?? '/', base);
    if (req.method === 'GET' && url.pathname === `${tenant}/v2.0/.well-known/openid-configuration`) {
      return json(res, 200, {
        issuer: `${base}${tenant}/v2.0`,
        authorization_endpoint: `${base}${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}${tenant}/oauth2/v2.0/token`,
        end_session_endpoint: `${base}${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${base}${tenant}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: [
          'client_secret_post',
          'private_key_jwt',
          'client_secret_basic',
        ],
        claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'name', 'oid', 'tid', 'ver'],
        tenant_region_scope: 'EU',
        cloud_instance_name: 'microsoftonline.com',
      });
    }
    if (req.method === 'GET' && url.pathname === `${tenant}/discovery/v2.0/keys`) {
      return json(res, 200, { keys: [{ kty: 'RSA', use: 'sig', kid, x5t: kid, n: jwk.n, e: jwk.e }] });
    }
    if (req.method === 'GET' && url.pathname === `${tenant}/oauth2/v2.0/authorize`) {
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      const problems = [
        q.get('client_id') === input.clientId ? '' : 'unknown client_id',
        q.get('response_type') === 'code' ? '' : 'response_type is not code',
        /^https:\/\//.test(redirectUri) ? '' : 'redirect_uri is not https',
        (q.get('scope') ?? '').split(' ').includes('openid') ? '' : 'scope lacks openid',
        q.get('state') ? '' : 'no state',
        q.get('nonce') ? '' : 'no nonce',
        q.get('code_challenge_method') === 'S256' && q.get('code_challenge') ? '' : 'no S256 code_challenge',
      ].filter(Boolean);
      if (problems.length > 0)
        return json(res, 400, { error: 'invalid_request', error_description: problems.join('; ') });
      if (!user) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><title>Sign in</title><form>Pick an account</form>');
      }
      const code = crypto.randomBytes(32).toString('base64url');
      codes.set(code, {
        clientId: input.clientId,
        redirectUri,
        challenge: q.get('code_challenge') ?? '',
        nonce: q.get('nonce') ?? '',
        userId: user,
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (req.method === 'POST' && url.pathname === `${tenant}/oauth2/v2.0/token`) {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const code = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const refuse = (error: string, reason: string) => {
          refused.push(reason);
          json(res, 400, { error, error_description: reason });
        };
        if (form.get('grant_type') !== 'authorization_code')
          return refuse('unsupported_grant_type', 'grant_type');
        if (form.get('client_id') !== input.clientId || form.get('client_secret') !== input.clientSecret)
          return refuse('invalid_client', 'client authentication failed');
        if (!code) return refuse('invalid_grant', 'unknown or used code');
        if (form.get('redirect_uri') !== code.redirectUri)
          return refuse('invalid_grant', 'redirect_uri differs');
        const verifier = form.get('code_verifier') ?? '';
        if (crypto.createHash('sha256').update(verifier).digest('base64url') !== code.challenge)
          return refuse('invalid_grant', 'code_verifier does not match the code_challenge');
        accepted += 1;
        json(res, 200, {
          token_type: 'Bearer',
          scope: 'openid profile',
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: crypto.randomBytes(32).toString('base64url'),
          id_token: idToken(code),
          client_info: Buffer.from(JSON.stringify({ uid: code.userId, utid: input.tenantId })).toString(
            'base64url',
          ),
        });
      });
      return;
    }
    json(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    authority: `${base}${tenant}`,
    issuer: `${base}${tenant}/v2.0`,
    ca: cert,
    network: trustingNetwork(cert),
    signInAs: (userId) => {
      user = userId;
    },
    spoilNextIdToken: (next) => {
      fault = next;
    },
    exchanges: () => ({ accepted, refused: [...refused] }),
    close: () => closeServer(server),
  };
}

/** An MSAL network module over `https.request` that trusts only `ca` (JSON bodies). */
export function trustingNetwork(ca: string): INetworkModule {
  const send = <T>(url: string, method: string, options?: NetworkRequestOptions) =>
    new Promise<NetworkResponse<T>>((resolve, reject) => {
      const req = https.request(url, { method, ca, headers: options?.headers ?? {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers))
            if (typeof value === 'string') headers[name] = value;
          try {
            resolve({
              headers,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as T,
              status: res.statusCode ?? 0,
            });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
      req.on('error', reject);
      req.end(method === 'POST' ? (options?.body ?? '') : undefined);
    });
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>(url, 'GET', options),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>(url, 'POST', options),
  };
}
