import assert from 'node:assert/strict';
import path from 'node:path';
import { EVERYONE } from '../../../knowledge/access/Principal';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { defaultOrganisationProfile } from '../../../knowledge/profile/defaultOrganisationProfile';
import { deriveExampleQuestions } from '../../../knowledge/profile/deriveExampleQuestions';
import { loadOrganisationProfile } from '../../../knowledge/profile/loadOrganisationProfile';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { AppError } from '../../../skills/errors/AppError';
import { askKnowledgeSkill } from '../../../skills/knowledge/askKnowledgeSkill';
import { namesToIgnore } from '../../../skills/knowledge/namesToIgnore';
import type { SkillResult } from '../../../skills/SkillDescriptor';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { useSearchedIndex } from './searchedIndex';

const SAMPLE = path.join(__dirname, '../../../knowledge/sample');
const profile = loadOrganisationProfile(path.join(SAMPLE, 'organisation.yaml'));
const user = { id: 'u-1', principals: [EVERYONE] };
const context = { user, surface: 'test' as const };

describe('ask_knowledge with an organisation profile', function () {
  this.timeout(60_000);
  const indexed = useSearchedIndex(
    'profile-ask-',
    () => new FolderSource({ root: path.join(SAMPLE, 'corpus') }),
  );

  const registryWith = (p = profile) =>
    new SkillRegistry().register(
      askKnowledgeSkill({
        index: indexed.recording,
        linkFor: (passage) => `https://docs.test/${passage.docId}`,
        profile: p,
      }),
    );
  const ask = (params: unknown, p = profile): Promise<SkillResult> =>
    registryWith(p).get('ask_knowledge')!.invoke(params, context);

  it('takes its description and examples from the profile', () => {
    const skill = registryWith().get('ask_knowledge')!;
    assert.equal(skill.description, profile.assistantDescription);
    assert.deepEqual(skill.examples, profile.examples.questions);
    const neutral = registryWith(defaultOrganisationProfile).get('ask_knowledge')!;
    assert.match(neutral.description, /your organisation/);
    assert.deepEqual(neutral.examples, []);
  });

  it('searches the glossary synonyms too and cites the document that uses the other term', async () => {
    indexed.searched.length = 0;
    const result = await ask({ question: 'Which class of HV gloves is required?' });
    assert.match(indexed.searched[0] ?? '', /insulating gloves/);
    assert.ok(
      result.citations.some((c) => /high-voltage|High Voltage/i.test(c.title)),
      `cites the HV workshop safety standard (got ${result.citations.map((c) => c.title).join(', ')})`,
    );
  });

  it('searches the question as asked when the glossary names nothing', async () => {
    indexed.searched.length = 0;
    await ask({ question: 'What is the pass criterion for the brake fade test?' });
    assert.deepEqual(indexed.searched, ['What is the pass criterion for the brake fade test?']);
  });

  it('accepts the profile’s brand ids (any case) and rejects others, listing the valid ones', async () => {
    await ask({ question: 'logo clear space', brand: 'Aurex' });
    await assert.rejects(
      ask({ question: 'logo clear space', brand: 'peugeot' }),
      (error: AppError) => error.code === 'invalid_parameters',
    );
    await assert.rejects(
      ask({ question: 'logo clear space', brand: 'aurex' }, defaultOrganisationProfile),
      (error: AppError) => error.code === 'invalid_parameters',
    );
  });

  it('lists the profile’s brand ids in the JSON Schema description only, and no brand without a profile', () => {
    const schema = registryWith().get('ask_knowledge')!.parametersJsonSchema as {
      properties: { brand: { enum?: unknown; description: string } };
    };
    assert.equal(schema.properties.brand.enum, undefined);
    assert.match(schema.properties.brand.description, /One of: aurex, velora, kestrel, brava, group/);
    const neutral = JSON.stringify(
      registryWith(defaultOrganisationProfile).get('ask_knowledge')!.parametersJsonSchema,
    );
    assert.doesNotMatch(neutral, /aurex/i);
    assert.match(neutral, /no brands/);
  });

  it('suggests naming one of the profile’s brands when nothing is found', async () => {
    const result = await ask({ question: 'zzqx wibble frobnication' });
    assert.match(result.text, /Name the brand .*Aurex, Velora, Kestrel, Brava/);
    assert.match(result.text, /The documents are in English, German, French, and Italian/);
    const neutral = await ask({ question: 'zzqx wibble frobnication' }, defaultOrganisationProfile);
    assert.doesNotMatch(neutral.text, /Name the brand/);
  });

  it('derives example questions from titles of documents everyone may read', async () => {
    const examples = await deriveExampleQuestions(indexed.index, 3);
    assert.equal(examples.length, 3);
    for (const example of examples) assert.match(example, /^What does “.+” say\?$/);
    const restricted = await deriveExampleQuestions({
      ...indexed.index,
      listHashes: async () => new Map([['x', 'h']]),
      getDocument: async () => ({
        docId: 'x',
        title: 'Secret plan',
        url: '',
        access: ['group:g'],
        brand: 'group',
        language: 'en',
        modified: '',
        contentHash: 'h',
      }),
    } as unknown as SqliteIndex);
    assert.deepEqual(restricted, []);
  });
});

describe('namesToIgnore', () => {
  it('holds the organisation’s names and the forms of the glossary entries the question names', () => {
    const names = namesToIgnore(profile, 'Which HV gloves does Norvik require?');
    for (const name of ['norvik motor group', 'norvik', 'insulating gloves', 'insulating', 'hv gloves', 'hv'])
      assert.ok(names.has(name), name);
    assert.ok(!names.has('paternity'));
    assert.deepEqual([...namesToIgnore(defaultOrganisationProfile, 'Which HV gloves?')], []);
  });
});
