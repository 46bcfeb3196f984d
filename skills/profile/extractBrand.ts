import { brandForms } from '../../knowledge/profile/brandsNamedIn';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { phrasePattern } from '../../knowledge/profile/phrasePattern';

/**
 * Finds the one brand of the profile that `text` names (id, name or alias; whole words, case-insensitive) and
 * returns its id with the rest of the text, the brand and a preposition before it (`for`, `at`, `of`) removed
 * and whitespace collapsed: "brake supplier quality for Fabrikam" -> `{ brand: 'fabrikam', rest: 'brake
 * supplier quality' }`. The first form found, longest forms first, wins. No brand named (or a profile without
 * brands): `{ rest: text }` unchanged.
 */
export function extractBrand(text: string, profile: OrganisationProfile): { brand?: string; rest: string } {
  for (const { id, form } of brandForms(profile)) {
    const pattern = phrasePattern(form);
    if (!pattern.test(text)) continue;
    const withPreposition = new RegExp(`(?:\\b(?:for|at|of)\\s+)?${pattern.source}`, 'iu');
    const rest = text.replace(withPreposition, ' ').replace(/\s+/g, ' ').trim();
    return { brand: id, rest };
  }
  return { rest: text };
}
