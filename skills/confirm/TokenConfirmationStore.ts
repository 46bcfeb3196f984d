import {
  DEFAULT_CONFIRMATION_TTL_SECONDS,
  hashToken,
  newConfirmationToken,
  type ConfirmationRequest,
  type ConfirmationStore,
  type ConsumeResult,
  type IssuedConfirmation,
  type TokenHolder,
} from './ConfirmationStore';

/** A token as its store holds it (a row, an entity), read at one moment. */
export interface StoredToken {
  readonly userId: string;
  readonly skill: string;
  /** Epoch ms. */
  readonly expiresAt: number;
  /** True once the token was consumed or revoked. */
  readonly spent: boolean;
  /** True when it was revoked (spent by a discard, not a confirmation). */
  readonly cancelled: boolean;
}

/** What `issue` asks a store to insert under the token's hash. */
export interface NewToken {
  readonly userId: string;
  readonly skill: string;
  readonly draft: unknown;
  /** Epoch ms. */
  readonly expiresAt: number;
}

/**
 * The `ConfirmationStore` contract over a narrow persistence interface: a subclass inserts, reads and
 * conditionally spends one stored token keyed by `hashToken(token)` (the token itself is never stored); the
 * order of refusals, the expiry and single use are decided here, once. `spend` must be atomic across every
 * process sharing the store: it succeeds only when the token is still as `read` returned it.
 */
export abstract class TokenConfirmationStore<Held extends StoredToken> implements ConfirmationStore {
  protected readonly now: () => number;

  /** `now`: clock in epoch ms (tests); default `Date.now`. */
  protected constructor(now: (() => number) | undefined) {
    this.now = now ?? Date.now;
  }

  /** Stores a new unspent token under `tokenHash`. */
  protected abstract insert(tokenHash: string, token: NewToken): Promise<void>;
  /** The token stored under `tokenHash`, or undefined when there is none. */
  protected abstract read(tokenHash: string): Promise<Held | undefined>;
  /**
   * Marks `held` spent at `at` (and `cancelled` when asked) unless it changed since it was read; false when
   * another claim or revoke got there first.
   */
  protected abstract spend(tokenHash: string, held: Held, at: number, cancelled: boolean): Promise<boolean>;
  /** The draft `held` was issued with. */
  protected abstract draftOf(held: Held): unknown;

  async issue(input: ConfirmationRequest): Promise<IssuedConfirmation> {
    const token = newConfirmationToken();
    const expiresAt = this.now() + (input.ttlSeconds ?? DEFAULT_CONFIRMATION_TTL_SECONDS) * 1000;
    await this.insert(hashToken(token), {
      userId: input.userId,
      skill: input.skill,
      draft: input.draft,
      expiresAt,
    });
    return { token, expiresAt: new Date(expiresAt).toISOString() };
  }

  async check(input: TokenHolder): Promise<ConsumeResult> {
    const verdict = await this.verdict(input);
    return verdict.ok ? { ok: true, draft: undefined } : verdict;
  }

  async consume(input: TokenHolder): Promise<ConsumeResult> {
    const verdict = await this.verdict(input);
    if (!verdict.ok) return verdict;
    if (!(await this.spend(hashToken(input.token), verdict.held, this.now(), false))) {
      // Another claim (or a revoke) changed the token first: answer as it stands now.
      const now = await this.verdict(input);
      return now.ok ? { ok: false, reason: 'used' } : now;
    }
    return { ok: true, draft: this.draftOf(verdict.held) };
  }

  async revoke(input: TokenHolder): Promise<boolean> {
    // Any unspent token of this user and skill, also an expired one.
    const tokenHash = hashToken(input.token);
    const held = await this.read(tokenHash);
    if (!held || held.userId !== input.userId || held.skill !== input.skill || held.spent) return false;
    return this.spend(tokenHash, held, this.now(), true);
  }

  /** The refusal `consume` gives for `input` as the token stands now, or the token. */
  private async verdict(
    input: TokenHolder,
  ): Promise<{ ok: true; held: Held } | Extract<ConsumeResult, { ok: false }>> {
    const held = await this.read(hashToken(input.token));
    if (!held) return { ok: false, reason: 'unknown' };
    if (held.userId !== input.userId) return { ok: false, reason: 'wrong_user' };
    if (held.skill !== input.skill) return { ok: false, reason: 'wrong_skill' };
    if (held.spent) return { ok: false, reason: held.cancelled ? 'cancelled' : 'used' };
    if (held.expiresAt < this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, held };
  }
}
