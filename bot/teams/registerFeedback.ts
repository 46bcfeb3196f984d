import type { Application } from '@microsoft/teams-ai';
import type { Services } from '../compose';
import type { AppTurnState } from './AppTurnState';
import { FeedbackData, feedbackComment } from './FeedbackData';
import { resolveUser } from './resolveUser';

/**
 * Teams' feedback loop: thumbs up/down (and an optional comment) on AI answers is stored with the answer's
 * question and sources (FeedbackStore) and audited as `feedback_given`. Malformed payloads and feedback on
 * unknown answers, or on someone else's answer, are ignored (logged), never an error for the user.
 */
export function registerFeedback(app: Application<AppTurnState>, services: Services): void {
  app.feedbackLoop(async (context, _state, data) => {
    const parsed = FeedbackData.safeParse({ actionName: data.actionName, actionValue: data.actionValue });
    const messageId = context.activity.replyToId ?? data.replyToId;
    const conversationId = context.activity.conversation?.id;
    if (!parsed.success || !messageId || !conversationId) {
      services.log.warn('feedback ignored: malformed');
      return;
    }
    const user = await resolveUser(context.activity, services.directory, services.securityEvents);
    const comment = feedbackComment(parsed.data.actionValue.feedback);
    const stored = await services.feedback.recordFeedback({
      conversationId,
      messageId,
      userId: user.id,
      reaction: parsed.data.actionValue.reaction,
      comment,
    });
    if (!stored) {
      services.log.warn('feedback ignored: unknown answer or another user');
      return;
    }
    await services.audit.append({
      actor: {
        userId: user.id,
        surface: 'teams',
        conversationId,
        ...(user.tenantId ? { tenantId: user.tenantId } : {}),
      },
      skill: 'feedback',
      action: 'feedback_given',
      parameters: {
        messageId,
        reaction: parsed.data.actionValue.reaction,
        ...(comment ? { comment: comment.slice(0, 500) } : {}),
      },
      sourceIds: [],
      planner: 'rules',
      outcome: 'ok',
    });
  });
}
