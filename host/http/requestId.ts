import type { IncomingMessage } from 'node:http';
import { currentRequestContext, requestIdFrom } from '../log/requestContext';

/** Ids given to requests served outside a request context (handlers called directly, as in some tests). */
const ids = new WeakMap<IncomingMessage, string>();

/**
 * The correlation id of an HTTP request, the same on every call for one request: the id `createServer` put in
 * the request context (and in the `x-request-id` response header), so security events, logs and spans of one
 * request share it; outside a context, the request's own `x-request-id` when safe to log, else a new UUID
 * (`requestIdFrom`), remembered for the request.
 */
export function requestId(req: IncomingMessage): string {
  const fromContext = currentRequestContext()?.requestId;
  if (fromContext) return fromContext;
  let id = ids.get(req);
  if (!id) {
    id = requestIdFrom(req.headers['x-request-id']);
    ids.set(req, id);
  }
  return id;
}
