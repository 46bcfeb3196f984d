import crypto from 'node:crypto';

/**
 * Signed links to the local document viewer. A link names one document and one user and expires; the
 * viewer also re-checks the user's current access, so a link forwarded to someone else, or kept after the
 * user lost access, shows nothing. Signature: HMAC-SHA256 over `docId \n userId \n expiry` with a server secret.
 */
export interface DocumentLinkSigner {
  readonly secret: string;
  /** Origin and path prefix of the viewer, e.g. `http://localhost:3978/docs`. */
  readonly viewerUrl: string;
  /** Lifetime of a link in seconds; default 24 hours (short-lived: a kept or forwarded link soon stops working). */
  readonly ttlSeconds?: number;
}

export const DEFAULT_LINK_TTL_SECONDS = 24 * 3600;

function signature(secret: string, docId: string, userId: string, expires: number): string {
  return crypto.createHmac('sha256', secret).update(`${docId}\n${userId}\n${expires}`).digest('base64url');
}

export function signDocumentLink(
  signer: DocumentLinkSigner,
  link: { docId: string; userId: string; anchor?: string; nowMs?: number },
): string {
  const expires =
    Math.floor((link.nowMs ?? Date.now()) / 1000) + (signer.ttlSeconds ?? DEFAULT_LINK_TTL_SECONDS);
  const query = new URLSearchParams({
    d: link.docId,
    u: link.userId,
    e: String(expires),
    s: signature(signer.secret, link.docId, link.userId, expires),
  });
  return `${signer.viewerUrl}?${query.toString()}${link.anchor ? `#${encodeURIComponent(link.anchor)}` : ''}`;
}

/** Returns the link's document and user when the signature is valid and unexpired; undefined otherwise. */
export function verifyDocumentLink(
  secret: string,
  query: URLSearchParams,
  nowMs = Date.now(),
): { docId: string; userId: string } | undefined {
  const docId = query.get('d');
  const userId = query.get('u');
  const expires = Number(query.get('e'));
  const given = query.get('s');
  if (!docId || !userId || !given || !Number.isInteger(expires)) return undefined;
  if (expires * 1000 < nowMs) return undefined;
  const expected = Buffer.from(signature(secret, docId, userId, expires));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) return undefined;
  return { docId, userId };
}
