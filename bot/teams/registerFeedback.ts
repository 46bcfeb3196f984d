import type { Application } from '@microsoft/teams-ai';
import type { Services } from '../../host/compose';
import type { AppTurnState } from './AppTurnState';
import { FeedbackData, feedbackComment } from '../../adaptive-cards/actions/FeedbackData';
import { resolveUser } from './resolveUser';
import { auditActor } from '../../skills/audit/auditActor';

/**
 * Teams' feedback loop: thumbs up/down (and an optional comment) on AI answers is stored with the answer's
 * question and sources (FeedbackStore) and audited as `feedback_given`. The answer is the message the invoke
 * replies to (`replyToId`); a client that names none (the Agents Playground) gives feedback on the user's
 * newest answer in the conversation, and the audit record says so (`answerMatchedBy: 'latest_answer'`).
 * Malformed payloads and feedback on unknown answers, or on someone else's answer, are ignored (logged),
 * never an error for the user.
 */
export function registerFeedback(app: Application<AppTurnState>, services: Services): void {
  app.feedbackLoop(async (context, _state, data) => {
    const parsed = FeedbackData.safeParse({ actionName: data.actionName, actionValue: data.actionValue });
    const named = context.activity.replyToId || data.replyToId || undefined;
    const conversationId = context.activity.conversation?.id;
    if (!parsed.success || !conversationId) {
      services.log.warn('feedback ignored: malformed');
      return;
    }
    const user = await resolveUser(context.activity, services.directory, services.securityEvents);
    const messageId = named ?? (await services.feedback.latestAnswerId(conversationId, user.id));
    if (!messageId) {
      services.log.warn('feedback ignored: no answer to attach it to');
      return;
    }
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
      actor: auditActor({ user, surface: 'teams', conversationId }),
      skill: 'feedback',
      action: 'feedback_given',
      parameters: {
        messageId,
        ...(named ? {} : { answerMatchedBy: 'latest_answer' }),
        reaction: parsed.data.actionValue.reaction,
        ...(comment ? { comment: comment.slice(0, 500) } : {}),
      },
      sourceIds: [],
      planner: 'rules',
      outcome: 'ok',
    });
  });
}
