import assert from 'node:assert/strict';
import type { Passage } from '../../../knowledge/index/Passage';
import { buildExtractiveReport } from '../../../skills/reports/buildExtractiveReport';
import { reportPassage } from './reportFixture';

const passage = reportPassage;

const CORPUS: Passage[] = [
  passage(
    'a',
    '1. Scope',
    'Hose crimp inspection covers every brake hose supplier.\nHose crimp inspection uses a gauge.',
  ),
  passage(
    'b',
    'Findings',
    'Hose crimp inspection covers every brake hose supplier!\nChafing risks were found at the brake hose crimp.',
  ),
  passage('c', 'Canteen', 'The canteen opens at noon.'),
];

/** A search over CORPUS: passages sharing a word with the query, in corpus order. */
async function search(query: string): Promise<Passage[]> {
  const words = query.toLowerCase().split(/\s+/);
  return CORPUS.filter((p) => words.some((w) => p.text.toLowerCase().includes(w)));
}

describe('buildExtractiveReport', () => {
  const build = (topic: string, changes?: string) =>
    buildExtractiveReport(
      {
        topic,
        audience: 'internal',
        authorId: 'u1',
        id: 'x'.repeat(22),
        now: () => new Date(0),
        ...(changes ? { changes } : {}),
      },
      search,
    );

  it('drops a near-duplicate sentence found in another document', async () => {
    const report = await build('brake hose crimp inspection');
    const texts = report.sections.flatMap((s) => s.findings.map((f) => f.text));
    assert.equal(texts.filter((t) => t.startsWith('Hose crimp inspection covers')).length, 1);
  });
  it('keeps an aspect finding only when it mentions the aspect', async () => {
    const report = await build('brake hose crimp inspection');
    const risks = report.sections.find((s) => s.findings.some((f) => f.text.startsWith('Chafing risks')));
    assert.ok(risks);
    assert.ok(!report.openQuestions.some((q) => q.includes('risks')));
    assert.ok(
      report.openQuestions.includes('No documents you can access cover brake hose crimp inspection results.'),
    );
  });
  it('numbers sources by first use', async () => {
    const report = await build('brake hose crimp inspection');
    assert.deepEqual(
      report.sources.map((s) => [s.n, s.docId]),
      [
        [1, 'a'],
        [2, 'b'],
      ],
    );
  });
  it('labels sections by source section heading', async () =>
    assert.deepEqual(
      (await build('brake hose crimp inspection')).sections.map((s) => s.heading),
      ['1. Scope', 'Findings'],
    ));
  it('turns an uncovered focus into an open question', async () =>
    assert.ok(
      (await build('brake hose crimp inspection', 'focus on zeppelin mooring')).openQuestions[0]?.includes(
        'requested focus (zeppelin mooring)',
      ),
    ));
  it('uses the given id, time and author', async () => {
    const report = await build('brake hose crimp inspection');
    assert.deepEqual(
      [report.id, report.createdAt, report.authorId],
      ['x'.repeat(22), '1970-01-01T00:00:00.000Z', 'u1'],
    );
  });
  it('has no sections, summary or sources when nothing is relevant', async () => {
    const report = await build('zeppelin mooring');
    assert.deepEqual([report.sections, report.summary, report.sources], [[], [], []]);
  });
  it('rejects when the search rejects', async () =>
    assert.rejects(
      buildExtractiveReport({ topic: 'brakes', audience: 'internal' }, () =>
        Promise.reject(new Error('down')),
      ),
      /down/,
    ));
});
