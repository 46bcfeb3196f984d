import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { createEntraTokenVerifier } from '../../../host/http/verifyEntraToken';
import { SigningKeyCache } from '../../../host/http/SigningKeyCache';

const TENANT = '11111111-2222-3333-4444-555555555555';
const AUDIENCE = 'api://plugin';
const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;

interface Jwks {
  url: string;
  /** Requests received so far. */
  requests: number;
  /** Requests still unanswered (the server can be told to hold answers). */
  pending: number;
  hold: boolean;
  down: boolean;
  publish(kid: string, key: crypto.KeyObject): void;
  release(): void;
  close(): Promise<void>;
}

/** A JWKS endpoint on loopback that counts requests and can hold its answers or fail. */
async function startJwks(): Promise<Jwks> {
  const published = new Map<string, crypto.KeyObject>();
  const held: (() => void)[] = [];
  const state = { requests: 0, pending: 0, hold: false, down: false };
  const server = http.createServer((_req, res) => {
    state.requests += 1;
    state.pending += 1;
    const answer = () => {
      state.pending -= 1;
      if (state.down) {
        res.writeHead(503).end();
        return;
      }
      const keys = [...published].map(([kid, key]) => ({
        kty: 'RSA',
        use: 'sig',
        kid,
        ...key.export({ format: 'jwk' }),
      }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    };
    if (state.hold) held.push(answer);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/keys`,
    publish: (kid: string, key: crypto.KeyObject) => void published.set(kid, key),
    release: () => held.splice(0).forEach((answer) => answer()),
    close: () => {
      held.splice(0).forEach((answer) => answer());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

const pair = () => crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const mint = (kid: string, key: crypto.KeyObject) =>
  jwt.sign({ tid: TENANT, oid: 'user-1', aud: AUDIENCE, iss: ISSUER }, key, {
    algorithm: 'RS256',
    keyid: kid,
    expiresIn: 600,
  });
const until = async (test: () => boolean): Promise<void> => {
  for (let i = 0; i < 500 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(test(), 'condition never became true');
};

describe('signing keys: unknown key ids never block known ones', () => {
  let jwks: Jwks;
  let clock: number;
  const current = pair();
  beforeEach(async () => {
    jwks = await startJwks();
    jwks.publish('current', current.publicKey);
    clock = 1_000_000;
  });
  afterEach(() => jwks.close());

  const verifier = () =>
    createEntraTokenVerifier({
      audience: AUDIENCE,
      tenantId: TENANT,
      issuer: ISSUER,
      jwksUrl: jwks.url,
      keys: { now: () => clock, minIntervalMs: 60_000, maxAgeMs: 600_000 },
    });

  it('refuses a flood of forged key ids at once with one background fetch, while valid tokens keep working', async () => {
    const verify = verifier();
    await verify(`Bearer ${mint('current', current.privateKey)}`);
    assert.equal(jwks.requests, 1);
    clock += 61_000; // a refetch is allowed again
    jwks.hold = true;
    const stranger = pair();
    const forged = Array.from({ length: 200 }, (_, i) =>
      verify(`Bearer ${mint(`forged-${i}`, stranger.privateKey)}`),
    );
    const outcomes = await Promise.allSettled(forged);
    assert.ok(
      outcomes.every((o) => o.status === 'rejected'),
      'a forged token was accepted',
    );
    // The background fetch is held by the server, and a valid token is verified meanwhile.
    await until(() => jwks.pending === 1);
    const caller = await verify(`Bearer ${mint('current', current.privateKey)}`);
    assert.equal(caller.userId, 'user-1');
    assert.equal(jwks.pending, 1, 'the valid token did not wait for the key endpoint');
    assert.equal(jwks.requests, 2, '200 unknown kids caused at most one refetch');
    jwks.release();
  });

  it('finds a rotated key after one background refresh, refusing it at once before', async () => {
    const verify = verifier();
    await verify(`Bearer ${mint('current', current.privateKey)}`);
    const next = pair();
    jwks.publish('next', next.publicKey);
    clock += 61_000;
    await assert.rejects(verify(`Bearer ${mint('next', next.privateKey)}`));
    await until(() => jwks.requests === 2 && jwks.pending === 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal((await verify(`Bearer ${mint('next', next.privateKey)}`)).userId, 'user-1');
  });

  it('keeps serving the last good keys when the key endpoint fails', async () => {
    const cache = new SigningKeyCache({
      jwksUrl: jwks.url,
      now: () => clock,
      minIntervalMs: 1_000,
      maxAgeMs: 5_000,
    });
    assert.ok(await cache.get('current'));
    jwks.down = true;
    clock += 10_000;
    assert.ok(await cache.get('current'), 'stale key served while the refresh fails');
    await until(() => jwks.requests === 2 && jwks.pending === 0);
    assert.ok(await cache.get('current'), 'still served after the failed refresh');
  });

  it('refuses tokens without exp or issued in the future', async () => {
    const verify = verifier();
    const noExp = jwt.sign({ tid: TENANT, oid: 'u', aud: AUDIENCE, iss: ISSUER }, current.privateKey, {
      algorithm: 'RS256',
      keyid: 'current',
    });
    await assert.rejects(verify(`Bearer ${noExp}`));
    const future = jwt.sign(
      { tid: TENANT, oid: 'u', aud: AUDIENCE, iss: ISSUER, iat: Math.floor(Date.now() / 1000) + 3600 },
      current.privateKey,
      { algorithm: 'RS256', keyid: 'current', expiresIn: 7200 },
    );
    await assert.rejects(verify(`Bearer ${future}`));
  });
});
