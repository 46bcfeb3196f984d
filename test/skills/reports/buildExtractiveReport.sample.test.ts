import assert from 'node:assert/strict';
import { canRead } from '../../../knowledge/access/AccessList';
import { buildExtractiveReport } from '../../../skills/reports/buildExtractiveReport';
import type { Report } from '../../../skills/reports/Report';
import {
  ALEX,
  MEGAN,
  PATTI,
  allStatements,
  collapse,
  openSampleIndex,
  stem,
  type SampleIndex,
} from './sampleIndex';

const TORRENTE_DOC = 'brand-guidelines/velora/velora-torrente-launch-plan.md';

describe('buildExtractiveReport over the sample corpus', function () {
  this.timeout(60_000);
  let sample: SampleIndex;
  const reports = new Map<string, Report>();
  const draft = async (topic: string, userId: string, changes?: string): Promise<Report> => {
    const user = await sample.user(userId);
    return buildExtractiveReport(
      { topic, audience: 'internal', authorId: userId, ...(changes ? { changes } : {}) },
      (query) => sample.search(query, user),
    );
  };

  before(async () => {
    sample = await openSampleIndex();
    reports.set('brake', await draft('brake system validation', ALEX));
  });
  after(() => sample.close());

  const brake = () => reports.get('brake') as Report;

  it('has at least two sections', () => assert.ok(brake().sections.length >= 2));
  it('has a summary of 1 to 3 statements', () =>
    assert.ok(brake().summary.length >= 1 && brake().summary.length <= 3));
  it('prefers full sentences to label lines in the summary', () =>
    assert.ok(!brake().summary.some((s) => /^Document owner:/.test(s.text))));
  it('still lists the label line as a finding', () =>
    assert.ok(brake().sections.some((s) => s.findings.some((f) => /^Document owner:/.test(f.text)))));
  it('cites the brake validation standard', () =>
    assert.ok(brake().sources.some((s) => s.docId.endsWith('nes-brk-004-brake-system-validation.md'))));
  it('cites every statement with existing source numbers', () => {
    for (const s of allStatements(brake())) {
      assert.ok(s.citations.length > 0, s.text);
      for (const n of s.citations)
        assert.ok(
          brake().sources.some((src) => src.n === n),
          `[${n}]`,
        );
    }
  });
  it('quotes every statement verbatim from the cited document', async () => {
    for (const s of allStatements(brake())) {
      const source = brake().sources.find((src) => src.n === s.citations[0]);
      const chunks = await sample.index.getChunks(source?.docId ?? '');
      assert.ok(
        chunks.some((chunk) => collapse(chunk.text).includes(stem(s.text))),
        `not verbatim from ${source?.docId}: ${s.text}`,
      );
    }
  });
  it('numbers sources 1..k by first use (summary, then sections)', () => {
    const firstUse: number[] = [];
    for (const s of allStatements(brake()))
      for (const n of s.citations) if (!firstUse.includes(n)) firstUse.push(n);
    assert.deepEqual(
      firstUse,
      brake().sources.map((_s, i) => i + 1),
    );
    assert.deepEqual(
      brake().sources.map((s) => s.n),
      firstUse,
    );
  });
  it('repeats no statement across sections', () => {
    const texts = brake().sections.flatMap((s) => s.findings.map((f) => f.text));
    assert.equal(new Set(texts).size, texts.length);
  });
  it('names uncovered aspects as open questions', () =>
    assert.ok(
      brake().openQuestions.every((q) =>
        /^No documents you can access cover brake system validation/.test(q),
      ),
    ));

  const PROPERTY_CASES: [string, string][] = [
    ['brake supplier quality', MEGAN],
    ['NMP-E charging', ALEX],
    ['corrosion test', ALEX],
    ['Aurex logo', ALEX],
    ['corporate VPN', PATTI],
    ['wheel bolt torque', ALEX],
    ['TORRENTE launch', MEGAN],
  ];
  for (const [topic, userId] of PROPERTY_CASES) {
    it(`"${topic}" for ${userId}: every statement verbatim from a readable, cited document`, async () => {
      const report = await draft(topic, userId);
      const user = await sample.user(userId);
      assert.ok(report.sections.length > 0, 'found something');
      for (const s of allStatements(report)) {
        const source = report.sources.find((src) => src.n === s.citations[0]);
        const doc = await sample.index.getDocument(source?.docId ?? '');
        assert.ok(doc && canRead(doc.access, user.principals), source?.docId);
        const chunks = await sample.index.getChunks(source?.docId ?? '');
        assert.ok(
          chunks.some((c) => collapse(c.text).includes(stem(s.text))),
          s.text,
        );
      }
    });
  }

  it('gives Alex nothing from the TORRENTE launch plan', async () => {
    const report = await draft('TORRENTE launch', ALEX);
    const user = await sample.user(ALEX);
    assert.ok(!report.sources.some((s) => s.docId === TORRENTE_DOC));
    for (const source of report.sources) {
      const doc = await sample.index.getDocument(source.docId);
      assert.ok(doc && canRead(doc.access, user.principals), source.docId);
    }
    const plan = await sample.index.getChunks(TORRENTE_DOC);
    for (const s of allStatements(report))
      assert.ok(!plan.some((c) => collapse(c.text).includes(stem(s.text)) && s.text.length > 40), s.text);
  });
  it('gives Megan (brand-velora) the TORRENTE launch plan', async () => {
    const report = await draft('TORRENTE launch', MEGAN);
    assert.ok(report.sources.some((s) => s.docId === TORRENTE_DOC));
  });

  it('regenerates deterministically with the same changes', async () => {
    const a = await draft('brake system validation', ALEX, 'focus on the parking brake gradient');
    const b = await draft('brake system validation', ALEX, 'focus on the parking brake gradient');
    assert.deepEqual({ ...a, id: '', createdAt: '' }, { ...b, id: '', createdAt: '' });
  });
  it('regenerating with changes changes the report', async () => {
    const changed = await draft(
      'brake system validation',
      ALEX,
      'focus on fluid boiling point and pad separation',
    );
    assert.notDeepEqual({ ...changed, id: '', createdAt: '' }, { ...brake(), id: '', createdAt: '' });
    assert.match(changed.summary.map((s) => s.text).join(' '), /boiling|pad material/);
  });
  it('finds nothing for an off-corpus topic (no sections)', async () => {
    const report = await draft('quantum teleportation of giraffes', ALEX);
    assert.deepEqual([report.sections, report.summary, report.sources], [[], [], []]);
    assert.ok(report.openQuestions.length > 0);
  });
});
