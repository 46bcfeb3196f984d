import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { defaultOrganisationProfile } from '../../../knowledge/profile/defaultOrganisationProfile';
import type { OrganisationProfile } from '../../../knowledge/profile/OrganisationProfile';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { askKnowledgeSkill } from '../../../skills/knowledge/askKnowledgeSkill';
import type { SkillResult } from '../../../skills/SkillDescriptor';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { startFakeOpenAI } from '../../support/fakeOpenAI';
import { fakeChatModel } from '../../support/fakeChatModel';

type Fake = Awaited<ReturnType<typeof startFakeOpenAI>>;
const QUESTION = 'How long does the vehicle handover to the customer take?';
/** The handover rule exists only in German. */
const GERMAN = `---\ntitle: Fahrzeugübergabe\nlanguage: de\naccess: [everyone]\n---\n# Fahrzeugübergabe\n\nDie Übergabe des Fahrzeugs an den Kunden dauert 90 Minuten und umfasst eine Probefahrt.\n`;
const ENGLISH = `---\ntitle: Travel policy\naccess: [everyone]\n---\n# Travel\n\nBook trains for trips under 500 km and flights only above.\n`;

/**
 * Cross-language questions with a model: an English question about a document written only in German is
 * translated by the model (loopback OpenAI server), searched in German, answered in English and cited to the
 * German original. The profile's `languages` decides whether questions are translated at all.
 */
describe('ask_knowledge with a model: questions translated into the documents’ languages', () => {
  let root: string;
  let index: SqliteIndex;
  let fake: Fake;
  const registryWith = (languages: readonly string[]): SkillRegistry => {
    const answerModel = fakeChatModel(fake);
    const profile: OrganisationProfile = { ...defaultOrganisationProfile, languages };
    return new SkillRegistry().register(
      askKnowledgeSkill({ index, answerModel, profile, linkFor: (p) => `https://docs.test/${p.docId}` }),
    );
  };
  const ask = async (registry: SkillRegistry): Promise<SkillResult> =>
    (await registry
      .get('ask_knowledge')
      ?.invoke(
        { question: QUESTION },
        { user: { id: 'alex', principals: ['everyone'] }, surface: 'test' },
      )) as SkillResult;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ask-translate-'));
    const corpus = path.join(root, 'corpus');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'uebergabe.md'), GERMAN);
    fs.writeFileSync(path.join(corpus, 'travel.md'), ENGLISH);
    index = new SqliteIndex({ file: path.join(root, 'index.sqlite') });
    await runIngest({ source: new FolderSource({ root: corpus }), index });
    fake = await startFakeOpenAI();
  });
  after(async () => {
    await fake.stop();
    await index.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('finds the German document through the model’s translation and answers in English, citing it', async () => {
    const before = fake.requests.length;
    fake.reply(
      {
        content:
          'de: Wie lange dauert die Übergabe des Fahrzeugs an den Kunden?\nfr: Combien de temps dure la remise ?',
      },
      { content: 'The handover to the customer takes 90 minutes and includes a test drive [1].' },
    );
    const result = await ask(registryWith(['en', 'de']));
    const calls = fake.requests.slice(before);
    assert.equal(calls.length, 2, 'one translation call, one answer call');
    const translation = JSON.stringify(calls[0]?.body.messages);
    assert.match(translation, /Languages: de \(German\)/);
    assert.doesNotMatch(translation, /\ben \(English\)/, 'never into the question’s own language');
    assert.match(
      JSON.stringify(calls[1]?.body.messages),
      /dauert 90 Minuten/,
      'the German passage reached the writer',
    );
    assert.equal(result.text, 'The handover to the customer takes 90 minutes and includes a test drive. [1]');
    assert.equal(result.citations[0]?.title, 'Fahrzeugübergabe');
  });

  it('does not translate when the organisation has one language, and then finds nothing to answer from', async () => {
    const before = fake.requests.length;
    const result = await ask(registryWith(['en']));
    assert.equal(fake.requests.length, before, 'no model call: nothing readable matched');
    assert.equal(result.citations.length, 0);
  });

  it('ignores a translation reply that is not plain lines of the asked languages', async () => {
    const before = fake.requests.length;
    fake.reply({ content: 'Sure! Here you go: [de](https://evil.example) <b>Übergabe</b>' });
    const result = await ask(registryWith(['en', 'de']));
    assert.equal(fake.requests.length, before + 1, 'only the translation call: nothing readable matched');
    assert.equal(result.citations.length, 0);
  });
});
