import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { FileReportStore } from '../../../skills/reports/FileReportStore';
import { isReportId, newReportId } from '../../../skills/reports/reportId';
import { fixtureReport } from './reportFixture';
import { zipEntries } from './zipEntries';

describe('FileReportStore', () => {
  let root: string;
  let dir: string;
  let store: FileReportStore;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-store-'));
    dir = path.join(root, 'reports');
    store = new FileReportStore({ dir });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('returns a saved draft', async () => {
    const report = fixtureReport();
    await store.saveDraft(report);
    assert.deepEqual(await store.getDraft(report.id), report);
  });
  it('returns undefined for an unknown draft', async () =>
    assert.equal(await store.getDraft(newReportId()), undefined));

  const badIds = [
    '../../etc/passwd',
    '..',
    '',
    'AAAAAAAAAAAAAAAAAAAAA/',
    'AAAAAAAAAAAAAAAAAAAAA.',
    '%2e%2e%2fAAAAAAAAAAAAAAAA',
    'a'.repeat(23),
  ];
  for (const id of badIds) {
    it(`treats ${JSON.stringify(id)} as not found`, async () => {
      assert.equal(await store.getDraft(id), undefined);
      assert.equal(await store.getExport(id), undefined);
      await assert.rejects(store.export(id));
    });
    it(`refuses to save under ${JSON.stringify(id)}`, async () => {
      await assert.rejects(store.saveDraft(fixtureReport('x', { id })));
      assert.ok(!fs.existsSync(path.join(root, 'etc')));
    });
  }

  it('issues url-safe, distinct ids', () => {
    const ids = new Set(Array.from({ length: 50 }, newReportId));
    assert.equal(ids.size, 50);
    for (const id of ids) assert.ok(isReportId(id));
  });

  it('exports a .docx and a Markdown file next to the draft', async () => {
    const report = fixtureReport();
    await store.saveDraft(report);
    const exported = await store.export(report.id);
    assert.deepEqual(
      exported.files.map((f) => f.name),
      ['report-fade-test.docx', 'report-fade-test.md'],
    );
    assert.equal(path.dirname(exported.docxPath), path.join(dir, report.id));
    assert.ok(zipEntries(fs.readFileSync(exported.docxPath)).includes('word/document.xml'));
    const text = (await mammoth.extractRawText({ path: exported.docxPath })).value;
    assert.ok(text.includes('Finding one about Fade test. [1]'));
    assert.match(fs.readFileSync(exported.markdownPath, 'utf8'), /^# Report: Fade test$/m);
  });
  it('leaves no temporary files', async () => {
    await store.saveDraft(fixtureReport());
    await store.export(fixtureReport().id);
    assert.deepEqual(
      fs.readdirSync(path.join(dir, fixtureReport().id)).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });
  it('exports once: a second export returns the first files', async () => {
    const report = fixtureReport();
    await store.saveDraft(report);
    const [a, b] = await Promise.all([store.export(report.id), store.export(report.id)]);
    const mtime = fs.statSync(a.docxPath).mtimeMs;
    await store.saveDraft({ ...report, title: 'Changed title' });
    const c = await store.export(report.id);
    assert.deepEqual([b.docxPath, c.docxPath], [a.docxPath, a.docxPath]);
    assert.equal(fs.statSync(c.docxPath).mtimeMs, mtime);
  });
  it('has no export before export is called', async () => {
    await store.saveDraft(fixtureReport());
    assert.equal(await store.getExport(fixtureReport().id), undefined);
  });
  it('returns the export later with the file bytes', async () => {
    await store.saveDraft(fixtureReport());
    const exported = await store.export(fixtureReport().id);
    const again = await new FileReportStore({ dir }).getExport(fixtureReport().id);
    assert.deepEqual(again?.files[1]?.bytes, fs.readFileSync(exported.markdownPath));
  });
  it('rejects exporting a missing draft', async () =>
    assert.rejects(store.export(newReportId()), /no such report/));
});
