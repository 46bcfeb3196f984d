import type { SkillLookup } from '../../skills/offeredSkills';
import { examplesForPlace } from '../../skills/profile/examplesForPlace';
import type { Services } from '../compose';
import type { SkillsCardModel } from '../../adaptive-cards/renderSkillsCard';
import type { BrandPlace } from '../../skills/SkillDescriptor';

/**
 * The skills offered in a place (`skills`: in a brand's team or channel, the brand's) and their examples that
 * work for anyone, interleaved so the card's few buttons show each skill. In a brand place, examples naming
 * another brand would find nothing there: left out (`examplesForPlace`).
 */
export function overviewFor(
  services: Services,
  skills: SkillLookup,
  place: BrandPlace | undefined,
  locale: string | undefined,
): SkillsCardModel {
  const offered = skills.list();
  return {
    botName: services.config.botName,
    skills: offered.map((skill) => ({
      name: skill.name,
      title: skill.title,
      description: skill.description,
    })),
    examples: interleaveExamples(
      offered
        .filter((skill) => skill.examplesWorkForAnyone)
        .map((skill) => examplesForPlace(skill.examples, services.profile, place)),
    ),
    ...(locale ? { locale } : {}),
  };
}

/** First example of every skill, then every second one, ...: the help card's few buttons show each skill. */
function interleaveExamples(perSkill: readonly (readonly string[])[]): string[] {
  const longest = Math.max(0, ...perSkill.map((examples) => examples.length));
  return Array.from({ length: longest }, (_, i) => perSkill.map((examples) => examples[i]))
    .flat()
    .filter((e): e is string => Boolean(e));
}
