/** Limits and seams of `withGraphRetry`. */
export interface GraphRetryOptions {
  /** Attempts in all, the first included; default 5. */
  readonly maxAttempts?: number;
  /** Most time spent waiting across all retries of one call; default 120 000 ms. A wait that would pass it is not started. */
  readonly maxTotalDelayMs?: number;
  /** First backoff delay when the server gives no `Retry-After`; default 1000 ms, doubled per attempt. */
  readonly baseDelayMs?: number;
  /** Cap of one backoff delay (never applied to a server's `Retry-After`); default 30 000 ms. */
  readonly maxBackoffMs?: number;
  /** Waits `ms` milliseconds; tests inject one that records the delay and resolves at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Current time in ms (used for an HTTP-date `Retry-After`); default `Date.now`. */
  readonly now?: () => number;
  /** Jitter source in [0, 1); default `Math.random`. */
  readonly random?: () => number;
}

/** Statuses worth retrying: throttling (429), unavailable (503), gateway timeout (504). */
export const RETRYABLE_STATUSES: readonly number[] = [429, 503, 504];

/**
 * Runs a Graph call, retrying throttled or unavailable responses (an error with `statusCode` 429, 503 or 504,
 * as `GraphError` has). A `Retry-After` header (delta-seconds or HTTP date) is a floor: the retry never comes
 * sooner. Without one, exponential backoff with jitter. Gives up, rethrowing the last error, after
 * `maxAttempts` or when the next wait would pass `maxTotalDelayMs`. Other errors are rethrown at once.
 * Use it instead of the graph client's RetryHandler (which caps `Retry-After` at 180 s and sleeps for real):
 * `createGraphClient` leaves that handler out, so a call is never retried twice over.
 */
export async function withGraphRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: GraphRetryOptions = {},
): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const budget = options.maxTotalDelayMs ?? 120_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let waited = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation(attempt);
    } catch (error) {
      const status = statusOf(error);
      if (status === undefined || !RETRYABLE_STATUSES.includes(status) || attempt >= maxAttempts) throw error;
      const delay = retryDelayMs(error, attempt, options);
      if (waited + delay > budget) throw error;
      waited += delay;
      await sleep(delay);
    }
  }
}

/** The HTTP status an error carries (`GraphError.statusCode`, or `status`), when it has one. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as { statusCode?: unknown; status?: unknown };
  const value = typeof record.statusCode === 'number' ? record.statusCode : record.status;
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/** Delay before retry number `attempt` (1-based): the `Retry-After` floor, else capped exponential backoff. */
export function retryDelayMs(error: unknown, attempt: number, options: GraphRetryOptions = {}): number {
  const retryAfter = retryAfterMs(headerOf(error, 'retry-after'), (options.now ?? Date.now)());
  if (retryAfter !== undefined) return retryAfter;
  const base = options.baseDelayMs ?? 1000;
  const cap = options.maxBackoffMs ?? 30_000;
  const exponential = Math.min(cap, base * 2 ** (attempt - 1));
  return Math.round(exponential * (0.5 + 0.5 * (options.random ?? Math.random)()));
}

/** Parses `Retry-After`: delta-seconds or an HTTP date (relative to `nowMs`); undefined when absent or invalid. */
export function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

function headerOf(error: unknown, name: string): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const headers = (error as { headers?: unknown }).headers;
  if (headers && typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  return undefined;
}
