import type { TurnContext } from 'botbuilder';
import type { SkillResult } from '../../skills/SkillDescriptor';
import type { Services } from '../../host/compose';

/**
 * Remembers an AI answer that was sent as message `messageId`, so feedback on it (registerFeedback) is stored
 * with its question and sources. Non-AI results and sends without an id (e.g. `expectReplies`) are skipped.
 */
export async function recordAnswer(
  services: Services,
  context: TurnContext,
  answer: {
    skill: string;
    userId: string;
    params: Record<string, unknown>;
    result: SkillResult;
    messageId: string | undefined;
  },
): Promise<void> {
  const conversationId = context.activity.conversation?.id;
  if (!answer.result.aiGenerated || !answer.messageId || !conversationId) return;
  const { question, topic, summary } = answer.params;
  await services.feedback.recordAnswer({
    messageId: answer.messageId,
    conversationId,
    userId: answer.userId,
    skill: answer.skill,
    question: String(question ?? topic ?? summary ?? ''),
    sourceIds: answer.result.audit?.sourceIds ?? [],
  });
}
