import crypto from 'node:crypto';
import http from 'node:http';
import jwt from 'jsonwebtoken';
import { listenOnLoopback, closeServer } from './loopbackServer';

/** The public cloud's channel token issuer, as Bot Framework tokens carry it. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface ChannelMintOptions {
  /** `channel` (default): the key the metadata publishes; `stranger`: a key nobody published. */
  readonly signer?: 'channel' | 'stranger';
  /** `RS256` (default), `none` (unsigned) or `HS256` keyed with the channel's public key PEM (alg confusion). */
  readonly alg?: 'RS256' | 'none' | 'HS256';
  /** Header `kid`; default the channel key's. */
  readonly kid?: string;
  /** Extra header parameters (`jku`, `jwk`, `x5u`, …). */
  readonly header?: Record<string, unknown>;
}

export interface FakeBotFrameworkAuth {
  /** `channelAuth` for `createTeamsApp`: channel and emulator OpenID metadata on this server. */
  readonly channelAuth: { openIdMetadataUrl: string; tokenIssuer: string; emulatorOpenIdMetadataUrl: string };
  /** How many times the channel's key set was fetched. */
  keyRequests(): number;
  /**
   * A channel token shaped like the Bot Framework's: header `{ typ, alg, kid, x5t }`; claims `serviceurl`,
   * `iss`, `aud` (the bot's app id), `nbf`, `iat`, `exp` (+1 h), overridden by `claims` (`undefined` removes).
   */
  mintToken(claims?: Record<string, unknown>, options?: ChannelMintOptions): string;
  close(): Promise<void>;
}

/**
 * The Bot Framework's inbound token service on 127.0.0.1 (port 0), in its documented wire format: the OpenID
 * configuration at `/v1/.well-known/openidconfiguration` names `jwks_uri`, whose keys carry `endorsements`
 * (the channels a key may sign for, here `msteams`). Emulator metadata is served with no keys, so nothing
 * reaches the internet. Mints tokens with the published key or a stranger's.
 */
export async function startFakeBotFrameworkAuth(input: {
  appId: string;
  serviceUrl: string;
}): Promise<FakeBotFrameworkAuth> {
  const channel = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = crypto.randomBytes(12).toString('base64url');
  const jwk = channel.publicKey.export({ format: 'jwk' });
  let keyRequests = 0;
  let base = '';
  const routes: Record<string, () => unknown> = {
    '/v1/.well-known/openidconfiguration': () => ({
      issuer: CHANNEL_ISSUER,
      jwks_uri: `${base}/v1/.well-known/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
    }),
    '/v1/.well-known/keys': () => {
      keyRequests += 1;
      return {
        keys: [{ kty: 'RSA', use: 'sig', kid, x5t: kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }],
      };
    },
    '/emulator/.well-known/openid-configuration': () => ({ jwks_uri: `${base}/emulator/keys` }),
    '/emulator/keys': () => ({ keys: [] }),
  };
  const server = http.createServer((req, res) => {
    const route = req.method === 'GET' ? routes[req.url ?? ''] : undefined;
    res.writeHead(route ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(route ? route() : { error: 'not_found' }));
  });
  base = await listenOnLoopback(server);

  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const mintToken = (claims: Record<string, unknown> = {}, options: ChannelMintOptions = {}): string => {
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      serviceurl: input.serviceUrl,
      nbf: now - 5,
      exp: now + 3600,
      iat: now - 5,
      iss: CHANNEL_ISSUER,
      aud: input.appId,
    };
    for (const [name, value] of Object.entries(claims)) {
      if (value === undefined) delete payload[name];
      else payload[name] = value;
    }
    const header = { typ: 'JWT', kid: options.kid ?? kid, x5t: options.kid ?? kid, ...options.header };
    const alg = options.alg ?? 'RS256';
    if (alg === 'none') return `${part({ ...header, alg: 'none' })}.${part(payload)}.`;
    if (alg === 'HS256') {
      const secret = channel.publicKey.export({ type: 'spki', format: 'pem' });
      const signed = `${part({ ...header, alg: 'HS256' })}.${part(payload)}`;
      return `${signed}.${crypto.createHmac('sha256', secret).update(signed).digest('base64url')}`;
    }
    const key = options.signer === 'stranger' ? stranger.privateKey : channel.privateKey;
    return jwt.sign(payload, key, { algorithm: 'RS256', header: { ...header, alg: 'RS256' } });
  };

  return {
    channelAuth: {
      openIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
      tokenIssuer: CHANNEL_ISSUER,
      emulatorOpenIdMetadataUrl: `${base}/emulator/.well-known/openid-configuration`,
    },
    keyRequests: () => keyRequests,
    mintToken,
    close: () => closeServer(server),
  };
}
