import { FollowUpResolver } from '../../skills/knowledge/FollowUpResolver';
import { StateFollowUpContextStore } from '../../skills/knowledge/StateFollowUpContextStore';
import { OpenAIChatModel } from '../../skills/model/OpenAIChatModel';
import type { Services } from '../compose';

/**
 * Follow-up context: in memory by default; with STATE_BACKEND=azure in the shared conversation state, so a
 * follow-up answered by another instance continues the question. A configured model rewrites follow-ups (the
 * rules are its fallback).
 */
export function defaultFollowUps(services: Services): FollowUpResolver {
  const { model } = services.config;
  const shared =
    services.config.state.backend === 'azure'
      ? { store: new StateFollowUpContextStore({ state: services.conversationState }) }
      : {};
  if (!model) return new FollowUpResolver(shared);
  const credential =
    model.provider === 'azure-openai' && services.credential ? { credential: services.credential } : {};
  return new FollowUpResolver({ ...shared, model: new OpenAIChatModel({ ...model, ...credential }) });
}
