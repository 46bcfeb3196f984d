import { z } from 'zod/v4';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { ALL_BRANDS } from '../../knowledge/profile/OrganisationProfile';
import { brandValues } from '../../knowledge/profile/profileText';

/**
 * The optional `brand` parameter of a skill, from the organisation profile: one of the profile's brand ids or
 * `group` (every brand), case-insensitive and returned lower-case. Its JSON Schema is a plain string whose
 * description (`description` plus the valid ids, read by models and in the generated API spec) lists the ids of
 * this profile; the ids are checked on parse, and an unknown one fails with the list of valid ids. A profile
 * without brands accepts no brand at all (the description says so).
 */
export function brandParameter(profile: OrganisationProfile, description: string) {
  const values = brandValues(profile);
  return z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => values.includes(value), {
      message:
        values.length === 0
          ? 'this organisation has no brands: leave brand out'
          : `must be one of: ${values.join(', ')}`,
    })
    .optional()
    .describe(
      values.length === 0
        ? `${description} This organisation has no brands: leave it out.`
        : `${description} One of: ${values.join(', ')} (${ALL_BRANDS}: every brand).`,
    );
}
