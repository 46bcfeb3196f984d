import { z } from 'zod/v4';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { brandValues } from '../../knowledge/profile/profileText';

/**
 * The optional `brand` parameter of a skill, from the organisation profile: one of the profile's brand ids or
 * `group` (every brand), case-insensitive and returned lower-case. Its JSON Schema is a plain string (the
 * generated API spec names no tenant's brands); the ids are checked on parse, and an unknown one fails with the
 * list of valid ids. A profile without brands accepts no brand at all.
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
    .describe(description);
}
