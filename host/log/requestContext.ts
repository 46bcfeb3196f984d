import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';

/**
 * Correlation ids of the request being served, carried through every await by AsyncLocalStorage: set at HTTP
 * entry (`runWithRequestContext`), completed at turn start (`annotateRequestContext` with the activity's ids),
 * read by the logger (`currentRequestContext`) so that any line written while serving a request carries them.
 * Ids are opaque strings, each cut to 128 characters; no user text, token or secret belongs here.
 */
export interface RequestContext {
  /** This server's id for the HTTP request (the caller's `x-request-id` when well-formed, else a new UUID). */
  requestId: string;
  /** Bot Framework activity id (`activity.id`). */
  activityId?: string;
  /** Bot Framework conversation id (`activity.conversation.id`). */
  conversationId?: string;
  /** The skill being run (plugin API calls, turns once routed). */
  skill?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();
const ID_MAX = 128;

/** A caller-supplied request id is kept only when it is short and plain (letters, digits, `._:-`). */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A JSON Web Token has this shape: a client that sends one as its request id must not get it logged. */
const JWT_LIKE = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\./;

/**
 * The request id for an incoming request: its `x-request-id` header when safe to echo and log (short, plain,
 * not a JWT), else a new UUID.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) && !JWT_LIKE.test(value) ? value : crypto.randomUUID();
}

/** Runs `work` with a fresh context holding `requestId`; everything it awaits sees that context. */
export function runWithRequestContext<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId: requestId.slice(0, ID_MAX) }, work);
}

/** The context of the request being served, or undefined outside one (start-up, timers, CLIs). */
export function currentRequestContext(): Readonly<RequestContext> | undefined {
  return storage.getStore();
}

/**
 * Adds ids to the current request's context (a no-op outside one). Undefined and empty values are ignored;
 * values are cut to 128 characters.
 */
export function annotateRequestContext(ids: Partial<Omit<RequestContext, 'requestId'>>): void {
  const context = storage.getStore();
  if (!context) return;
  for (const key of ['activityId', 'conversationId', 'skill'] as const) {
    const value = ids[key];
    if (typeof value === 'string' && value.length > 0) context[key] = value.slice(0, ID_MAX);
  }
}
