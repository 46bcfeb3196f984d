import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compose } from '../../host/compose';
import { loadConfig } from '../../host/config/loadConfig';
import { silentLogger } from '../../host/log/createLogger';
import { skillCatalog } from '../../host/skillCatalog';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import { loadOrganisationProfile } from '../../knowledge/profile/loadOrganisationProfile';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';

const SAMPLE = path.join(__dirname, '../../knowledge/sample');

describe('skillCatalog: the skills described without backends (what the app packager reads)', () => {
  const profiles: [string, OrganisationProfile][] = [
    ['the neutral profile', defaultOrganisationProfile],
    ['the sample profile', loadOrganisationProfile(path.join(SAMPLE, 'organisation.yaml'))],
  ];
  for (const [name, profile] of profiles) {
    it(`lists exactly what the running bot registers, in order, for ${name}`, async () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skill-catalog-'));
      const config = loadConfig(
        { DATA_DIR: path.join(root, 'data'), DIRECTORY_FILE: path.join(SAMPLE, 'directory.yaml') },
        { cwd: root },
      );
      const services = compose(config, { log: silentLogger, profile });
      try {
        // Every field of each registered skill but its handler, so a field the catalog drops fails here.
        const registered = services.registry
          .list()
          .map((skill) => Object.fromEntries(Object.entries(skill).filter(([key]) => key !== 'invoke')));
        const listed = skillCatalog(profile).list();
        assert.deepEqual(listed, registered);
      } finally {
        await services.close();
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }

  it('describes skills but cannot run them', () => {
    for (const skill of skillCatalog(defaultOrganisationProfile).list())
      assert.ok(!('invoke' in skill), skill.name);
  });
});
