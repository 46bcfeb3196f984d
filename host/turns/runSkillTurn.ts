import type { FollowUpResolver } from '../../skills/knowledge/FollowUpResolver';
import type { SkillContext, SkillResult } from '../../skills/SkillDescriptor';
import type { RegisteredSkill } from '../../skills/SkillRegistry';
import type { Services } from '../compose';
import { annotateRequestContext } from '../log/requestContext';
import { followUpFor } from './followUpFor';
import { recordAnswer } from './recordAnswer';

/** What the SDK adapter does for one turn: the channel's own sends. */
export interface TurnChannel {
  /** Sends the result's message; resolves with the sent message's id, when the channel gave one. */
  send(result: SkillResult): Promise<string | undefined>;
  /** Delivers a report approval's other cards after the result's card (`cardId`: its message id). */
  deliverApproval(result: SkillResult, skill: SkillContext, cardId: string | undefined): Promise<void>;
  /**
   * A stream of the answer's text while the skill writes it (Teams 1:1 chats, model planner), and how it ends:
   * `finish(result)` returns `true` when the stream's final message already is the result's message.
   */
  readonly stream?: {
    readonly stream?: NonNullable<SkillContext['stream']>;
    finish(result?: SkillResult): Promise<boolean>;
  };
}

/**
 * The one turn runner for the rule router and the model planner: a skill call for the turn's resolved user.
 * With `followUps`, an `ask_knowledge` question is first understood against the conversation's previous one
 * ("and for vans?", see `followUpFor`) and remembered once answered. The skill runs through the registry
 * (parsed, audited), streaming when the channel streams; the result is sent (unless the stream's final
 * message was it), its approval cards delivered, and an AI answer recorded for feedback (`recordAnswer`).
 * Errors propagate after ending any started stream; the caller's error presenter answers the user.
 */
export async function runSkillTurn(
  services: Services,
  turn: {
    readonly skill: RegisteredSkill;
    readonly params: Record<string, unknown>;
    readonly context: SkillContext;
    readonly channel: TurnChannel;
    readonly followUps?: FollowUpResolver;
  },
): Promise<SkillResult> {
  const { skill, context, channel } = turn;
  annotateRequestContext({ skill: skill.name });
  const call = turn.followUps
    ? await followUpFor(turn.followUps, skill.name, turn.params, context, services.log)
    : { params: turn.params, remember: async () => undefined };
  const started = Date.now();
  let result: SkillResult;
  try {
    const stream = channel.stream?.stream;
    result = await skill.invoke(call.params, stream ? { ...context, stream } : context);
  } catch (error) {
    await channel.stream?.finish();
    throw error;
  }
  services.log.info('skill answered', {
    skill: skill.name,
    planner: context.planner,
    user: context.user.id,
    citations: result.citations.length,
    ms: Date.now() - started,
  });
  if (await channel.stream?.finish(result)) {
    await channel.deliverApproval(result, context, undefined);
  } else {
    const sent = await channel.send(result);
    await channel.deliverApproval(result, context, sent);
    await recordAnswer(services, {
      skill: skill.name,
      context,
      result,
      messageId: sent,
    });
  }
  await call.remember();
  return result;
}
