import type { TurnContext } from 'botbuilder';
import type { RosterMember } from '../../skills/access/RosterMember';

export type { RosterMember };

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
