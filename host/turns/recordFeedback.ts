import { FeedbackData, feedbackComment } from '../../adaptive-cards/actions/FeedbackData';
import { auditActor } from '../../skills/audit/auditActor';
import type { SkillUser } from '../../skills/SkillDescriptor';
import type { Services } from '../compose';

/**
 * Teams' feedback loop: thumbs up/down (and an optional comment) on AI answers is stored with the answer's
 * question and sources (FeedbackStore) and audited as `feedback_given`. The answer is the message the invoke
 * replies to (`replyToId`); a client that names none (the Agents Playground) gives feedback on the user's
 * newest answer in the conversation, and the audit record says so (`answerMatchedBy: 'latest_answer'`).
 * Malformed payloads and feedback on unknown answers, or on someone else's answer, are ignored (logged),
 * never an error for the user.
 */
export async function recordFeedback(
  services: Services,
  feedback: {
    /** The feedback payload as the client sent it (`actionName`, `actionValue`): parsed here. */
    readonly data: unknown;
    /** The answer's message id, when the client named one. */
    readonly named: string | undefined;
    readonly conversationId: string | undefined;
    /** The user giving feedback (resolved only for a well-formed payload). */
    user(): Promise<SkillUser>;
  },
): Promise<void> {
  const parsed = FeedbackData.safeParse(feedback.data);
  const { named, conversationId } = feedback;
  if (!parsed.success || !conversationId) {
    services.log.warn('feedback ignored: malformed');
    return;
  }
  const user = await feedback.user();
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
}
