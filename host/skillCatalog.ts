import type { OrganisationProfile } from '../knowledge/profile/OrganisationProfile';
import type { SkillCatalog, SkillInfo } from '../skills/SkillCatalog';
import { SkillRegistry } from '../skills/SkillRegistry';
import { registerSkills } from './composeSkills';

/**
 * The skills the bot registers for `profile` (part of the composition root, for the app packager), built
 * without backends: the same `registerSkills` as the running bot, against stand-ins that throw if used. A
 * catalog exposes no handler, so nothing can reach them; a skill that touched a backend while being registered
 * would throw here. `examples` are the knowledge skill's example questions (default: the profile's).
 */
export function skillCatalog(
  profile: OrganisationProfile,
  examples: readonly string[] = profile.examples.questions,
): SkillCatalog {
  const registry = new SkillRegistry();
  registerSkills(registry, {
    index: unreachable('index'),
    tickets: unreachable('tickets'),
    reports: unreachable('reports'),
    confirmations: unreachable('confirmations'),
    approvals: unreachable('approvals'),
    unreadableBy: () => unreachableCall('unreadableBy'),
    linkFor: () => unreachableCall('linkFor'),
    reportLinkFor: () => unreachableCall('reportLinkFor'),
    profile,
    examples,
  });
  const skills: readonly SkillInfo[] = registry
    .list()
    .map(({ invoke: _invoke, editsJsonSchema, ...info }) => ({
      ...info,
      ...(editsJsonSchema ? { editsJsonSchema } : {}),
    }));
  return { list: () => skills };
}

/** A backend stand-in whose every member access throws, naming the backend. */
function unreachable<T extends object>(backend: string): T {
  return new Proxy({} as T, {
    get: (_target, member) => unreachableCall(`${backend}.${String(member)}`),
  });
}

function unreachableCall(what: string): never {
  throw new Error(`skill catalog: ${what} used, but a catalog has no backends`);
}
