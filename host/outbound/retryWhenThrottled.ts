/** Bounds on retrying one throttled send. */
export interface ThrottleRetryOptions {
  /** Sends in all for one activity, the first included. Default 4 (three retries). */
  readonly maxAttempts?: number;
  /**
   * Most time one send may spend waiting between attempts, in ms. Default 10,000: the inbound request that
   * caused the send is still open, and Teams gives up on it after 15 s. A `Retry-After` longer than what is left
   * ends the retries at once instead of holding the turn.
   */
  readonly maxTotalWaitMs?: number;
  /** Wait before the first retry when a 429 names no usable `Retry-After`, doubled each retry. Default 1,000 ms. */
  readonly baseDelayMs?: number;
  /**
   * Random extra wait, up to this fraction of each wait (default 0.25), so sends throttled together do not all
   * come back at the same instant. Never shortens a `Retry-After`, never passes `maxTotalWaitMs`.
   */
  readonly jitter?: number;
  /** Uniform in [0, 1); default `Math.random`. */
  readonly random?: () => number;
  /** Waits `ms`; default a timer. Tests pass a virtual one. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** How a response was throttled: `retryAfterMs` as the server asked, or undefined when it named no usable wait. */
export interface Throttled {
  readonly retryAfterMs: number | undefined;
}

/** The last response and what it took to get it. `gaveUp`: the last response is still throttled. */
export interface ThrottledSendResult<R> {
  readonly response: R;
  readonly attempts: number;
  /** Every wait, in order, in ms. */
  readonly waitsMs: readonly number[];
  readonly gaveUp: boolean;
}

/**
 * Sends, and while `throttled(response)` says the send was refused for rate, waits and sends again: at least
 * the server's `Retry-After` (else `baseDelayMs` doubling), plus jitter, for at most `maxAttempts` sends and
 * `maxTotalWaitMs` of waiting. Errors thrown by `send` propagate at once (they are not throttling).
 */
export async function retryWhenThrottled<R>(
  send: () => Promise<R>,
  throttled: (response: R) => Throttled | undefined,
  options: ThrottleRetryOptions = {},
): Promise<ThrottledSendResult<R>> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const budget = options.maxTotalWaitMs ?? 10_000;
  const base = options.baseDelayMs ?? 1_000;
  const jitter = options.jitter ?? 0.25;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const waitsMs: number[] = [];
  let waited = 0;
  for (let attempt = 1; ; attempt += 1) {
    const response = await send();
    const verdict = throttled(response);
    if (!verdict) return { response, attempts: attempt, waitsMs, gaveUp: false };
    const least = verdict.retryAfterMs ?? base * 2 ** (attempt - 1);
    const left = budget - waited;
    if (attempt >= maxAttempts || least > left) return { response, attempts: attempt, waitsMs, gaveUp: true };
    const wait = Math.min(left, Math.ceil(least * (1 + jitter * random())));
    waitsMs.push(wait);
    waited += wait;
    await sleep(wait);
  }
}

/**
 * Reads a `Retry-After` header value as ms: delay seconds (`"2"`, `"1.5"`) or an HTTP date (relative to
 * `now`); undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
