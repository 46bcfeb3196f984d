import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { closeServer } from './loopbackServer';

export interface MintOptions {
  /** `tenant` (default): the key the JWKS publishes; `stranger`: a key nobody published. */
  readonly signer?: 'tenant' | 'stranger';
  /** `RS256` (default), `none` (unsigned) or `HS256` keyed with the tenant's public key PEM (alg confusion). */
  readonly alg?: 'RS256' | 'none' | 'HS256';
  /** Header `kid`; default the tenant key's kid (also for `stranger`, as an attacker would). */
  readonly kid?: string;
  /** Claims to leave out of the defaults, e.g. `['oid']`. */
  readonly omit?: readonly string[];
  /** Extra header parameters (`jku`, `jwk`, `x5u`, …), as a forger would add them. */
  readonly header?: Record<string, unknown>;
}

export interface FakeEntra {
  readonly tenantId: string;
  /** The v2 issuer of the tenant, `https://login.microsoftonline.com/<tenant>/v2.0`. */
  readonly issuer: string;
  /** `http://127.0.0.1:<port>/<tenant>/discovery/v2.0/keys`. */
  readonly jwksUrl: string;
  /** How many times the JWKS was fetched. */
  jwksRequests(): number;
  /**
   * A v2 access token for `audience` shaped like Entra's: header `{ typ, alg, kid }`; claims `aud`, `iss`,
   * `iat`, `nbf`, `exp` (+1 h), `tid`, `oid`, `sub`, `name`, `scp`, `ver: "2.0"`, overridden by `claims`
   * (an `undefined` value removes a claim); `options.omit` then removes claims.
   */
  mintToken(claims?: Record<string, unknown>, options?: MintOptions): string;
  close(): Promise<void>;
}

/**
 * A Microsoft Entra ID stand-in on 127.0.0.1 (port 0): serves the tenant's signing keys at
 * `GET /<tenant>/discovery/v2.0/keys` in the JWKS shape Entra uses (`{ keys: [{ kty, use, kid, x5t, n, e }] }`)
 * and mints tokens signed with the matching private key (or a stranger's).
 */
export async function startFakeEntra(input: { tenantId: string; audience: string }): Promise<FakeEntra> {
  const tenant = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = crypto.randomBytes(12).toString('base64url');
  const jwk = tenant.publicKey.export({ format: 'jwk' });
  let requests = 0;
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === `/${input.tenantId}/discovery/v2.0/keys`) {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid, x5t: kid, n: jwk.n, e: jwk.e }] }));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not_found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `https://login.microsoftonline.com/${input.tenantId}/v2.0`;

  const mintToken = (claims: Record<string, unknown> = {}, options: MintOptions = {}): string => {
    const now = Math.floor(Date.now() / 1000);
    const oid = typeof claims.oid === 'string' ? claims.oid : crypto.randomUUID();
    const payload: Record<string, unknown> = {
      aud: input.audience,
      iss: issuer,
      iat: now,
      nbf: now,
      exp: now + 3600,
      tid: input.tenantId,
      oid,
      sub: crypto.createHash('sha256').update(oid).digest('base64url').slice(0, 43),
      name: 'Test User',
      scp: 'access_as_user',
      ver: '2.0',
    };
    for (const [name, value] of Object.entries(claims)) {
      if (value === undefined) delete payload[name];
      else payload[name] = value;
    }
    for (const name of options.omit ?? []) delete payload[name];
    const header = { typ: 'JWT', kid: options.kid ?? kid, ...options.header };
    const alg = options.alg ?? 'RS256';
    if (alg === 'none') {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${part({ ...header, alg: 'none' })}.${part(payload)}.`;
    }
    if (alg === 'HS256') {
      const secret = tenant.publicKey.export({ type: 'spki', format: 'pem' });
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const signed = `${part({ ...header, alg: 'HS256' })}.${part(payload)}`;
      return `${signed}.${crypto.createHmac('sha256', secret).update(signed).digest('base64url')}`;
    }
    const key = options.signer === 'stranger' ? stranger.privateKey : tenant.privateKey;
    return jwt.sign(payload, key, { algorithm: 'RS256', header: { ...header, alg: 'RS256' } });
  };

  return {
    tenantId: input.tenantId,
    issuer,
    jwksUrl: `http://127.0.0.1:${port}/${input.tenantId}/discovery/v2.0/keys`,
    jwksRequests: () => requests,
    mintToken,
    close: () => closeServer(server),
  };
}
