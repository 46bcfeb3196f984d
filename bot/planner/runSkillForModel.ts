import type { SkillResult } from '../../skills/SkillDescriptor';
import { AppError } from '../../skills/errors/AppError';
import type { Services } from '../compose';
import { recordAnswer } from '../teams/recordAnswer';
import { replyActivity } from '../teams/replyActivity';
import { skillContextFor } from '../teams/skillContextFor';
import type { RunSkill } from './createModelPlanner';
import { streamFor } from './streamFor';

/** Informative update of a stream (Teams 1:1 chats) while a skill writes its answer. */
export const WRITING_UPDATE = 'Writing the answer from the documents you can access…';

/**
 * The product's `RunSkill` for the model planner: invokes the skill through the registry (which parses the
 * arguments and audits the call with `planner`) for the activity's resolved user, streams partial text in
 * 1:1 chats (`streamFor`), sends the result's card (as the stream's final message when it streamed), and
 * returns the result text for the model. Errors propagate (the planner turns them into the tool output)
 * after ending any started stream.
 */
export function runSkillForModel(services: Services): RunSkill {
  return async (context, name, params, planner) => {
    const skill = services.registry.get(name);
    if (!skill) throw new AppError('unknown_skill');
    const skillContext = await skillContextFor(context, services, planner);
    const turn = streamFor(context, { informative: WRITING_UPDATE });
    const started = Date.now();
    let result: SkillResult;
    try {
      result = await skill.invoke(params, {
        ...skillContext,
        ...(turn.stream ? { stream: turn.stream } : {}),
      });
    } catch (error) {
      await turn.finish();
      throw error;
    }
    services.log.info('skill answered', {
      skill: skill.name,
      planner,
      user: skillContext.user.id,
      citations: result.citations.length,
      ms: Date.now() - started,
    });
    if (!(await turn.finish(result))) {
      const sent = await context.sendActivity(replyActivity(result));
      recordAnswer(services, context, {
        skill: skill.name,
        userId: skillContext.user.id,
        params,
        result,
        messageId: sent?.id,
      });
    }
    return result.text;
  };
}
