import type { TurnContext } from 'botbuilder';
import type { Services } from '../../host/compose';
import type { TurnChannel } from '../../host/turns/runSkillTurn';
import { deliverApproval } from './deliverApproval';
import { replyActivity } from './replyActivity';

/** The turn runner's channel for a Teams turn: replies in the activity's conversation, in its locale. */
export function teamsChannel(
  context: TurnContext,
  services: Services,
  stream?: TurnChannel['stream'],
): TurnChannel {
  return {
    send: async (result) => (await context.sendActivity(replyActivity(result, context.activity.locale)))?.id,
    deliverApproval: (result, skill, cardId) => deliverApproval(context, services, result, skill, cardId),
    stream,
  };
}
