import type { SkillLookup } from '../offeredSkills';
import type { RegisteredSkill } from '../SkillRegistry';
import type { RouteMatch } from './SkillRoute';

/** What the no-model router decided for one message. */
export type Route =
  | { readonly kind: 'help' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'skill'; readonly skill: string; readonly params: Record<string, unknown> }
  /** A skill was recognised but a required parameter is missing: ask `prompt`, then fill `missing` from the reply. */
  | {
      readonly kind: 'ask';
      readonly skill: string;
      readonly params: Record<string, unknown>;
      readonly missing: string;
      readonly prompt: string;
    };

const HELP =
  /^(help|aide|hilfe|aiuto|\?|menu|start|hi|hello|hey|bonjour|hallo|ciao|what can you do\??|who are you\??)[.!?]*$/i;
/** A conversational opener before a request ("and my tickets?", "also, open a ticket: ..."). */
const OPENER =
  /^(?:(?:and|also|then|ok(?:ay)?|now|so)\b[,\s]+)+(?:please\s+)?(?:what about\s+|how about\s+)?/i;
/** Strips Teams mention markup and collapses whitespace; mentions of the bot itself carry no meaning. */
export function normaliseMessage(text: string): string {
  return (
    text
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Deterministic skill routing for when no model is configured: a loop over the offered skills' routes (each
 * skill's descriptor says how a request for it is phrased, `SkillRoute`), by `order`, then registration order;
 * the first match wins. Contract: the same text always gives the same route; only an offered skill is chosen;
 * anything that is not help or another skill's request goes to the fallback skill (the knowledge question),
 * else to help. Consequential skills only ever get proposals from here (the registry never executes them
 * without a confirmation).
 */
export function routeMessage(
  text: string,
  registry: SkillLookup,
  /** The user's locale: an `ask` route's `prompt` is written in its language (English when unsupported). */
  locale?: string,
): Route {
  const message = normaliseMessage(text);
  if (!message) return { kind: 'empty' };
  if (HELP.test(message)) return { kind: 'help' };
  const skills = registry.list();
  const request = message.replace(OPENER, '');
  for (const skill of byOrder(skills)) {
    const match = skill.route?.match?.(request, locale);
    if (match) return toRoute(skill.name, match);
  }
  const fallback = skills.find((skill) => skill.route?.fallback);
  // The whole message: a knowledge follow-up ("and for vans?") keeps its opener for `resolveFollowUp`.
  const params = fallback?.route?.fallback?.(message);
  return fallback && params ? { kind: 'skill', skill: fallback.name, params } : { kind: 'help' };
}

/**
 * Completes a pending question: the reply fills the missing parameter (the skill route's `fill`, else the reply
 * is the value), unless the reply is itself a new request (help or another skill), which then wins.
 */
export function completeFollowUp(
  pending: { skill: string; params: Record<string, unknown>; missing: string },
  reply: string,
  registry: SkillLookup,
  /** As `routeMessage`'s. */
  locale?: string,
): Route {
  const route = routeMessage(reply, registry, locale);
  const fallback = route.kind === 'skill' && registry.get(route.skill)?.route?.fallback;
  if (!fallback) return route;
  const value = normaliseMessage(reply);
  const fill = registry.get(pending.skill)?.route?.fill;
  const match: RouteMatch = fill
    ? fill(pending.missing, value, pending.params, locale)
    : { params: { ...pending.params, [pending.missing]: value } };
  return toRoute(pending.skill, match);
}

/** The skills with a matcher, lowest `order` first (default 100), registration order among equals. */
function byOrder(skills: readonly RegisteredSkill[]): RegisteredSkill[] {
  return skills
    .filter((skill) => skill.route?.match)
    .map((skill, i) => ({ skill, i, order: skill.route?.order ?? 100 }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map(({ skill }) => skill);
}

function toRoute(skill: string, match: RouteMatch): Route {
  if ('params' in match) return { kind: 'skill', skill, params: match.params };
  return { kind: 'ask', skill, ...match.ask };
}
