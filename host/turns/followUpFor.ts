import type { FollowUpResolver } from '../../skills/knowledge/FollowUpResolver';
import type { SkillContext } from '../../skills/SkillDescriptor';
import type { Logger } from '../log/createLogger';

/** The skill whose questions carry a subject from one message to the next. */
export const KNOWLEDGE_SKILL = 'ask_knowledge';

/** A skill call after follow-up resolution: the parameters to run, and what to record once they ran. */
export interface FollowUpCall {
  readonly params: Record<string, unknown>;
  /** Records the knowledge question as the conversation's latest subject; call it after the skill answered. */
  remember(): Promise<void>;
}

/**
 * Applies conversation context to one skill call. Only `ask_knowledge` calls with a string `question`, in a
 * turn with a conversation id, are touched: the question becomes what `followUps` understood it as (so the
 * answer card's question line shows the rewritten question) and `remember` records it, keyed by conversation
 * and resolved user. Every other call passes through and `remember` does nothing. Logs the rewrite method,
 * never the text.
 */
export async function followUpFor(
  followUps: FollowUpResolver,
  skill: string,
  params: Record<string, unknown>,
  context: SkillContext,
  log: Logger,
): Promise<FollowUpCall> {
  const message = params.question;
  const conversationId = context.conversationId;
  if (skill !== KNOWLEDGE_SKILL || typeof message !== 'string' || !conversationId)
    return { params, remember: async () => undefined };
  const key = { conversationId, userId: context.user.id };
  const understood = await followUps.understand(key, message);
  if (understood.followUp) log.info('follow-up question rewritten', { method: understood.method ?? '' });
  return {
    params: { ...params, question: understood.question },
    remember: () => followUps.remember(key, message, understood.question),
  };
}
