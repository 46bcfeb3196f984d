import crypto from 'node:crypto';

/** Default lifetime of a confirmation token: 24 hours. */
export const DEFAULT_CONFIRMATION_TTL_SECONDS = 24 * 3600;

export type ConsumeResult =
  | { readonly ok: true; readonly draft: unknown }
  | {
      readonly ok: false;
      readonly reason: 'unknown' | 'expired' | 'used' | 'cancelled' | 'wrong_user' | 'wrong_skill';
    };

/** Who may present a token, for which skill. */
export interface TokenHolder {
  readonly token: string;
  readonly userId: string;
  readonly skill: string;
}

/** What `ConfirmationStore.issue` is asked to hold until the user confirms. */
export interface ConfirmationRequest {
  /** The only user whose confirmation may consume the token. */
  userId: string;
  /** The only skill that may consume the token. */
  skill: string;
  /** The action awaiting confirmation (JSON-serialisable). */
  draft: unknown;
  /** Lifetime; default `DEFAULT_CONFIRMATION_TTL_SECONDS`. */
  ttlSeconds?: number;
}

/** An issued confirmation token and its expiry (ISO 8601). */
export interface IssuedConfirmation {
  token: string;
  expiresAt: string;
}

/**
 * Single-use confirmation tokens for consequential actions. The server issues a token for one user, one
 * skill and one stored draft; only a confirmation carrying that token, from that user, before expiry, and
 * for the first time, returns the draft.
 *
 * Contract every implementation keeps (`test/skills/confirm/ConfirmationStore.contract.ts`):
 * - `issue` returns a fresh unpredictable token (`newConfirmationToken`) and its expiry as an ISO time; the
 *   draft (JSON-serialisable) comes back from `consume` as a deep copy. Only `hashToken(token)` is stored.
 * - `consume` refuses, in this order, an unknown token, another user (`wrong_user`), another skill
 *   (`wrong_skill`), a used or revoked one (`used` / `cancelled`) and an expired one, and such a refusal leaves
 *   the token as it was. Claiming is atomic across every process sharing the store: for one token at most one
 *   caller ever gets `ok: true`.
 * - `check` gives the answer `consume` would give (with `draft: undefined` when ok) and changes nothing.
 * - `revoke` withdraws an unused token of that user and skill (it then consumes as `cancelled`); true when it did.
 */
export interface ConfirmationStore {
  /** Stores `draft` and returns the token to embed in the confirmation card. `ttlSeconds`: default 24 h. */
  issue(input: ConfirmationRequest): Promise<IssuedConfirmation>;
  /**
   * What `consume` would answer now, without consuming (a successful check carries no draft): lets a caller
   * do what must precede the action, its audit record, before the token is spent.
   */
  check(input: TokenHolder): Promise<ConsumeResult>;
  /** Consumes a token atomically: at most one caller ever gets `ok: true` for a token. */
  consume(input: TokenHolder): Promise<ConsumeResult>;
  /** Withdraws a pending token (the user discarded the card); true when this user's unused token was revoked. */
  revoke(input: TokenHolder): Promise<boolean>;
}

/** A new token: 32 random bytes, url-safe base64 (43 characters). */
export function newConfirmationToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** SHA-256 of a token, hex; the stored form of a token, also used to key idempotent confirmations. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
