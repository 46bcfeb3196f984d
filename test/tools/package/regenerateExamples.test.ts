import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { skillCatalog } from '../../../host/skillCatalog';
import { regenerateAgent, regenerateManifest } from '../../../tools/package/regenerateExamples';
import { loadOrganisationProfile } from '../../../knowledge/profile/loadOrganisationProfile';
import type { Json } from '../../../tools/package/jsonPath';
import { APP_PACKAGE, ROOT } from './packageFixture';

const read = (name: string) => JSON.parse(fs.readFileSync(path.join(APP_PACKAGE, name), 'utf8')) as Json;
const SAMPLE = loadOrganisationProfile(path.join(ROOT, 'knowledge/sample/organisation.yaml'));

interface Manifest {
  bots: { commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
  composeExtensions: { commands: { id: string; samplePrompts?: { text: string }[] }[] }[];
}

describe('regenerateExamples: command lists and starters from the organisation profile', () => {
  it('puts the profile’s questions, ticket and report examples into the manifest and the agent', async () => {
    const catalog = skillCatalog(SAMPLE);
    const manifest = regenerateManifest(read('manifest.json'), catalog) as unknown as Manifest;
    const agent = regenerateAgent(read('declarativeAgent.json'), catalog) as {
      conversation_starters: { text: string }[];
    };
    const personal = manifest.bots[0]?.commandLists.find((list) => list.scopes.includes('personal'));
    assert.deepEqual(personal?.commands.map((c) => c.title).slice(0, 4), [
      'help',
      ...SAMPLE.examples.questions.slice(0, 2),
      SAMPLE.examples.tickets[0],
    ]);
    const search = manifest.composeExtensions[0]?.commands.find((c) => c.id === 'searchKnowledge');
    assert.deepEqual(
      search?.samplePrompts?.map((p) => p.text),
      SAMPLE.examples.questions.slice(0, 3),
    );
    assert.deepEqual(
      agent.conversation_starters.map((s) => s.text).slice(0, 4),
      SAMPLE.examples.questions.slice(0, 4),
    );
  });

  it('leaves the search sample prompts out for a profile without example questions', async () => {
    const manifest = regenerateManifest(
      read('manifest.json'),
      skillCatalog(loadOrganisationProfile(undefined)),
    ) as unknown as Manifest;
    const search = manifest.composeExtensions[0]?.commands.find((c) => c.id === 'searchKnowledge');
    assert.equal(search?.samplePrompts, undefined);
  });
});
