import type { TurnContext } from 'botbuilder';
import type { SkillContext } from '../../skills/SkillDescriptor';
import type { Services } from '../compose';
import { resolveUser } from './resolveUser';

/** The skill context for a Teams turn: the resolved user, the conversation, and who planned the call. */
export async function skillContextFor(
  context: TurnContext,
  services: Services,
  planner = 'rules',
): Promise<SkillContext> {
  const user = await resolveUser(context.activity, services.directory);
  const conversationId = context.activity.conversation?.id;
  return { user, surface: 'teams', planner, ...(conversationId ? { conversationId } : {}) };
}
