import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const ids = new WeakMap<IncomingMessage, string>();

/** A caller's `x-request-id` is kept only when short and plain (letters, digits, `._:-`) and not a JWT. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const JWT_LIKE = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\./;

/**
 * The correlation id of an HTTP request, the same on every call for one request: its `x-request-id` header when
 * safe to log, else a new UUID. Security events of plugin API and viewer requests carry it.
 */
export function requestId(req: IncomingMessage): string {
  let id = ids.get(req);
  if (!id) {
    const header = req.headers['x-request-id'];
    const value = Array.isArray(header) ? header[0] : header;
    id = value && SAFE_ID.test(value) && !JWT_LIKE.test(value) ? value : crypto.randomUUID();
    ids.set(req, id);
  }
  return id;
}
