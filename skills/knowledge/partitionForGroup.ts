import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { quotableInGroup } from '../../knowledge/profile/resolveSensitivityLabel';
import type { Passage } from '../../knowledge/index/Passage';
import type { SkillContext } from '../SkillDescriptor';

/**
 * Splits retrieved passages into those that may be quoted where the result is shown and those that may not:
 * in a group chat, meeting or channel (`context.audience` set) a passage whose document's sensitivity label is
 * above the profile's `groupQuoteMaxLabel` (or unknown to the profile) is `withheld`; everywhere else nothing
 * is. Withheld passages must never reach the card's text, a snippet or a model; their documents may be cited by
 * title and link only. Order is kept.
 */
export function partitionForGroup(
  passages: readonly Passage[],
  profile: Pick<OrganisationProfile, 'sensitivityLabels' | 'groupQuoteMaxLabel'>,
  context: Pick<SkillContext, 'audience'>,
): { quotable: Passage[]; withheld: Passage[] } {
  if (!context.audience) return { quotable: [...passages], withheld: [] };
  const quotable: Passage[] = [];
  const withheld: Passage[] = [];
  for (const passage of passages)
    (quotableInGroup(profile, passage.sensitivityLabel) ? quotable : withheld).push(passage);
  return { quotable, withheld };
}
