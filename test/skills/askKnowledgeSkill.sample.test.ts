import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { canRead } from '../../knowledge/access/AccessList';
import type { LocalDirectory } from '../../knowledge/identity/LocalDirectory';
import type { SqliteIndex } from '../../knowledge/index/SqliteIndex';
import type { SkillRegistry } from '../../skills/SkillRegistry';
import type { SkillResult } from '../../skills/SkillDescriptor';
import { validateCard } from '../adaptive-cards/validateCard';
import { cardText } from '../support/cardText';
import { openSampleAskKnowledge, type SampleAskKnowledge } from '../support/openSampleAskKnowledge';

const SAMPLE = path.join(__dirname, '../../knowledge/sample');
interface SampleQuestion {
  question: string;
  expectedDocId: string;
  user: string;
  mustContain: string;
}
const questions = JSON.parse(
  fs.readFileSync(path.join(SAMPLE, 'questions.json'), 'utf8'),
) as SampleQuestion[];
const directoryYaml = fs.readFileSync(path.join(SAMPLE, 'directory.yaml'), 'utf8');
const userIds = [...directoryYaml.matchAll(/^\s*-\s*id:\s*(\S+)\s*$/gm)]
  .map((m) => m[1] as string)
  .filter((id) => !/^(eng|brand|all|quality|hr|engineering)/.test(id));

describe('ask_knowledge over the bundled sample corpus', function () {
  this.timeout(60_000);
  let index: SqliteIndex;
  let directory: LocalDirectory;
  let registry: SkillRegistry;
  const citedDocIds = new Map<string, string>();
  let sample: SampleAskKnowledge;

  before(async () => {
    sample = await openSampleAskKnowledge('sample-', citedDocIds);
    ({ index, directory, registry } = sample);
    const { summary } = sample;
    assert.deepEqual(summary.failed, [], 'every sample document ingests');
    assert.ok(summary.added >= 60, `sample corpus has at least 60 documents (got ${summary.added})`);
  });
  after(() => sample.close());

  async function ask(question: string, userId: string): Promise<SkillResult> {
    const principals = await directory.principalsFor(userId);
    return registry
      .get('ask_knowledge')!
      .invoke({ question }, { user: { id: userId, principals }, surface: 'test' });
  }
  const docIdsOf = (result: SkillResult) => result.citations.map((c) => citedDocIds.get(c.url) ?? c.url);

  it('has at least 20 sample questions', () => assert.ok(questions.length >= 20));

  /** Share of sample questions whose answer must quote the expected fact verbatim. Measured: 40/45 (0.89). */
  const MIN_FACT_RATE = 0.85;
  const factMisses: string[] = [];

  for (const q of questions) {
    it(`cites ${q.expectedDocId} for "${q.question}"`, async () => {
      const result = await ask(q.question, q.user);
      assert.deepEqual(validateCard(result.card), []);
      assert.ok(docIdsOf(result).includes(q.expectedDocId), `cited ${docIdsOf(result).join(', ')}`);
      assert.match(result.text, /\[1\]/);
      if (!result.text.includes(q.mustContain)) factMisses.push(`${q.question} (wanted "${q.mustContain}")`);
    });
  }

  it(`quotes the expected fact for at least ${MIN_FACT_RATE * 100} % of the sample questions`, () => {
    const rate = (questions.length - factMisses.length) / questions.length;
    console.log(
      `      fact rate ${questions.length - factMisses.length}/${questions.length}; misses:\n        ${factMisses.join('\n        ')}`,
    );
    assert.ok(rate >= MIN_FACT_RATE, `fact rate ${rate.toFixed(2)}`);
  });

  it('never cites a document the asking user may not read (every user x every question)', async () => {
    let checked = 0;
    for (const userId of userIds) {
      const principals = await directory.principalsFor(userId);
      for (const q of questions) {
        const result = await ask(q.question, userId);
        for (const docId of docIdsOf(result)) {
          const doc = await index.getDocument(docId);
          assert.ok(doc && canRead(doc.access, principals), `${userId} was shown ${docId}`);
          checked += 1;
        }
        const text = cardText(result.card);
        const expected = await index.getDocument(q.expectedDocId);
        if (expected && !canRead(expected.access, principals)) {
          assert.ok(!docIdsOf(result).includes(q.expectedDocId));
          assert.ok(
            !text.includes(q.mustContain) || (await anyReadableContains(q.mustContain, principals)),
            `${userId} saw "${q.mustContain}"`,
          );
        }
      }
    }
    assert.ok(checked > 0);
  });

  async function anyReadableContains(phrase: string, principals: string[]): Promise<boolean> {
    const hits = await index.search(phrase, { principals, top: 50 });
    return hits.some((hit) => hit.text.includes(phrase));
  }
});
