/** A cap on sends to one conversation: at most `max` in any `windowMs`. */
export interface SendLimit {
  readonly windowMs: number;
  readonly max: number;
}

/**
 * Teams' documented per-bot, per-conversation limits for sending to a conversation (Microsoft Learn, "Optimize
 * your bot with rate limiting in Teams"): 7 per second, 8 per 2 seconds, 60 per 30 seconds, 1,800 per hour.
 */
export const TEAMS_SEND_LIMITS: readonly SendLimit[] = [
  { windowMs: 1_000, max: 7 },
  { windowMs: 2_000, max: 8 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1_800 },
];

export interface ConversationRateLimiterOptions {
  /** Default `TEAMS_SEND_LIMITS`. */
  readonly limits?: readonly SendLimit[];
  /** Clock in epoch ms; default `Date.now`. */
  readonly now?: () => number;
  /** Waits `ms`; default a timer. Tests pass one that moves their clock. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Paces sends per conversation so that none of `limits` is ever exceeded (sliding windows over the times of
 * past sends). `acquire` resolves when a send may go out and counts it; callers for one conversation are served
 * in order, other conversations are not held up. A conversation's history is dropped once its longest window
 * has passed, so memory follows the conversations active in the last hour.
 */
export class ConversationRateLimiter {
  private readonly limits: readonly SendLimit[];
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly longest: number;
  private readonly sent = new Map<string, number[]>();
  private readonly queues = new Map<string, Promise<void>>();

  constructor(options: ConversationRateLimiterOptions = {}) {
    this.limits = options.limits ?? TEAMS_SEND_LIMITS;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.longest = Math.max(...this.limits.map((limit) => limit.windowMs));
  }

  /** Waits until a send to `conversationId` is within every limit, then counts it. */
  acquire(conversationId: string): Promise<void> {
    const previous = this.queues.get(conversationId) ?? Promise.resolve();
    const turn = previous.then(() => this.take(conversationId));
    this.queues.set(conversationId, turn);
    void turn.finally(() => {
      if (this.queues.get(conversationId) === turn) this.queues.delete(conversationId);
    });
    return turn;
  }

  /** How long a send to `conversationId` must wait now (0 = it may go). */
  waitMs(conversationId: string): number {
    const now = this.now();
    const times = this.recent(conversationId, now);
    let wait = 0;
    for (const { windowMs, max } of this.limits) {
      const inWindow = times.filter((time) => time > now - windowMs);
      // The oldest send that must leave the window before one more fits.
      const blocking = inWindow.length >= max ? inWindow[inWindow.length - max] : undefined;
      if (blocking !== undefined) wait = Math.max(wait, blocking + windowMs - now);
    }
    return wait;
  }

  private async take(conversationId: string): Promise<void> {
    for (let wait = this.waitMs(conversationId); wait > 0; wait = this.waitMs(conversationId))
      await this.sleep(wait);
    const now = this.now();
    const times = this.recent(conversationId, now);
    times.push(now);
    this.sent.set(conversationId, times);
  }

  private recent(conversationId: string, now: number): number[] {
    const times = (this.sent.get(conversationId) ?? []).filter((time) => time > now - this.longest);
    if (times.length === 0) this.sent.delete(conversationId);
    else this.sent.set(conversationId, times);
    // Now and then, forget conversations nothing was sent to within the longest window.
    if (this.sent.size > 1_000)
      for (const [id, list] of this.sent) if ((list.at(-1) ?? 0) <= now - this.longest) this.sent.delete(id);
    return times;
  }
}
