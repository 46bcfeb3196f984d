import type { TurnContext } from 'botbuilder';

/** One current member of a conversation, as the Bot Framework connector lists it (`TeamsChannelAccount`). */
export interface RosterMember {
  /** Channel user id (`29:...`). */
  readonly id: string;
  /** Entra object id; absent for some guests and anonymous meeting participants. */
  readonly aadObjectId?: string;
  /** The member's home tenant; another tenant than the bot's marks an external (shared channel) member. */
  readonly tenantId?: string;
  /** Teams' role: `user`, `guest` or `anonymous`. */
  readonly userRole?: string;
}

/**
 * The narrow seam to a conversation's membership. `membersOf` lists every current member of the activity's
 * conversation (for a channel: the team's members and the channel's own members) and throws when the roster
 * cannot be read: it never returns a partial list. `forget` drops what an implementation cached for the
 * activity's conversation (called on `conversationUpdate` members added / removed).
 */
export interface ConversationRoster {
  membersOf(context: TurnContext): Promise<readonly RosterMember[]>;
  forget(context: TurnContext): void;
}
