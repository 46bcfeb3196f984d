import { renderHelpCard, renderNoticeCard, type AdaptiveCard } from '../../adaptive-cards';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { AppError } from '../../skills/errors/AppError';
import type { SkillLookup } from '../../skills/offeredSkills';
import type { Route } from '../../skills/router/routeMessage';
import type { BrandPlace } from '../../skills/SkillDescriptor';
import type { RegisteredSkill } from '../../skills/SkillRegistry';
import type { Services } from '../compose';
import { overviewFor } from './overviewFor';

/** A question the bot asked to fill a missing skill parameter; the next message answers it. */
export interface PendingFollowUp {
  skill: string;
  params: Record<string, unknown>;
  missing: string;
}

/** What to do for a route: send a card (and remember a question asked), or run a skill. */
export type RoutePlan =
  | { readonly kind: 'card'; readonly card: AdaptiveCard; readonly pending?: PendingFollowUp }
  | { readonly kind: 'skill'; readonly skill: RegisteredSkill; readonly params: Record<string, unknown> };

/**
 * The plan for a route in a place: help (or an empty message) is the help card of the skills offered here; a
 * route that lacks a required parameter asks for it (a notice) and is remembered, so the next message in the
 * conversation answers it; anything else runs the skill, which must be offered here (`skill_not_offered`).
 */
export function planRoute(
  services: Services,
  route: Route,
  here: { readonly skills: SkillLookup; readonly place?: BrandPlace; readonly locale?: string },
): RoutePlan {
  if (route.kind === 'help' || route.kind === 'empty')
    return {
      kind: 'card',
      card: renderHelpCard(overviewFor(services, here.skills, here.place, here.locale)),
    };
  if (route.kind === 'ask') {
    const message = messagesFor(here.locale).notice.replyNext;
    return {
      kind: 'card',
      card: renderNoticeCard({ title: route.prompt, message }),
      pending: { skill: route.skill, params: route.params, missing: route.missing },
    };
  }
  const skill = here.skills.get(route.skill);
  if (!skill) throw new AppError('skill_not_offered');
  return { kind: 'skill', skill, params: route.params };
}
