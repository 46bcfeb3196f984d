import crypto from 'node:crypto';

/**
 * Signed links to the bot's document viewer and report downloads. A link names one document (or report file)
 * and the user it was issued to, and expires. The signature only proves that this server issued the link
 * unchanged and that it has not expired: it never lets anyone read by itself. The server decides who reads
 * (authenticated mode: the reader signed in with Entra ID and may read the document now; local mode, on
 * loopback only: the user named in the link may read it now). Signature: HMAC-SHA256 over
 * `docId \n userId \n expiry` with a server secret.
 */
export interface DocumentLinkSigner {
  readonly secret: string;
  /** Origin and path prefix of the viewer, e.g. `http://localhost:3978/docs`. */
  readonly viewerUrl: string;
  /** Lifetime of a link in seconds; default 1 hour (short-lived: a kept or forwarded link soon stops working). */
  readonly ttlSeconds?: number;
}

export const DEFAULT_LINK_TTL_SECONDS = 3600;

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
