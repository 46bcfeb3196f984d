import type { RegisteredSkill } from './SkillRegistry';

/** What a surface description lists about a skill (OpenAPI spec, plugin functions, app package examples). */
export type SkillInfo = Omit<RegisteredSkill, 'invoke'>;

/** The skills in registration order, described but not runnable. A `SkillRegistry` is one. */
export interface SkillCatalog {
  list(): readonly SkillInfo[];
}
