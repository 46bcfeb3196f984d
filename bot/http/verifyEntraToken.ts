import jwt, { type JwtHeader, type JwtPayload, type SigningKeyCallback } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import { AppError } from '../../skills/errors/AppError';

/** Who a valid token speaks for. */
export interface EntraCaller {
  /** Entra object id of the user (`oid`). */
  readonly userId: string;
  /** Tenant id (`tid`), always the configured tenant. */
  readonly tenantId: string;
  /** Display name (`name` claim) when the token carries one. */
  readonly name?: string;
}

export interface EntraTokenOptions {
  readonly audience: string;
  readonly tenantId: string;
  readonly jwksUrl: string;
  readonly issuer: string;
  /** Accepted clock difference for `exp`/`nbf`, in seconds; default 120. */
  readonly clockToleranceSeconds?: number;
  /** Called with the reason of every refusal (for the log; never sent to the caller). */
  readonly onRefused?: (reason: string) => void;
}

/** Thrown for every refused token: one generic 401, whatever check failed. */
const refused = () => new AppError('unauthorized');

/**
 * A verifier of Entra ID bearer tokens, validated locally: `Authorization: Bearer <JWT>` signed RS256
 * (only; `none` and HMAC are refused) by a key from `jwksUrl` (fetched on first use, cached 10 minutes,
 * at most 10 fetches a minute, unknown `kid` triggers a refetch within that limit), `iss` = `issuer`,
 * `aud` = `audience`, within `exp`/`nbf` (+- the clock tolerance), `tid` = `tenantId`, and a non-empty
 * `oid`. Any failure rejects with AppError `unauthorized` (the reason goes only to `onRefused`). Create one
 * verifier per server, so the key cache is shared across requests.
 */
export function createEntraTokenVerifier(
  options: EntraTokenOptions,
): (authorization: string | undefined) => Promise<EntraCaller> {
  const jwks = new JwksClient({
    jwksUri: options.jwksUrl,
    cache: true,
    cacheMaxAge: 10 * 60_000,
    cacheMaxEntries: 20,
    rateLimit: true,
    jwksRequestsPerMinute: 10,
    timeout: 5_000,
  });
  const getKey = (header: JwtHeader, callback: SigningKeyCallback) => {
    if (!header.kid) return callback(new Error('token has no kid'));
    jwks.getSigningKey(header.kid, (error, key) => callback(error, key?.getPublicKey()));
  };
  const refuse = (reason: string): never => {
    options.onRefused?.(reason);
    throw refused();
  };
  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
    if (!match?.[1]) return refuse(authorization ? 'malformed Authorization header' : 'no bearer token');
    const token = match[1];
    const claims = await new Promise<JwtPayload>((resolve, reject) =>
      jwt.verify(
        token,
        getKey,
        {
          algorithms: ['RS256'],
          audience: options.audience,
          issuer: options.issuer,
          clockTolerance: options.clockToleranceSeconds ?? 120,
        },
        (error, payload) => {
          if (error || typeof payload !== 'object' || payload === null)
            reject(new Error(error?.message ?? 'no payload'));
          else resolve(payload);
        },
      ),
    ).catch((error: unknown) =>
      refuse(`token rejected: ${error instanceof Error ? error.message : 'unknown'}`),
    );
    if (claims.tid !== options.tenantId) return refuse('token is from another tenant');
    if (typeof claims.oid !== 'string' || !claims.oid) return refuse('token has no oid');
    return {
      userId: claims.oid,
      tenantId: claims.tid,
      ...(typeof claims.name === 'string' && claims.name ? { name: claims.name } : {}),
    };
  };
}
