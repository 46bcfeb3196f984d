import type { BrandPlace } from './SkillDescriptor';
import type { RegisteredSkill } from './SkillRegistry';

/** The skills a surface may offer and run: the registry itself, or what one place offers of it. */
export interface SkillLookup {
  get(name: string): RegisteredSkill | undefined;
  list(): RegisteredSkill[];
}

/** Whether `skill` is offered in a brand place (every skill outside brand places). */
export function skillOffered(skill: string, brand: Pick<BrandPlace, 'skills'> | undefined): boolean {
  return brand?.skills === undefined || brand.skills.includes(skill);
}

/**
 * The skills of `registry` offered in a brand's team or channel (`brand.skills`, in registration order);
 * the registry unchanged outside brand places. Surfaces list and route through this (help and welcome cards,
 * the rule router, the planner's tools, message-extension commands); the registry refuses the others anyway.
 */
export function offeredSkills(registry: SkillLookup, brand: BrandPlace | undefined): SkillLookup {
  if (brand?.skills === undefined) return registry;
  return {
    get: (name) => (skillOffered(name, brand) ? registry.get(name) : undefined),
    list: () => registry.list().filter((skill) => skillOffered(skill.name, brand)),
  };
}
