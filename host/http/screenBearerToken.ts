/** Longest `Authorization` header accepted (8 KB; Bot Framework tokens are ~1.5 KB, Entra tokens up to ~6 KB). */
export const MAX_AUTHORIZATION_CHARS = 8192;

/** Header parameters that would let a token name its own key; the keys come only from the configured JWKS. */
const KEY_LOCATING_HEADERS = ['jku', 'jwk', 'x5u', 'x5c', 'crit'] as const;

export type ScreenResult =
  { readonly ok: true; readonly token: string } | { readonly ok: false; readonly reason: string };

/**
 * A cheap structural screen of `Authorization: Bearer <JWT>`, run before any signature check or key lookup. It
 * refuses what no valid token can be, whatever its signature: a missing or non-Bearer header; one over
 * `MAX_AUTHORIZATION_CHARS`; a token that is not three base64url parts with a signature; a header that is not
 * `alg: RS256` with a `kid` of at most 128 characters, or that carries `jku`, `jwk`, `x5u`, `x5c` or `crit`; a
 * payload without a numeric `exp`, or with `exp` in the past, `nbf` or `iat` in the future (beyond
 * `toleranceSeconds`). Passing the screen proves nothing: the caller still verifies signature, issuer and
 * audience. `reason` is for the log only, never for the caller.
 */
export function screenBearerToken(
  authorization: string | undefined,
  nowSeconds: number,
  toleranceSeconds: number,
): ScreenResult {
  if (!authorization) return { ok: false, reason: 'no bearer token' };
  if (authorization.length > MAX_AUTHORIZATION_CHARS)
    return { ok: false, reason: 'oversized Authorization header' };
  const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization);
  if (!match?.[1] || !match[2] || !match[3]) return { ok: false, reason: 'malformed Authorization header' };
  const header = decodePart(match[1]);
  const payload = decodePart(match[2]);
  if (!header || !payload) return { ok: false, reason: 'token parts are not JSON objects' };
  if (header.alg !== 'RS256') return { ok: false, reason: 'token algorithm is not RS256' };
  if (typeof header.kid !== 'string' || header.kid.length === 0 || header.kid.length > 128)
    return { ok: false, reason: 'token has no usable kid' };
  const locating = KEY_LOCATING_HEADERS.find((name) => Object.hasOwn(header, name));
  if (locating) return { ok: false, reason: `token header carries ${locating}` };
  const { exp, nbf, iat } = payload;
  if (typeof exp !== 'number') return { ok: false, reason: 'token has no exp' };
  if (exp < nowSeconds - toleranceSeconds) return { ok: false, reason: 'token expired' };
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > nowSeconds + toleranceSeconds))
    return { ok: false, reason: 'token not yet valid' };
  if (iat !== undefined && (typeof iat !== 'number' || iat > nowSeconds + toleranceSeconds))
    return { ok: false, reason: 'token issued in the future' };
  return { ok: true, token: `${match[1]}.${match[2]}.${match[3]}` };
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
