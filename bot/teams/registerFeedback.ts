import type { Application } from '@microsoft/teams-ai';
import type { Services } from '../../host/compose';
import { recordFeedback } from '../../host/turns/recordFeedback';
import type { AppTurnState } from './AppTurnState';
import { resolveUser } from './resolveUser';

/** Teams' feedback loop (thumbs up/down on AI answers): stored and audited by `recordFeedback`. */
export function registerFeedback(app: Application<AppTurnState>, services: Services): void {
  app.feedbackLoop((context, _state, data) =>
    recordFeedback(services, {
      data: { actionName: data.actionName, actionValue: data.actionValue },
      named: context.activity.replyToId || data.replyToId || undefined,
      conversationId: context.activity.conversation?.id,
      user: () => resolveUser(context.activity, services.directory, services.securityEvents),
    }),
  );
}
