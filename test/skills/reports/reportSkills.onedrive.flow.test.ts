import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import mammoth from 'mammoth';
import { loadConfig } from '../../../host/config/loadConfig';
import { composeSkills, type SkillBackends } from '../../../host/composeSkills';
import { SqliteApprovalStore } from '../../../skills/reports/approval/SqliteApprovalStore';
import { SqliteConfirmationStore } from '../../../skills/confirm/SqliteConfirmationStore';
import type { AppError } from '../../../skills/errors/AppError';
import { SqliteIdempotencyStore } from '../../../skills/confirm/SqliteIdempotencyStore';
import { GraphReportStore } from '../../../skills/reports/GraphReportStore';
import type { SkillResult, SkillUser } from '../../../skills/SkillDescriptor';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { ofType, visibleText } from '../../adaptive-cards/cardWalk';
import { validateCard } from '../../adaptive-cards/validateCard';
import { startFakeGraph, staticTokenCredential, type FakeGraph } from '../../support/fakeGraph';
import { startFakeOpenAI } from '../../support/fakeOpenAI';
import { ArrayAuditLog } from './arrayAuditLog';
import { ALEX, MEGAN, openSampleIndex, type SampleIndex } from './sampleIndex';

const GUID = '11111111-2222-3333-4444-555555555555';

/** A model reply citing passage 1 only: valid whatever the passages are. */
const MODEL_REPORT = JSON.stringify({
  title: 'Brake system validation',
  summary: ['The brake system is validated against the group brake standard [1].'],
  sections: [{ heading: 'Validation', findings: ['Validation follows the documented test sequence [1].'] }],
  openQuestions: [],
});

describe('draft_report and export_report wired for REPORT_STORE=onedrive with a model', function () {
  this.timeout(60_000);
  let sample: SampleIndex;
  let graph: FakeGraph;
  let openai: Awaited<ReturnType<typeof startFakeOpenAI>>;
  let dataDir: string;
  let audit: ArrayAuditLog;
  let registry: SkillRegistry;
  let backends: SkillBackends;
  let alex: SkillUser;

  before(async () => {
    sample = await openSampleIndex();
    alex = await sample.user(ALEX);
    graph = await startFakeGraph();
    openai = await startFakeOpenAI();
    openai.fallback = { content: MODEL_REPORT };
  });
  after(async () => {
    await graph.stop();
    await openai.stop();
    await sample.close();
  });
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(sample.dir, 'data-'));
    const config = loadConfig(
      {
        DATA_DIR: dataDir,
        REPORT_STORE: 'onedrive',
        GRAPH_BASE_URL: graph.baseUrl,
        AZURE_TENANT_ID: GUID,
        AZURE_CLIENT_ID: GUID,
        AZURE_CLIENT_SECRET: 'not-used-here',
        MODEL_PROVIDER: 'openai',
        OPENAI_MODEL: 'gpt-4o',
        OPENAI_API_KEY: openai.apiKey,
        OPENAI_BASE_URL: openai.baseUrl,
      },
      { cwd: dataDir },
    );
    const db = new Database(':memory:');
    const confirmations = new SqliteConfirmationStore({ db });
    audit = new ArrayAuditLog();
    registry = new SkillRegistry({ audit, confirmations, idempotency: new SqliteIdempotencyStore({ db }) });
    backends = composeSkills({
      config,
      registry,
      index: sample.index,
      confirmations,
      approvals: new SqliteApprovalStore({ db }),
      directory: sample.directory,
      linkSecret: 'l'.repeat(32),
      credential: staticTokenCredential(graph.token),
    });
  });
  afterEach(() => backends.tickets.close());

  const exportFlow = async (user = alex): Promise<{ drafted: SkillResult; exported: SkillResult }> => {
    const context = { user, surface: 'test' as const };
    const drafted = await registry.get('draft_report')!.invoke({ topic: 'brake system validation' }, context);
    const data = ofType(drafted.card, 'Action.Execute').find((a) => a.verb === 'confirm')?.data as
      { token?: string } | undefined;
    const token = data?.token ?? '';
    const exported = await registry.confirm('export_report', { token, edits: {} }, context);
    return { drafted, exported };
  };

  it('uses the OneDrive store', () => assert.ok(backends.reports instanceof GraphReportStore));
  it('drafts with the model, saying so on the preview', async () => {
    const { drafted } = await exportFlow();
    assert.deepEqual(validateCard(drafted.card), []);
    assert.match(visibleText(drafted.card), /Written by gpt-4o from 1 document/);
    assert.match(audit.records[0]?.detail ?? '', / written by model:gpt-4o$/);
  });
  it('links the exported card to the files in the author’s OneDrive', async () => {
    const { exported } = await exportFlow();
    assert.deepEqual(validateCard(exported.card), []);
    const files = graph.driveFiles(ALEX).slice(-2);
    // Compared decoded: the card percent-encodes the parentheses of a renamed file (`name (1).docx`).
    assert.deepEqual(
      ofType(exported.card, 'Action.OpenUrl').map((a) => [a.title, decodeURIComponent(String(a.url))]),
      [
        ['Open Word (.docx)', decodeURIComponent(files[0]?.webUrl ?? '')],
        ['Open Markdown (.md)', decodeURIComponent(files[1]?.webUrl ?? '')],
      ],
    );
    assert.ok(files[0]?.name.endsWith('.docx') && files[1]?.name.endsWith('.md'));
    assert.match(visibleText(exported.card), /Saved in the author's OneDrive/);
    assert.deepEqual(audit.actions(), ['report_drafted', 'action_confirmed', 'report_exported']);
  });
  it('uploads a .docx that says which model wrote it', async () => {
    await exportFlow();
    const docx = graph.driveFiles(ALEX).find((f) => f.name.endsWith('.docx'));
    const text = (await mammoth.extractRawText({ buffer: docx?.bytes as Buffer })).value;
    assert.match(text, /Written by a language model \(gpt-4o\)/);
    assert.match(text, /The brake system is validated against the group brake standard\. \[1\]/);
  });
  it('says plainly when the author’s OneDrive refuses the upload, without the token', async () => {
    graph.denyDrive(MEGAN);
    await assert.rejects(
      exportFlow(await sample.user(MEGAN)),
      (error: AppError) =>
        error.code === 'internal_error' &&
        /could not be saved to the author's OneDrive/.test(error.userMessage) &&
        !error.message.includes(graph.token),
    );
    assert.deepEqual(
      audit.records.map((r) => r.outcome),
      ['ok', 'ok', 'failed'],
    );
  });
});
