import path from 'node:path';
import { loadOrganisationProfile } from '../../knowledge/profile/loadOrganisationProfile';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';

/**
 * The organisation profile an environment's package is built for: `ORGANISATION_PROFILE` of its env file
 * (relative to `cwd`), else the neutral profile (never the sample's: a package is for a tenant). Throws the
 * profile's validation error, naming the file and every bad field.
 */
export function packageProfile(vars: Readonly<Record<string, string>>, cwd: string): OrganisationProfile {
  const file = vars.ORGANISATION_PROFILE?.trim();
  return loadOrganisationProfile(file ? path.resolve(cwd, file) : undefined);
}
