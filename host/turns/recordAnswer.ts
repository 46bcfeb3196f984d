import type { SkillContext, SkillResult } from '../../skills/SkillDescriptor';
import type { Services } from '../compose';

/**
 * Remembers an AI answer that was sent as message `messageId` in the context's conversation, so feedback on it
 * is stored with its subject (`SkillResult.subject`: the question, the report's topic) and sources. Non-AI results and sends without an id (e.g. `expectReplies`) or
 * outside a conversation are skipped.
 */
export async function recordAnswer(
  services: Services,
  answer: {
    readonly skill: string;
    readonly context: SkillContext;
    readonly result: SkillResult;
    readonly messageId: string | undefined;
  },
): Promise<void> {
  const conversationId = answer.context.conversationId;
  if (!answer.result.aiGenerated || !answer.messageId || !conversationId) return;
  await services.feedback.recordAnswer({
    messageId: answer.messageId,
    conversationId,
    userId: answer.context.user.id,
    skill: answer.skill,
    question: answer.result.subject ?? '',
    sourceIds: answer.result.audit?.sourceIds ?? [],
  });
}
