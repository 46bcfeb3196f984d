import type { ConnectorClientOptions } from 'botframework-connector';
import { AppError } from '../../../skills/errors/AppError';
import type { SecurityEvents } from '../../../skills/security/SecurityEvents';
import {
  parseRetryAfter,
  retryWhenThrottled,
  type ThrottleRetryOptions,
} from '../../../host/outbound/retryWhenThrottled';

/** The HTTP client seam of botbuilder's connector clients (`ServiceClientOptions.httpClient`). */
export type ConnectorHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type WebResource = Parameters<ConnectorHttpClient['sendRequest']>[0];
type CompatResponse = Awaited<ReturnType<ConnectorHttpClient['sendRequest']>>;
type HeadersLike = CompatResponse['headers'];

export interface ConnectorHttpClientOptions extends ThrottleRetryOptions {
  /** Where `throttled` events go (one per throttled send). */
  readonly events: SecurityEvents;
}

/**
 * The transport under every Bot Connector call the adapter makes (replies, card updates, proactive messages,
 * roster reads): a plain `fetch`, with Teams' throttling handled here, below botbuilder's own retry policy.
 * A 429 (or a 503 naming a `Retry-After`) is retried by `retryWhenThrottled` (default: at most 4 sends and
 * 10 s of waiting per send, at least `Retry-After`, jittered). A send that is still throttled then fails with
 * AppError `teams_throttled`, which botbuilder's retry policy does not retry (it retries only network errors
 * and 5xx responses it sees, and this client answers neither for a throttled send), so the two never stack.
 * Each throttled send records one `throttled` security event (reason `retried` or `gave_up`), correlated by the
 * activity it replies to (else the request id). Connector request bodies are JSON strings; other bodies are
 * refused with a plain error.
 */
export function createConnectorHttpClient(options: ConnectorHttpClientOptions): ConnectorHttpClient {
  return {
    sendRequest: async (request: WebResource): Promise<CompatResponse> => {
      const result = await retryWhenThrottled(
        () => sendOnce(request),
        (response) =>
          response.status === 429 || (response.status === 503 && response.headers.contains('retry-after'))
            ? { retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) }
            : undefined,
        options,
      );
      if (result.attempts > 1 || result.gaveUp)
        options.events.record({
          type: 'throttled',
          correlationId: correlationIdOf(request),
          surface: 'teams',
          reason: result.gaveUp ? 'gave_up' : 'retried',
          detail: {
            attempts: result.attempts,
            waitedMs: result.waitsMs.reduce((sum, ms) => sum + ms, 0),
            status: result.response.status,
          },
        });
      if (result.gaveUp) throw new AppError('teams_throttled');
      return result.response;
    },
  };
}

async function sendOnce(request: WebResource): Promise<CompatResponse> {
  const body: unknown = request.body;
  if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array))
    throw new Error('connector request body must be a string or bytes');
  const controller = new AbortController();
  const abort = () => controller.abort();
  request.abortSignal?.addEventListener('abort', abort);
  if (request.abortSignal?.aborted) controller.abort();
  const timer = request.timeout > 0 ? setTimeout(abort, request.timeout) : undefined;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers.rawHeaders(),
      ...(body === undefined || body === null ? {} : { body }),
      signal: controller.signal,
    });
    const bodyAsText = await response.text();
    return { request, status: response.status, headers: toHeadersLike(response.headers), bodyAsText };
  } finally {
    if (timer) clearTimeout(timer);
    request.abortSignal?.removeEventListener('abort', abort);
  }
}

/** The id of the activity a reply answers (`.../activities/{id}`), else the request's client id. */
function correlationIdOf(request: WebResource): string {
  const match = /\/activities\/([^/?#]+)/.exec(new URL(request.url).pathname);
  if (match?.[1]) return decodeURIComponent(match[1]);
  return request.requestId || 'none';
}

/** fetch's `Headers` in the shape botbuilder's compat layer reads (names case-insensitive). */
function toHeadersLike(headers: Headers): HeadersLike {
  const map = new Map<string, { name: string; value: string }>();
  headers.forEach((value, name) => map.set(name.toLowerCase(), { name, value }));
  const like: HeadersLike = {
    set: (name, value) => void map.set(name.toLowerCase(), { name, value: String(value) }),
    get: (name) => map.get(name.toLowerCase())?.value,
    contains: (name) => map.has(name.toLowerCase()),
    remove: (name) => map.delete(name.toLowerCase()),
    rawHeaders: () => Object.fromEntries([...map].map(([key, { value }]) => [key, value])),
    headersArray: () => [...map.values()].map(({ name, value }) => ({ name, value })),
    headerNames: () => [...map.values()].map(({ name }) => name),
    headerValues: () => [...map.values()].map(({ value }) => value),
    clone: () => toHeadersLike(new Headers(like.rawHeaders())),
    toJson: (opts) =>
      Object.fromEntries([...map].map(([key, { name, value }]) => [opts?.preserveCase ? name : key, value])),
  };
  return like;
}
