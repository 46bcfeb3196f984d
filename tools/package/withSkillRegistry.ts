import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compose } from '../../bot/compose';
import { loadConfig } from '../../bot/config/loadConfig';
import { loadOrganisationProfile } from '../../knowledge/profile/loadOrganisationProfile';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import type { SkillRegistry } from '../../skills/SkillRegistry';

/** Repository root (where `appPackage/`, `env/` and the sample directory file are). */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * The organisation profile an environment's package is built for: `ORGANISATION_PROFILE` of its env file
 * (relative to `cwd`), else the neutral profile (never the sample's: a package is for a tenant). Throws the
 * profile's validation error, naming the file and every bad field.
 */
export function packageProfile(vars: Readonly<Record<string, string>>, cwd: string): OrganisationProfile {
  const file = vars.ORGANISATION_PROFILE?.trim();
  return loadOrganisationProfile(file ? path.resolve(cwd, file) : undefined);
}

/**
 * Runs `work` with the real skill registry, built by the composition root from the embedded defaults
 * (`DATA_DIR` a fresh temporary folder, no env file, nothing from the process environment) and `profile`, so the
 * package lists exactly the skills, parameters and examples the bot registers for that organisation. The
 * services are closed and the folder removed afterwards.
 */
export async function withSkillRegistry<T>(
  work: (registry: SkillRegistry) => Promise<T> | T,
  profile: OrganisationProfile = loadOrganisationProfile(undefined),
): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'package-registry-'));
  try {
    const config = loadConfig(
      { DATA_DIR: dataDir, LOG_LEVEL: 'error' },
      { cwd: REPO_ROOT, envFile: path.join(dataDir, 'no.env') },
    );
    const services = compose(config, { profile });
    try {
      return await work(services.registry);
    } finally {
      await services.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
