import type { OrganisationProfile } from './OrganisationProfile';
import { containsPhrase } from './phrasePattern';

/**
 * Ids of the profile's brands that `text` names, by id, display name or alias (whole words, case-insensitive),
 * in profile order. Empty for a profile without brands.
 */
export function brandsNamedIn(text: string, profile: OrganisationProfile): string[] {
  return profile.brands
    .filter((brand) => [brand.id, brand.name, ...brand.aliases].some((form) => containsPhrase(text, form)))
    .map((brand) => brand.id);
}

/** Every way the profile's brands are written (ids, names, aliases), longest first: for stripping them from text. */
export function brandForms(profile: OrganisationProfile): { id: string; form: string }[] {
  return profile.brands
    .flatMap((brand) => [brand.id, brand.name, ...brand.aliases].map((form) => ({ id: brand.id, form })))
    .sort((a, b) => b.form.length - a.form.length);
}
