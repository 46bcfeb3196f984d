import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import mammoth from 'mammoth';
import { BlobReportStore } from '../../../skills/reports/BlobReportStore';
import { newReportId } from '../../../skills/reports/reportId';
import { sharedAzurite } from '../../support/azurite';
import { fixtureReport } from './reportFixture';
import { zipEntries } from './zipEntries';

describe('BlobReportStore (Azurite)', () => {
  let container: ContainerClient;
  let store: BlobReportStore;
  beforeEach(async () => {
    const azurite = await sharedAzurite();
    container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(
      `reports${crypto.randomBytes(6).toString('hex')}`,
    );
    store = new BlobReportStore({ container });
  });
  afterEach(() => container.deleteIfExists());

  it('returns a saved draft, and undefined for an unknown one', async () => {
    const report = fixtureReport();
    await store.saveDraft(report);
    assert.deepEqual(await store.getDraft(report.id), report);
    assert.equal(await store.getDraft(newReportId()), undefined);
  });

  for (const id of ['../../etc/passwd', '..', '', 'AAAAAAAAAAAAAAAAAAAAA/', '%2e%2e%2fAAAAAAAAAAAAAAAA']) {
    it(`treats ${JSON.stringify(id)} as not found and refuses to save under it`, async () => {
      assert.equal(await store.getDraft(id), undefined);
      assert.equal(await store.getExport(id), undefined);
      await assert.rejects(store.export(id));
      await assert.rejects(store.saveDraft(fixtureReport('x', { id })));
    });
  }

  it('exports a .docx and a Markdown file, readable later through another instance', async () => {
    const report = fixtureReport();
    await store.saveDraft(report);
    assert.equal(await store.getExport(report.id), undefined);
    const exported = await store.export(report.id);
    assert.deepEqual(
      exported.files.map((f) => f.name),
      ['report-fade-test.docx', 'report-fade-test.md'],
    );
    const docx = exported.files[0]?.bytes ?? Buffer.alloc(0);
    assert.ok(zipEntries(docx).includes('word/document.xml'));
    assert.ok(
      (await mammoth.extractRawText({ buffer: docx })).value.includes('Finding one about Fade test. [1]'),
    );
    assert.match(exported.files[1]?.bytes.toString('utf8') ?? '', /^# Report: Fade test$/m);
    const again = await new BlobReportStore({ container }).getExport(report.id);
    assert.deepEqual(again, exported);
  });

  it('exports once across instances: concurrent exports return the same files, a later one changes nothing', async () => {
    const report = fixtureReport();
    await store.saveDraft(report);
    const other = new BlobReportStore({ container });
    const [a, b] = await Promise.all([store.export(report.id), other.export(report.id)]);
    assert.deepEqual(b, a);
    await store.saveDraft({ ...report, title: 'Changed title' });
    assert.deepEqual(await other.export(report.id), a);
  });

  it('rejects exporting a missing draft', async () =>
    assert.rejects(store.export(newReportId()), /no such report/));
});
