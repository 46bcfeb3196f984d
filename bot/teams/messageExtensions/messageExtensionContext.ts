import type { TurnContext } from 'botbuilder';
import type { SkillContext } from '../../../skills/SkillDescriptor';
import type { Services } from '../../../host/compose';
import { skillContextFor } from '../skillContextFor';

/** The skill context of a message-extension invoke: the resolved user, surface `messageExtension`. */
export async function messageExtensionContext(
  context: TurnContext,
  services: Services,
): Promise<SkillContext> {
  return { ...(await skillContextFor(context, services)), surface: 'messageExtension' };
}
