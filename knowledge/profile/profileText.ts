import { ALL_BRANDS, type OrganisationProfile } from './OrganisationProfile';

/** "employees of Contoso Ltd" / "employees of an organisation": the reader of prompts addressed to models. */
export function employeesPhrase(profile: OrganisationProfile): string {
  return profile.name ? `employees of ${profile.name}` : 'employees of an organisation';
}

/** Brand ids a parameter may take: every brand of the profile, then `group` (all brands); empty when none. */
export function brandValues(profile: OrganisationProfile): string[] {
  return profile.brands.length === 0 ? [] : [...profile.brands.map((brand) => brand.id), ALL_BRANDS];
}

/**
 * Display name of a brand value: the profile's name for a known id, the all-brands label for `group`, else the
 * value with a capital first letter (documents may carry brands the profile does not list); '' for none.
 */
export function brandName(profile: OrganisationProfile, value: string | undefined): string {
  if (!value) return '';
  if (value === ALL_BRANDS) return allBrandsLabel(profile);
  const known = profile.brands.find((brand) => brand.id === value.toLowerCase());
  return known ? known.name : value.charAt(0).toUpperCase() + value.slice(1);
}

/** Label of the organisation-wide brand value: the profile's, else "<short name> (all brands)" or "All brands". */
export function allBrandsLabel(profile: OrganisationProfile): string {
  if (profile.allBrandsLabel) return profile.allBrandsLabel;
  const name = profile.shortName ?? profile.name;
  return name ? `${name} (all brands)` : 'All brands';
}

/**
 * "English, German and French" for the profile's language codes, named in `language` (BCP 47, default English)
 * ('' when it names none).
 */
export function languageList(profile: OrganisationProfile, language = 'en'): string {
  const names = new Intl.DisplayNames([language, 'en'], { type: 'language' });
  const list = profile.languages.map((code) => names.of(code) ?? code);
  return new Intl.ListFormat([language, 'en'], { style: 'long', type: 'conjunction' }).format(list);
}
