import { TurnState, type DefaultConversationState } from '@microsoft/teams-ai';

/** A question the bot asked to fill a missing skill parameter; the next message answers it. */
export interface PendingFollowUp {
  skill: string;
  params: Record<string, unknown>;
  missing: string;
}

export interface ConversationState extends DefaultConversationState {
  pendingFollowUp?: PendingFollowUp;
}

export type AppTurnState = TurnState<ConversationState>;
