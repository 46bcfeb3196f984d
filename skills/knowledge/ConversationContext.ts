/** Default time a conversation's knowledge context is kept after its last question: 30 minutes. */
export const DEFAULT_FOLLOW_UP_TTL_MS = 30 * 60 * 1000;
/** Default number of knowledge turns kept per conversation and user. */
export const DEFAULT_FOLLOW_UP_TURNS = 3;
/** Default number of (conversation, user) contexts an in-memory store holds; the oldest is dropped first. */
export const DEFAULT_FOLLOW_UP_KEYS = 10_000;

/**
 * Whose context it is. Context never crosses users or conversations: both ids are part of the key, so a
 * follow-up in a group chat only ever continues the same person's previous question.
 */
export interface FollowUpKey {
  readonly conversationId: string;
  readonly userId: string;
}

/** One answered knowledge question: the message as typed and the question it was understood as. */
export interface KnowledgeTurn {
  readonly message: string;
  /** The effective (standalone) question passed to `ask_knowledge`. */
  readonly question: string;
  /** Epoch ms when it was asked. */
  readonly at: number;
}

/**
 * Where follow-up context lives. Narrow on purpose, so an implementation over shared storage (several bot
 * instances) can replace the in-memory one. Contract (`test/skills/knowledge/FollowUpContextStore.contract.ts`,
 * run against every implementation): `turns` returns the key's turns oldest first, only
 * those recorded within the store's time-to-live (expired context is as if never recorded); `append` adds a
 * turn and keeps only the store's last few turns for the key.
 */
export interface FollowUpContextStore {
  turns(key: FollowUpKey): Promise<readonly KnowledgeTurn[]>;
  append(key: FollowUpKey, turn: KnowledgeTurn): Promise<void>;
}

export interface InMemoryFollowUpContextStoreOptions {
  /** How long context lives after the last recorded turn, in ms; default `DEFAULT_FOLLOW_UP_TTL_MS` (30 min). */
  readonly ttlMs?: number;
  /** Turns kept per key (the newest); default `DEFAULT_FOLLOW_UP_TURNS` (3). */
  readonly maxTurns?: number;
  /** Keys kept; past it the least recently written key is dropped. Default `DEFAULT_FOLLOW_UP_KEYS`. */
  readonly maxKeys?: number;
  /** Clock in epoch ms (tests); default `Date.now`. */
  readonly now?: () => number;
}

/** A process-local `FollowUpContextStore` with a time-to-live; context is lost on restart, by design. */
export class InMemoryFollowUpContextStore implements FollowUpContextStore {
  private readonly entries = new Map<string, { turns: KnowledgeTurn[]; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly maxTurns: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: InMemoryFollowUpContextStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_FOLLOW_UP_TTL_MS;
    this.maxTurns = Math.max(1, options.maxTurns ?? DEFAULT_FOLLOW_UP_TURNS);
    this.maxKeys = Math.max(1, options.maxKeys ?? DEFAULT_FOLLOW_UP_KEYS);
    this.now = options.now ?? Date.now;
  }

  async turns(key: FollowUpKey): Promise<readonly KnowledgeTurn[]> {
    const id = keyOf(key);
    const entry = this.entries.get(id);
    if (!entry) return [];
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(id);
      return [];
    }
    return [...entry.turns];
  }

  async append(key: FollowUpKey, turn: KnowledgeTurn): Promise<void> {
    const id = keyOf(key);
    const now = this.now();
    const previous = this.entries.get(id);
    const kept = previous && previous.expiresAt > now ? previous.turns : [];
    this.entries.delete(id);
    this.entries.set(id, { turns: [...kept, turn].slice(-this.maxTurns), expiresAt: now + this.ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxKeys) break;
      this.entries.delete(oldest);
    }
  }
}

/** Unambiguous map key: JSON of the pair, so no id can forge another pair by containing a separator. */
function keyOf(key: FollowUpKey): string {
  return JSON.stringify([key.conversationId, key.userId]);
}
