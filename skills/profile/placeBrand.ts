import { ALL_BRANDS } from '../../knowledge/profile/OrganisationProfile';
import type { SkillContext } from '../SkillDescriptor';

/**
 * The brand a ticket or report filed in this context carries. In a brand's team or channel: that brand,
 * unless the request says group-wide (`group`); another brand named there is replaced by the place's own
 * (a brand's places never file for another brand). Elsewhere: `brand` unchanged.
 */
export function placeBrand(brand: string | undefined, context: SkillContext): string | undefined {
  const place = context.brand;
  if (!place) return brand;
  return brand === ALL_BRANDS ? brand : place.id;
}
