import jwt, { type JwtHeader, type JwtPayload, type SigningKeyCallback } from 'jsonwebtoken';
import { AppError } from '../../skills/errors/AppError';
import { reasonCode } from '../../skills/security/SecurityEvents';
import { screenBearerToken } from './screenBearerToken';
import { SigningKeyCache } from './SigningKeyCache';

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
  /** Signing-key cache timings (tests); defaults as in `SigningKeyCache`. */
  readonly keys?: { maxAgeMs?: number; minIntervalMs?: number; now?: () => number };
}

/** Thrown for every refused token: one generic 401, whatever check failed; `cause` is the reason's code (for the log). */
const refused = (reason: string) => new AppError('unauthorized', { cause: reasonCode(reason) });

/**
 * A verifier of Entra ID bearer tokens, validated locally: `Authorization: Bearer <JWT>` that passes
 * `screenBearerToken` (size, shape, no key-locating headers, `exp` required) and is signed RS256
 * (only; `none` and HMAC are refused) by a key from `jwksUrl` (`SigningKeyCache`: known keys answered from
 * memory, an unknown `kid` refused at once with at most one background refetch a minute, so forged tokens
 * never delay valid ones), `iss` = `issuer`, `aud` = `audience`, an `exp` (required) and `nbf` within the
 * clock tolerance, no `iat` in the future, `tid` = `tenantId` (else reason `foreign_tenant`, checked before the
 * issuer), and a non-empty `oid`. Any failure rejects
 * with AppError `unauthorized` (the reason goes only to `onRefused`). Create one verifier per server, so the
 * key cache is shared across requests.
 */
export function createEntraTokenVerifier(
  options: EntraTokenOptions,
): (authorization: string | undefined) => Promise<EntraCaller> {
  const keys = new SigningKeyCache({
    jwksUrl: options.jwksUrl,
    ...options.keys,
    onFetchFailed: (reason) => options.onRefused?.(`signing keys unavailable: ${reason}`),
  });
  const getKey = (header: JwtHeader, callback: SigningKeyCallback) => {
    if (!header.kid || header.kid.length > 200) return callback(new Error('token has no usable kid'));
    keys.get(header.kid).then(
      (key) => (key ? callback(null, key) : callback(new Error('unknown signing key'))),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  };
  const refuse = (reason: string): never => {
    options.onRefused?.(reason);
    throw refused(reason.startsWith('token rejected: ') ? 'token rejected' : reason);
  };
  return async (authorization) => {
    const screened = screenBearerToken(
      authorization,
      Date.now() / 1000,
      options.clockToleranceSeconds ?? 120,
    );
    if (!screened.ok) return refuse(screened.reason);
    const token = screened.token;
    const claims = await new Promise<JwtPayload>((resolve, reject) =>
      jwt.verify(
        token,
        getKey,
        {
          algorithms: ['RS256'],
          audience: options.audience,
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
    const tolerance = options.clockToleranceSeconds ?? 120;
    if (typeof claims.exp !== 'number') return refuse('token has no exp');
    if (typeof claims.iat === 'number' && claims.iat > Date.now() / 1000 + tolerance)
      return refuse('token issued in the future');
    // Entra signs every tenant's tokens with the same keys: a validly signed token of another tenant (its own
    // `tid` and issuer) is told apart from a forged one, as `foreign_tenant`, before the issuer is compared.
    if (claims.tid !== options.tenantId) return refuse('foreign tenant');
    if (claims.iss !== options.issuer) return refuse('token rejected: jwt issuer invalid');
    if (typeof claims.oid !== 'string' || !claims.oid) return refuse('token has no oid');
    return {
      userId: claims.oid,
      tenantId: claims.tid,
      ...(typeof claims.name === 'string' && claims.name ? { name: claims.name } : {}),
    };
  };
}
