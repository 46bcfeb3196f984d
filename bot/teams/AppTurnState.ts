import { TurnState, type DefaultConversationState } from '@microsoft/teams-ai';

import type { PendingFollowUp } from '../../host/turns/planRoute';

export type { PendingFollowUp };

export interface ConversationState extends DefaultConversationState {
  pendingFollowUp?: PendingFollowUp;
}

export type AppTurnState = TurnState<ConversationState>;
