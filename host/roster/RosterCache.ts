import type { RosterMember } from '../../skills/access/RosterMember';

/** Which roster: a conversation, and for a channel its team (a team's membership change drops every channel's). */
export interface RosterPlace {
  readonly conversationId: string;
  readonly teamId: string | undefined;
}

export interface RosterCacheOptions {
  /** How long a roster is reused, in ms; default 60 s. Membership changes Teams reports drop it earlier. */
  readonly ttlMs?: number;
  /**
   * How long a failed read is remembered, in ms; default 15 s. Turns in that time fail at once (and answer from
   * documents open to everyone) instead of each waiting for the connector's retries again.
   */
  readonly failureTtlMs?: number;
  /** A read that takes longer than this, in ms, counts as failed; default 4 s. */
  readonly deadlineMs?: number;
  /** Clock in ms; default `Date.now`. */
  readonly now?: () => number;
  /** Most conversations kept; the oldest entry is dropped beyond it. Default 1,000. */
  readonly maxEntries?: number;
}

interface Entry {
  readonly conversationId: string;
  readonly teamId: string | undefined;
  readonly result: Promise<readonly RosterMember[]>;
  /** Set once the read settled: until then concurrent turns share the pending read. */
  expiresAt: number;
}

/**
 * Reuses a conversation's roster for a short time (`ttlMs`), shares one read between concurrent turns, bounds a
 * read by `deadlineMs` and remembers a failure only for `failureTtlMs`. `forget` drops the conversation's entry
 * and, for a team, every channel of that team. Holds at most `maxEntries` conversations (oldest dropped).
 */
export class RosterCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly failureTtlMs: number;
  private readonly deadlineMs: number;
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(options: RosterCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.failureTtlMs = options.failureTtlMs ?? 15_000;
    this.deadlineMs = options.deadlineMs ?? 4_000;
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 1_000;
  }

  /** The place's members: cached, or from `read` (shared by concurrent callers until it settles). */
  membersOf(
    place: RosterPlace,
    read: () => Promise<readonly RosterMember[]>,
  ): Promise<readonly RosterMember[]> {
    const { conversationId, teamId } = place;
    const key = `${teamId ?? ''}|${conversationId}`;
    const cached = this.entries.get(key);
    if (cached && this.now() < cached.expiresAt) return cached.result;
    const result = withDeadline(read(), this.deadlineMs);
    const entry: Entry = { conversationId, teamId, result, expiresAt: Number.POSITIVE_INFINITY };
    result.then(
      () => (entry.expiresAt = this.now() + this.ttlMs),
      () => (entry.expiresAt = this.now() + this.failureTtlMs),
    );
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return result;
  }

  /** Drops the place's entry and, for a team, every channel of that team. */
  forget(place: Partial<RosterPlace>): void {
    const { conversationId, teamId } = place;
    for (const [key, entry] of this.entries) {
      const sameTeam = teamId !== undefined && entry.teamId === teamId;
      if (sameTeam || entry.conversationId === conversationId) this.entries.delete(key);
    }
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`roster read took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
