import type { TurnContext } from 'botbuilder';
import type { ConversationRoster, RosterMember } from './ConversationRoster';
import { connectorRosterMembers } from './connectorRosterMembers';
import { teamIdOf } from './conversationKind';

export interface CachedRosterOptions {
  /** Reads the roster; default: the Bot Framework connector (`connectorRosterMembers`). */
  readonly read?: (context: TurnContext) => Promise<readonly RosterMember[]>;
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
 * A `ConversationRoster` that reuses a conversation's roster for a short time (`ttlMs`), shares one read
 * between concurrent turns, bounds a read by `deadlineMs` and remembers a failure only for `failureTtlMs`.
 * `forget` drops the conversation's entry and, for a team, every channel of that team.
 */
export class CachedRoster implements ConversationRoster {
  private readonly entries = new Map<string, Entry>();
  private readonly read: (context: TurnContext) => Promise<readonly RosterMember[]>;
  private readonly ttlMs: number;
  private readonly failureTtlMs: number;
  private readonly deadlineMs: number;
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(options: CachedRosterOptions = {}) {
    this.read = options.read ?? connectorRosterMembers;
    this.ttlMs = options.ttlMs ?? 60_000;
    this.failureTtlMs = options.failureTtlMs ?? 15_000;
    this.deadlineMs = options.deadlineMs ?? 4_000;
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 1_000;
  }

  membersOf(context: TurnContext): Promise<readonly RosterMember[]> {
    const conversationId = context.activity.conversation?.id ?? '';
    const teamId = teamIdOf(context.activity);
    const key = `${teamId ?? ''}|${conversationId}`;
    const cached = this.entries.get(key);
    if (cached && this.now() < cached.expiresAt) return cached.result;
    const result = withDeadline(this.read(context), this.deadlineMs);
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

  forget(context: TurnContext): void {
    const conversationId = context.activity.conversation?.id;
    const teamId = teamIdOf(context.activity);
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
