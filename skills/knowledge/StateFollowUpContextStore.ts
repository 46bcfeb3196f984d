import type { ConversationStateStore } from '../state/ConversationStateStore';
import {
  DEFAULT_FOLLOW_UP_TTL_MS,
  DEFAULT_FOLLOW_UP_TURNS,
  type FollowUpContextStore,
  type FollowUpKey,
  type KnowledgeTurn,
} from './ConversationContext';

export interface StateFollowUpContextStoreOptions {
  /** The conversation state store every instance shares (SQLite file, or Azure Table Storage). */
  readonly state: ConversationStateStore;
  /** How long context lives after the last recorded turn, in ms; default `DEFAULT_FOLLOW_UP_TTL_MS` (30 min). */
  readonly ttlMs?: number;
  /** Turns kept per key (the newest); default `DEFAULT_FOLLOW_UP_TURNS` (3). */
  readonly maxTurns?: number;
  /** Clock in epoch ms (tests); default `Date.now`. */
  readonly now?: () => number;
}

/**
 * A `FollowUpContextStore` over the shared `ConversationStateStore`, so a follow-up sent to another instance
 * than the question before it continues that question. One document per (conversation, user), key
 * `followup:` + the JSON of the pair (no id can forge another pair), holding the turns and their own expiry
 * (the follow-up time-to-live is shorter than the state store's, which deletes the document later). Appends
 * write unconditionally: two knowledge questions of one person in one conversation at the same moment keep
 * the later write.
 */
export class StateFollowUpContextStore implements FollowUpContextStore {
  private readonly state: ConversationStateStore;
  private readonly ttlMs: number;
  private readonly maxTurns: number;
  private readonly now: () => number;

  constructor(options: StateFollowUpContextStoreOptions) {
    this.state = options.state;
    this.ttlMs = options.ttlMs ?? DEFAULT_FOLLOW_UP_TTL_MS;
    this.maxTurns = Math.max(1, options.maxTurns ?? DEFAULT_FOLLOW_UP_TURNS);
    this.now = options.now ?? Date.now;
  }

  async turns(key: FollowUpKey): Promise<readonly KnowledgeTurn[]> {
    const id = keyOf(key);
    const value = (await this.state.read([id])).get(id)?.value as
      { turns?: KnowledgeTurn[]; expiresAt?: number } | undefined;
    if (!value || typeof value.expiresAt !== 'number' || value.expiresAt <= this.now()) return [];
    return Array.isArray(value.turns) ? value.turns : [];
  }

  async append(key: FollowUpKey, turn: KnowledgeTurn): Promise<void> {
    const kept = await this.turns(key);
    await this.state.write(keyOf(key), {
      turns: [...kept, turn].slice(-this.maxTurns),
      expiresAt: this.now() + this.ttlMs,
    });
  }
}

function keyOf(key: FollowUpKey): string {
  return `followup:${JSON.stringify([key.conversationId, key.userId])}`;
}
