import jwt, { type JwtHeader, type JwtPayload, type SigningKeyCallback } from 'jsonwebtoken';
import type { SigningKeyCache } from '../SigningKeyCache';

/** Accepted clock difference on `exp`, `nbf` and `iat`, in seconds. */
const CLOCK_TOLERANCE_SECONDS = 120;

/**
 * Checks an OpenID Connect id_token received from the token endpoint: RS256 only, signed by a key of the
 * authority's JWKS (`keys`), `iss` = `issuer`, `aud` = `audience` (the app's client id), unexpired, `nonce`
 * = the one sent with the sign-in request, and non-empty `oid` and `tid`. Resolves the reader's object id and
 * tenant; rejects with the reason otherwise.
 */
export async function verifyIdToken(
  idToken: string,
  expected: { keys: SigningKeyCache; audience: string; issuer: string; nonce: string },
): Promise<{ userId: string; tenantId: string }> {
  if (!idToken || idToken.length > 16_384) throw new Error('no id_token');
  const getKey = (header: JwtHeader, callback: SigningKeyCallback) => {
    if (!header.kid || header.kid.length > 200) return callback(new Error('id_token has no usable kid'));
    expected.keys.get(header.kid).then(
      (key) => (key ? callback(null, key) : callback(new Error('unknown signing key'))),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  };
  const claims = await new Promise<JwtPayload>((resolve, reject) =>
    jwt.verify(
      idToken,
      getKey,
      {
        algorithms: ['RS256'],
        audience: expected.audience,
        issuer: expected.issuer,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      },
      (error, payload) => {
        if (error || typeof payload !== 'object' || payload === null)
          reject(new Error(error?.message ?? 'no payload'));
        else resolve(payload);
      },
    ),
  );
  if (typeof claims.exp !== 'number') throw new Error('id_token has no exp');
  if (claims.nonce !== expected.nonce) throw new Error('id_token nonce does not match the sign-in request');
  if (typeof claims.oid !== 'string' || !claims.oid) throw new Error('id_token has no oid');
  if (typeof claims.tid !== 'string' || !claims.tid) throw new Error('id_token has no tid');
  return { userId: claims.oid, tenantId: claims.tid };
}
