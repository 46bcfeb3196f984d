import crypto, { type KeyObject } from 'node:crypto';

export interface SigningKeyCacheOptions {
  /** The JWKS document's URL (Entra: `https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys`). */
  readonly jwksUrl: string;
  /** Keys older than this are refreshed in the background (still served meanwhile); default 10 minutes. */
  readonly maxAgeMs?: number;
  /** Least time between two fetches, whatever asks for them; default 60 s. */
  readonly minIntervalMs?: number;
  /** Bound of one fetch; default 5 s. */
  readonly timeoutMs?: number;
  /** Clock (tests); default `Date.now`. */
  readonly now?: () => number;
  /** Called with the reason of a failed fetch (for the log). */
  readonly onFetchFailed?: (reason: string) => void;
  /**
   * Fetches the JWKS document and returns its parsed JSON, rejecting unless the answer is 200; default the
   * global `fetch` bounded by `timeoutMs`. (The sign-in reaches its authority through MSAL's network module.)
   */
  readonly fetchJson?: (url: string) => Promise<unknown>;
}

/**
 * The signing keys of a JWKS, served from memory so that no request waits on the network once keys are known:
 * - a known `kid` is answered from the cache at once, even when the keys are stale (a refresh then starts in
 *   the background) or when refreshing fails (the last good keys stay in use);
 * - an unknown `kid` is answered `undefined` at once (the caller refuses the token) and may start a background
 *   refresh, at most one per `minIntervalMs` whatever the number of unknown `kid`s, so forged tokens cannot
 *   flood the key endpoint or delay anyone;
 * - only the very first lookup, before any key is known, waits for a fetch (single flight, bounded by
 *   `timeoutMs`).
 * Accepts RSA keys (`kty: RSA`, with `kid`, not `use: enc`); anything else in the document is ignored.
 */
export class SigningKeyCache {
  private keys = new Map<string, KeyObject>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private lastAttempt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: SigningKeyCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The public key for `kid`, or undefined when the JWKS (as last fetched) has none. Never throws. */
  async get(kid: string): Promise<KeyObject | undefined> {
    if (this.fetchedAt === Number.NEGATIVE_INFINITY) await this.refresh(true);
    const key = this.keys.get(kid);
    const stale = this.now() - this.fetchedAt > (this.options.maxAgeMs ?? 10 * 60_000);
    if (!key || stale) void this.refresh(false);
    return key;
  }

  private refresh(first: boolean): Promise<void> {
    if (this.inFlight) return this.inFlight;
    const interval = this.options.minIntervalMs ?? 60_000;
    if (!first && this.now() - this.lastAttempt < interval) return Promise.resolve();
    this.lastAttempt = this.now();
    this.inFlight = this.fetchKeys()
      .then((keys) => {
        this.keys = keys;
        this.fetchedAt = this.now();
      })
      .catch((error: unknown) => {
        this.options.onFetchFailed?.(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private async fetchJson(url: string): Promise<unknown> {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
    return response.json();
  }

  private async fetchKeys(): Promise<Map<string, KeyObject>> {
    const fetched = await (this.options.fetchJson ?? ((url: string) => this.fetchJson(url)))(
      this.options.jwksUrl,
    );
    const body = (typeof fetched === 'object' && fetched !== null ? fetched : {}) as { keys?: unknown };
    if (!Array.isArray(body.keys)) throw new Error('JWKS has no keys array');
    const keys = new Map<string, KeyObject>();
    for (const entry of body.keys.slice(0, 100)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const jwk = entry as Record<string, unknown>;
      if (jwk.kty !== 'RSA' || typeof jwk.kid !== 'string' || jwk.use === 'enc') continue;
      if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') continue;
      try {
        keys.set(jwk.kid, crypto.createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }));
      } catch {
        // A malformed key is skipped; the others stay usable.
      }
    }
    if (keys.size === 0) throw new Error('JWKS has no usable RSA signing key');
    return keys;
  }
}
