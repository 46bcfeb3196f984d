import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { askKnowledgeSkill } from '../../../skills/knowledge/askKnowledgeSkill';
import type { SkillContext, SkillResult } from '../../../skills/SkillDescriptor';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { cardText } from '../../support/cardText';
import { writeFixtureCorpus } from '../../support/botFixture';
import { startFakeOpenAI, type FakeReply } from '../../support/fakeOpenAI';
import { RecordingSecurityEvents } from '../../support/recordingSecurityEvents';
import { fakeChatModel } from '../../support/fakeChatModel';

type Fake = Awaited<ReturnType<typeof startFakeOpenAI>>;
const QUESTION = 'What is the pass criterion for the brake fade test?';

describe('ask_knowledge with an answer model', () => {
  let root: string;
  let index: SqliteIndex;
  let fake: Fake;
  let registry: SkillRegistry;
  const events = new RecordingSecurityEvents();
  const context = (stream?: SkillContext['stream']): SkillContext => ({
    user: { id: 'alex', principals: ['everyone', 'user:alex'] },
    surface: 'test',
    correlationId: 'activity-1',
    ...(stream ? { stream } : {}),
  });
  const ask = async (reply: FakeReply | undefined, question = QUESTION, stream?: SkillContext['stream']) => {
    if (reply) fake.reply(reply);
    return (await registry.get('ask_knowledge')?.invoke({ question }, context(stream))) as SkillResult;
  };

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ask-model-'));
    const { corpus } = writeFixtureCorpus(root);
    index = new SqliteIndex({ file: path.join(root, 'index.sqlite') });
    await runIngest({ source: new FolderSource({ root: corpus }), index });
    fake = await startFakeOpenAI();
    const answerModel = fakeChatModel(fake);
    registry = new SkillRegistry().register(
      askKnowledgeSkill({
        index,
        answerModel,
        linkFor: (p) => `https://docs.test/${p.docId}`,
        securityEvents: events,
      }),
    );
  });
  after(async () => {
    await fake.stop();
    await index.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('shows a valid model answer, labelled as written by the model', async () => {
    const result = await ask({ content: 'The fade test passes at 6.0 m/s² or more on the tenth stop [1].' });
    const text = cardText(result.card);
    assert.match(text, /The fade test passes at 6\.0 m\/s² or more on the tenth stop\./);
    assert.match(text, /Written by gpt-4o \(a language model\) from 1 document/);
    assert.equal(result.text, 'The fade test passes at 6.0 m/s² or more on the tenth stop. [1]');
    assert.equal(result.citations[0]?.title, 'Brake Fade Test Standard');
    assert.equal(result.audit?.detail, 'model:gpt-4o');
  });

  const fallbacks: [string, FakeReply][] = [
    ['an uncited answer', { content: 'The criterion is strict.' }],
    ['an out-of-range marker', { content: 'The criterion is 6.0 m/s² [9].' }],
    ['a markdown link', { content: 'See [here](https://x.test) [1].' }],
    ['a bare URL', { content: 'Log in at https://evil.example/login to read it [1].' }],
    ['an HTML image', { content: 'The criterion is 6.0 m/s² <img src="https://t.example/p.png"> [1].' }],
    ['an empty answer', { content: '' }],
    ['a model error', { status: 401 }],
  ];
  /** The fallbacks whose model text held link syntax: each records one `link_stripped` event. */
  const withLinks = new Set(['a markdown link', 'a bare URL', 'an HTML image']);
  for (const [name, reply] of fallbacks) {
    it(`falls back to the extractive answer on ${name}`, async () => {
      events.clear();
      const result = await ask(reply);
      assert.deepEqual(
        events.ofType('link_stripped').map((e) => [e.correlationId, e.surface, e.reason]),
        withLinks.has(name) ? [['activity-1', 'test', 'model_answer']] : [],
      );
      const text = cardText(result.card);
      assert.match(text, /Extracted from 1 document/);
      assert.match(text, /mean fully developed deceleration of at least 6\.0 m\/s²/);
      assert.equal(result.audit?.detail, undefined);
    });
  }

  it('streams validated sentences through context.stream', async () => {
    const deltas: string[] = [];
    const result = await ask(
      { content: 'Ten stops are made [1]. The pass mark is 6.0 m/s² [1].' },
      QUESTION,
      { delta: (text) => deltas.push(text) },
    );
    assert.deepEqual(deltas, ['Ten stops are made. [1] ', 'The pass mark is 6.0 m/s². [1] ']);
    assert.match(cardText(result.card), /Written by gpt-4o/);
  });

  it('does not call the model when nothing readable was found', async () => {
    const before = fake.requests.length;
    const result = await ask(undefined, 'Torrente');
    assert.equal(fake.requests.length, before);
    assert.equal(result.citations.length, 0);
  });
});
