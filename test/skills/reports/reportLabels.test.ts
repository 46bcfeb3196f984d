import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { parseOrganisationProfile } from '../../../knowledge/profile/loadOrganisationProfile';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { SqliteConfirmationStore } from '../../../skills/confirm/SqliteConfirmationStore';
import { SqliteIdempotencyStore } from '../../../skills/confirm/SqliteIdempotencyStore';
import { SqliteApprovalStore } from '../../../skills/reports/approval/SqliteApprovalStore';
import { draftReportSkill } from '../../../skills/reports/draftReportSkill';
import { exportReportSkill } from '../../../skills/reports/exportReportSkill';
import { FileReportStore } from '../../../skills/reports/FileReportStore';
import { SENSITIVITY_PROPERTY } from '../../../skills/reports/renderReportDocx';
import type { SkillResult, SkillUser } from '../../../skills/SkillDescriptor';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { ofType, visibleText } from '../../adaptive-cards/cardWalk';
import { ArrayAuditLog } from './arrayAuditLog';
import { writeFileIn } from '../../support/writeFileIn';

const USER: SkillUser = { id: 'u-author', principals: ['user:u-author', 'everyone'] };
const profile = parseOrganisationProfile(
  {
    sensitivityLabels: [
      { id: 'public', name: 'Public' },
      { id: 'internal', name: 'Internal' },
      { id: 'confidential', name: 'Confidential' },
    ],
    groupQuoteMaxLabel: 'internal',
  },
  'test profile',
);

/**
 * Reports inherit the most restrictive label of their sources: on the preview and exported cards, in the
 * Markdown export's metadata line and in the Word document's custom property `Sensitivity`. Real SQLite index,
 * report store and state database.
 */
describe('report sensitivity labels', function () {
  this.timeout(60_000);
  let root: string;
  let index: SqliteIndex;
  let registry: SkillRegistry;
  let store: FileReportStore;
  let audit: ArrayAuditLog;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-labels-'));
    const corpus = path.join(root, 'corpus');
    const write = (name: string, text: string) => writeFileIn(corpus, name, text);
    write('_folder.meta.yaml', 'access: [everyone]\nsensitivityLabel: public\n');
    write(
      'coolant/handling.md',
      '# Coolant handling\n\nCoolant must be drained into the marked red containers before the pump is removed. Coolant containers are collected every Friday by the waste contractor.\n',
    );
    write(
      'coolant/suppliers.md',
      '---\nsensitivityLabel: confidential\n---\n# Coolant suppliers\n\nThe coolant supplier contract renews in June and coolant prices rise by 4 percent. Coolant deliveries arrive on Mondays at gate 3.\n',
    );
    write(
      'canteen/menu.md',
      '# Canteen menu\n\nThe canteen menu changes every Monday. The canteen serves a vegetarian dish every day.\n',
    );
    index = new SqliteIndex({ file: path.join(root, 'index.sqlite') });
    await runIngest({ source: new FolderSource({ root: corpus }), index });
    const db = new Database(':memory:');
    const confirmations = new SqliteConfirmationStore({ db });
    store = new FileReportStore({ dir: path.join(root, 'reports') });
    audit = new ArrayAuditLog();
    const deps = {
      search: (query: string, user: SkillUser) =>
        index.search(query, { principals: user.principals, top: 12 }),
      reports: store,
      confirmations,
      approvals: new SqliteApprovalStore({ db }),
      unreadableBy: async () => 0,
      linkFor: (id: string, _user: SkillUser, format?: string) => `https://bot.test/reports/${id}.${format}`,
      profile,
    };
    registry = new SkillRegistry({ audit, confirmations, idempotency: new SqliteIdempotencyStore({ db }) })
      .register(draftReportSkill(deps))
      .register(exportReportSkill(deps));
  });
  after(async () => {
    await index.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const ctx = { user: USER, surface: 'test' as const };
  const token = (result: SkillResult) =>
    String(
      (ofType(result.card, 'Action.Execute').find((a) => a.verb === 'confirm')?.data as { token?: string })
        ?.token,
    );

  it('takes the highest label of its sources onto the card, the export and the .docx properties', async () => {
    const drafted = await registry
      .get('draft_report')!
      .invoke({ topic: 'coolant handling and suppliers' }, ctx);
    const stored = await store.getDraft(audit.records[0]?.detail ?? '');
    assert.ok(
      stored && stored.sources.length >= 2,
      `both documents cited: ${JSON.stringify(stored?.sources)}`,
    );
    assert.equal(stored.sensitivityLabel, 'Confidential');
    assert.match(visibleText(drafted.card), /Sensitivity: Confidential/);
    assert.equal(drafted.sensitivityLabel?.name, 'Confidential');

    const exported = await registry.confirm(
      'export_report',
      { token: token(drafted), edits: { changes: '' } },
      ctx,
    );
    assert.match(visibleText(exported.card), /Sensitivity: Confidential/);
    const files = await store.getExport(stored.id);
    assert.ok(files);
    assert.match(fs.readFileSync(files.markdownPath, 'utf8'), /Sensitivity: Confidential/);
    const zip = await JSZip.loadAsync(fs.readFileSync(files.docxPath));
    const custom = (await zip.file('docProps/custom.xml')?.async('string')) ?? '';
    assert.match(
      custom,
      new RegExp(`name="${SENSITIVITY_PROPERTY}"[^>]*>\\s*<vt:lpwstr>Confidential</vt:lpwstr>`),
      custom,
    );
  });

  it('a report citing only public documents is labelled Public', async () => {
    const drafted = await registry.get('draft_report')!.invoke({ topic: 'canteen menu' }, ctx);
    const stored = await store.getDraft(audit.records.at(-1)?.detail?.split(' ')[0] ?? '');
    assert.deepEqual(
      stored?.sources.map((s) => s.docId),
      ['canteen/menu.md'],
    );
    assert.equal(stored?.sensitivityLabel, 'Public');
    assert.match(visibleText(drafted.card), /Sensitivity: Public/);
  });

  it('drafted in a group conversation: leaves out documents labelled above groupQuoteMaxLabel', async () => {
    const drafted = await registry
      .get('draft_report')!
      .invoke(
        { topic: 'coolant handling and suppliers' },
        { ...ctx, audience: { kind: 'group', members: 2, askerPrincipals: USER.principals } },
      );
    const stored = await store.getDraft(audit.records.at(-1)?.detail?.split(' ')[0] ?? '');
    assert.deepEqual(
      stored?.sources.map((s) => s.docId),
      ['coolant/handling.md'],
    );
    assert.equal(stored?.sensitivityLabel, 'Public');
    assert.doesNotMatch(JSON.stringify(drafted.card), /4 percent|gate 3|supplier contract/);
  });
});
