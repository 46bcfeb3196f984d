import type { TurnContext } from 'botbuilder';
import type { ConversationRoster, RosterMember } from './ConversationRoster';
import { connectorRosterMembers } from './connectorRosterMembers';
import { teamIdOf } from './conversationKind';

export interface CachedRosterOptions {
  /** Reads the roster; default: the Bot Framework connector (`connectorRosterMembers`). */
  readonly read?: (context: TurnContext) => Promise<readonly RosterMember[]>;
  /** How long a roster is reused, in ms; default 60 s. Membership changes Teams reports drop it earlier. */
  readonly ttlMs?: number;
  /** Clock in ms; default `Date.now`. */
  readonly now?: () => number;
  /** Most conversations kept; the oldest entry is dropped beyond it. Default 1,000. */
  readonly maxEntries?: number;
}

interface Entry {
  readonly conversationId: string;
  readonly teamId: string | undefined;
  readonly members: readonly RosterMember[];
  readonly expiresAt: number;
}

/**
 * A `ConversationRoster` that reuses a conversation's roster for a short time. Failures are never cached (the
 * next turn reads again). `forget` drops the conversation's entry and, for a team, every channel of that team.
 */
export class CachedRoster implements ConversationRoster {
  private readonly entries = new Map<string, Entry>();
  private readonly read: (context: TurnContext) => Promise<readonly RosterMember[]>;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(options: CachedRosterOptions = {}) {
    this.read = options.read ?? connectorRosterMembers;
    this.ttlMs = options.ttlMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 1_000;
  }

  async membersOf(context: TurnContext): Promise<readonly RosterMember[]> {
    const conversationId = context.activity.conversation?.id ?? '';
    const teamId = teamIdOf(context.activity);
    const key = `${teamId ?? ''}|${conversationId}`;
    const cached = this.entries.get(key);
    if (cached && this.now() < cached.expiresAt) return cached.members;
    const members = await this.read(context);
    this.entries.delete(key);
    this.entries.set(key, { conversationId, teamId, members, expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return members;
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
