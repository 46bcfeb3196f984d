import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { brandsNamedIn } from '../../knowledge/profile/brandsNamedIn';
import { languageList } from '../../knowledge/profile/profileText';

/** Most rephrasing tips on a no-answer card. */
const MAX_TIPS = 4;

/**
 * Rephrasing tips for a question nothing was found for: the organisation profile's first (name the brand, listing
 * the profile's brands, when it has some and the question names none), then `general` (the answer module's
 * tips), then, when the profile names several document languages, which ones; de-duplicated, at most four. The
 * profile is the only source of names in these tips.
 */
export function profileSuggestions(
  question: string,
  profile: OrganisationProfile,
  general: readonly string[],
): string[] {
  const tips: string[] = [];
  if (profile.brands.length > 0 && brandsNamedIn(question, profile).length === 0) {
    const names = profile.brands.slice(0, 8).map((brand) => brand.name);
    tips.push(`Name the brand if it is about one (${names.join(', ')}).`);
  }
  for (const tip of general) if (!tips.includes(tip)) tips.push(tip);
  const picked = tips.slice(0, MAX_TIPS - (profile.languages.length > 1 ? 1 : 0));
  if (profile.languages.length > 1)
    picked.push(`The documents are in ${languageList(profile)}: words from one of these find the most.`);
  return picked;
}
