import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { SkillResult } from '../../skills/SkillDescriptor';
import { AppError } from '../../skills/errors/AppError';
import type { FollowUpResolver } from '../../skills/knowledge/FollowUpResolver';
import type { Services } from '../compose';
import { annotateRequestContext } from '../log/requestContext';
import { deliverApproval } from '../teams/deliverApproval';
import { followUpFor } from '../teams/followUpFor';
import { recordAnswer } from '../teams/recordAnswer';
import { replyActivity } from '../teams/replyActivity';
import { skillContextFor } from '../teams/skillContextFor';
import type { RunSkill } from './createModelPlanner';
import { streamFor } from './streamFor';

/** Informative update of a stream (Teams 1:1 chats) while a skill writes its answer, in English (users get theirs). */
export const WRITING_UPDATE = messagesFor('en').replies.model.writing;

/**
 * The product's `RunSkill` for the model planner: invokes the skill through the registry (which parses the
 * arguments and audits the call with `planner`) for the activity's resolved user, streams partial text in
 * 1:1 chats (`streamFor`), sends the result's card (as the stream's final message when it streamed), and
 * returns the result text for the model. Errors propagate (the planner turns them into the tool output)
 * after ending any started stream. With `followUps`, an `ask_knowledge` question the model passed as a
 * follow-up ("and for vans?") is rewritten from the conversation's previous knowledge questions first, and
 * every answered knowledge question is remembered (see `followUpFor`).
 */
export function runSkillForModel(services: Services, followUps?: FollowUpResolver): RunSkill {
  return async (context, name, params, planner) => {
    const skill = services.registry.get(name);
    if (!skill) throw new AppError('unknown_skill');
    annotateRequestContext({ skill: skill.name });
    const skillContext = await skillContextFor(context, services, planner);
    const call = followUps
      ? await followUpFor(followUps, skill.name, params, skillContext, services.log)
      : { params, remember: async () => undefined };
    const turn = streamFor(context, {
      informative: messagesFor(context.activity.locale).replies.model.writing,
    });
    const started = Date.now();
    let result: SkillResult;
    try {
      result = await skill.invoke(call.params, {
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
    if (await turn.finish(result)) {
      await deliverApproval(context, services, result, skillContext, undefined);
    } else {
      const sent = await context.sendActivity(replyActivity(result, context.activity.locale));
      await deliverApproval(context, services, result, skillContext, sent?.id);
      await recordAnswer(services, context, {
        skill: skill.name,
        userId: skillContext.user.id,
        params: call.params,
        result,
        messageId: sent?.id,
      });
    }
    await call.remember();
    return result.text;
  };
}
