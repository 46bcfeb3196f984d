import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { createGraphClient } from '../../../knowledge/graph/createGraphClient';
import type { GraphRetryOptions } from '../../../knowledge/graph/withGraphRetry';
import { GraphReportStore } from '../../../skills/reports/GraphReportStore';
import { newReportId } from '../../../skills/reports/reportId';
import { renderReportMarkdown } from '../../../skills/reports/renderReportMarkdown';
import { ReportStoreError } from '../../../skills/reports/ReportStoreError';
import { startFakeGraph, staticTokenCredential, type FakeGraph } from '../../support/fakeGraph';
import { fixtureReport } from './reportFixture';
import { rejectionOf } from '../../support/rejectionOf';

const AUTHOR = 'u-author';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('GraphReportStore', () => {
  let graph: FakeGraph;
  let root: string;
  let delays: number[];
  let store: GraphReportStore;
  const storeAt = (dir: string, retry: GraphRetryOptions = {}) =>
    new GraphReportStore({
      dir,
      client: createGraphClient({ credential: staticTokenCredential(graph.token), baseUrl: graph.baseUrl }),
      retry: { sleep: async (ms) => void delays.push(ms), random: () => 0, ...retry },
    });
  const uploads = () => graph.requests.filter((r) => r.method === 'PUT');
  const rejection = (promise: Promise<unknown>): Promise<ReportStoreError> =>
    rejectionOf(promise, ReportStoreError);

  beforeEach(async () => {
    graph = await startFakeGraph();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-report-store-'));
    delays = [];
    store = storeAt(root);
    await store.saveDraft(fixtureReport());
  });
  afterEach(async () => {
    await graph.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  describe('export', () => {
    it('uploads the .docx and the Markdown file to the author’s Reports folder', async () => {
      await store.export(fixtureReport().id);
      assert.deepEqual(
        graph.driveFiles(AUTHOR).map((f) => [f.path, f.contentType]),
        [
          ['Reports/report-fade-test.docx', DOCX_TYPE],
          ['Reports/report-fade-test.md', 'text/markdown'],
        ],
      );
    });
    it('asks Graph to rename on a name conflict, with the app token', async () => {
      await store.export(fixtureReport().id);
      for (const request of uploads()) {
        assert.match(
          request.url,
          /^\/v1\.0\/users\/u-author\/drive\/root:\/Reports\/report-fade-test\.(docx|md):\/content\?/,
        );
        assert.match(decodeURIComponent(request.url), /@microsoft\.graph\.conflictBehavior=rename/);
        assert.equal(request.authorization, `Bearer ${graph.token}`);
      }
    });
    it('returns the driveItems’ webUrls and drive paths', async () => {
      const exported = await store.export(fixtureReport().id);
      const [docx, markdown] = graph.driveFiles(AUTHOR);
      assert.deepEqual(exported.webUrls, { docx: docx?.webUrl, markdown: markdown?.webUrl });
      assert.deepEqual(
        [exported.docxPath, exported.markdownPath],
        ['/drive/root:/Reports/report-fade-test.docx', '/drive/root:/Reports/report-fade-test.md'],
      );
    });
    it('uploads a .docx that opens, and the Markdown rendering', async () => {
      await store.export(fixtureReport().id);
      const [docx, markdown] = graph.driveFiles(AUTHOR);
      const text = (await mammoth.extractRawText({ buffer: docx?.bytes as Buffer })).value;
      assert.ok(text.includes('Finding one about Fade test. [1]'));
      assert.equal(markdown?.bytes.toString('utf8'), renderReportMarkdown(fixtureReport()));
    });
    it('returns the uploaded bytes as the export’s files', async () => {
      const exported = await store.export(fixtureReport().id);
      assert.deepEqual(
        exported.files.map((f) => f.bytes),
        graph.driveFiles(AUTHOR).map((f) => f.bytes),
      );
    });
    it('uploads once: a second export returns the first', async () => {
      const first = await store.export(fixtureReport().id);
      const second = await store.export(fixtureReport().id);
      assert.deepEqual(second, first);
      assert.equal(uploads().length, 2);
    });
    it('uploads once for concurrent exports', async () => {
      await Promise.all([store.export(fixtureReport().id), store.export(fixtureReport().id)]);
      assert.equal(uploads().length, 2);
    });
    it('remembers the export across restarts', async () => {
      const first = await store.export(fixtureReport().id);
      const again = await storeAt(root).export(fixtureReport().id);
      assert.deepEqual(again.webUrls, first.webUrls);
      assert.equal(uploads().length, 2);
    });
    it('keeps an existing file: a second report with the same name is renamed', async () => {
      const other = fixtureReport('Fade test', { id: newReportId() });
      await store.saveDraft(other);
      await store.export(fixtureReport().id);
      const exported = await store.export(other.id);
      assert.equal(exported.docxPath, '/drive/root:/Reports/report-fade-test (1).docx');
      assert.equal(graph.driveFiles(AUTHOR).length, 4);
    });
  });

  describe('getExport', () => {
    it('is undefined before the export', async () =>
      assert.equal(await store.getExport(fixtureReport().id), undefined));
    it('returns the export with its webUrls afterwards', async () => {
      const exported = await store.export(fixtureReport().id);
      assert.deepEqual(await store.getExport(fixtureReport().id), exported);
    });
    it('is undefined for a malformed id', async () =>
      assert.equal(await store.getExport('../etc'), undefined));
  });

  describe('drafts', () => {
    it('keeps drafts as the file store does', async () =>
      assert.deepEqual(await store.getDraft(fixtureReport().id), fixtureReport()));
    it('rejects exporting a missing draft', () =>
      assert.rejects(store.export(newReportId()), /no such report/));
  });

  describe('failures', () => {
    it('retries a 503, then succeeds', async () => {
      graph.script(/\/drive\/root:\/Reports\/report-fade-test\.docx:/, { status: 503 });
      const exported = await store.export(fixtureReport().id);
      assert.ok(exported.webUrls);
      assert.equal(delays.length, 1);
      assert.equal(uploads().length, 3);
    });
    it('waits at least the Retry-After of a 429', async () => {
      graph.script(/\/drive\/root:/, { status: 429, retryAfter: '7' });
      await store.export(fixtureReport().id);
      assert.deepEqual(delays, [7000]);
    });
    it('gives up as report_store_unavailable after its retries', async () => {
      store = storeAt(root, { maxAttempts: 2 });
      graph.script(/\/drive\/root:/, { status: 503 }, { status: 503 });
      const error = await rejection(store.export(fixtureReport().id));
      assert.deepEqual([error.code, error.status], ['report_store_unavailable', 503]);
      assert.equal(await store.getExport(fixtureReport().id), undefined);
    });
    it('reports a 403 as report_store_denied, without the token', async () => {
      graph.denyDrive(AUTHOR);
      const error = await rejection(store.export(fixtureReport().id));
      assert.deepEqual([error.code, error.status], ['report_store_denied', 403]);
      assert.ok(!`${error.message} ${error.userMessage} ${error.stack}`.includes(graph.token));
      assert.equal(delays.length, 0, 'a denial is not retried');
    });
    it('reports a rejected token as report_store_denied', async () => {
      const wrong = new GraphReportStore({
        dir: root,
        client: createGraphClient({
          credential: staticTokenCredential('wrong-token'),
          baseUrl: graph.baseUrl,
        }),
      });
      assert.equal((await rejection(wrong.export(fixtureReport().id))).code, 'report_store_denied');
    });
    it('uploads only the missing file after a partial failure', async () => {
      store = storeAt(root, { maxAttempts: 1 });
      graph.script(/report-fade-test\.md:/, { status: 503 });
      await rejection(store.export(fixtureReport().id));
      assert.equal(await store.getExport(fixtureReport().id), undefined);
      await store.export(fixtureReport().id);
      assert.deepEqual(
        graph.driveFiles(AUTHOR).map((f) => f.name),
        ['report-fade-test.docx', 'report-fade-test.md'],
      );
      assert.equal(uploads().filter((r) => r.url.includes('.docx')).length, 1);
    });
    it('refuses a file over 4 MB without uploading it', async () => {
      const huge = fixtureReport('Huge', {
        id: newReportId(),
        summary: [{ text: 'word '.repeat(900_000), citations: [1] }],
      });
      await store.saveDraft(huge);
      assert.equal((await rejection(store.export(huge.id))).code, 'report_too_large');
      assert.deepEqual(
        uploads().map((r) => r.url.includes('.md')),
        [false],
      );
    });
  });
});
