import type { Activity } from 'botbuilder';
import { brandForPlace, documentBrandsOf } from '../../knowledge/profile/brandForPlace';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import type { BrandPlace } from '../../skills/SkillDescriptor';
import { teamsPlace } from './teamsPlace';

/**
 * The brand whose team or channel (organisation profile, `brands[].teams` / `.channels`) the activity is in,
 * with the document brands that may be cited there; undefined elsewhere.
 */
export function brandPlaceOf(
  activity: Partial<Activity>,
  profile: OrganisationProfile,
): { place: BrandPlace; documentBrands: readonly string[] } | undefined {
  if (profile.brands.length === 0) return undefined;
  const brand = brandForPlace(profile, teamsPlace(activity));
  if (!brand) return undefined;
  return {
    place: { id: brand.id, name: brand.name, ...(brand.skills ? { skills: brand.skills } : {}) },
    documentBrands: documentBrandsOf(brand),
  };
}
