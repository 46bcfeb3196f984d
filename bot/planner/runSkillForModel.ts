import { AppError } from '../../skills/errors/AppError';
import type { FollowUpResolver } from '../../skills/knowledge/FollowUpResolver';
import type { Services } from '../../host/compose';
import { runSkillTurn } from '../../host/turns/runSkillTurn';
import { skillContextFor } from '../teams/skillContextFor';
import { teamsChannel } from '../teams/teamsChannel';
import type { RunSkill } from './createModelPlanner';
import { streamFor } from './streamFor';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
/** Informative update of a stream (Teams 1:1 chats) while a skill writes its answer, in English (users get theirs). */
export const WRITING_UPDATE = messagesFor('en').replies.model.writing;

/**
 * The product's `RunSkill` for the model planner: the one turn runner (`runSkillTurn`) for the activity's
 * resolved user, audited with `planner`, streaming partial text in 1:1 chats (`streamFor`); returns the
 * result text for the model. Errors propagate (the planner turns them into the tool output).
 */
export function runSkillForModel(services: Services, followUps?: FollowUpResolver): RunSkill {
  return async (context, name, params, planner) => {
    const skill = services.registry.get(name);
    if (!skill) throw new AppError('unknown_skill');
    const skillContext = await skillContextFor(context, services, planner);
    const stream = streamFor(context, {
      informative: messagesFor(context.activity.locale).replies.model.writing,
    });
    const result = await runSkillTurn(services, {
      skill,
      params,
      context: skillContext,
      channel: teamsChannel(context, services, stream),
      followUps,
    });
    return result.text;
  };
}
