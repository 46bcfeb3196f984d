import { brandsNamedIn } from '../../knowledge/profile/brandsNamedIn';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import type { BrandPlace } from '../SkillDescriptor';

/**
 * The example requests worth showing in a place: in a brand's team or channel, those naming no other brand
 * (another brand's example would find nothing there); elsewhere all of them, in order.
 */
export function examplesForPlace(
  examples: readonly string[],
  profile: OrganisationProfile,
  place: Pick<BrandPlace, 'id'> | undefined,
): string[] {
  if (!place) return [...examples];
  return examples.filter((example) => brandsNamedIn(example, profile).every((brand) => brand === place.id));
}
