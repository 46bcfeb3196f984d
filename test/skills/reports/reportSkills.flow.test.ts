import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import mammoth from 'mammoth';
import { SqliteConfirmationStore } from '../../../skills/confirm/SqliteConfirmationStore';
import { SqliteIdempotencyStore } from '../../../skills/confirm/SqliteIdempotencyStore';
import { AppError } from '../../../skills/errors/AppError';
import { draftReportSkill } from '../../../skills/reports/draftReportSkill';
import { exportReportSkill } from '../../../skills/reports/exportReportSkill';
import { FileReportStore } from '../../../skills/reports/FileReportStore';
import type { ReportSkillDeps } from '../../../skills/reports/ReportSkillDeps';
import type { ReportExport } from '../../../skills/reports/ReportStore';
import type { SkillResult, SkillUser } from '../../../skills/SkillDescriptor';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { ofType, visibleText } from '../../adaptive-cards/cardWalk';
import { validateCard } from '../../adaptive-cards/validateCard';
import { ArrayAuditLog } from './arrayAuditLog';
import { ALEX, MEGAN, PATTI, openSampleIndex, type SampleIndex } from './sampleIndex';

/** The real file store, counting exports that actually wrote files. */
class CountingStore extends FileReportStore {
  exports = 0;
  override async export(id: string): Promise<ReportExport> {
    const before = await this.getExport(id);
    const result = await super.export(id);
    if (!before) this.exports += 1;
    return result;
  }
}

const actionData = (result: SkillResult, verb: string) =>
  ofType(result.card, 'Action.Execute').find((a) => a.verb === verb)?.data as
    Record<string, string> | undefined;

describe('draft_report and export_report through the SkillRegistry', function () {
  this.timeout(60_000);
  let sample: SampleIndex;
  let store: CountingStore;
  let storeDir: string;
  let audit: ArrayAuditLog;
  let users: Record<string, SkillUser>;

  const registryWith = (deps: Partial<ReportSkillDeps> = {}): SkillRegistry => {
    const db = new Database(':memory:');
    const confirmations = new SqliteConfirmationStore({ db });
    const all: ReportSkillDeps = {
      search: (query, user, brand) => sample.search(query, user, brand),
      reports: store,
      confirmations,
      approverId: MEGAN,
      approverName: 'Megan Bowen',
      linkFor: (id, user, format) =>
        `https://bot.test/reports/${id}.${format}?u=${encodeURIComponent(user.id)}`,
      ...deps,
    };
    return new SkillRegistry({ audit, confirmations, idempotency: new SqliteIdempotencyStore({ db }) })
      .register(draftReportSkill(all))
      .register(exportReportSkill(all));
  };
  const ctx = (id: string) => ({ user: users[id] as SkillUser, surface: 'test' as const });
  const draft = (registry: SkillRegistry, params: object, userId = ALEX) =>
    registry.get('draft_report')!.invoke(params, ctx(userId));
  const confirm = (registry: SkillRegistry, token: string, userId: string) =>
    registry.confirm('export_report', { token, edits: { changes: '' } }, ctx(userId));

  before(async () => {
    sample = await openSampleIndex();
    users = {
      [ALEX]: await sample.user(ALEX),
      [MEGAN]: await sample.user(MEGAN),
      [PATTI]: await sample.user(PATTI),
    };
  });
  beforeEach(() => {
    storeDir = fs.mkdtempSync(path.join(sample.dir, 'reports-'));
    store = new CountingStore({ dir: storeDir });
    audit = new ArrayAuditLog();
  });
  after(() => sample.close());

  describe('internal report', () => {
    let registry: SkillRegistry;
    let drafted: SkillResult;
    beforeEach(async () => {
      registry = registryWith();
      drafted = await draft(registry, { topic: 'brake system validation' });
    });

    it('returns a valid preview card', () => assert.deepEqual(validateCard(drafted.card), []));
    it('audits report_drafted with the cited documents', () => {
      assert.deepEqual(audit.actions(), ['report_drafted']);
      assert.ok(
        audit.records[0]?.sourceIds.includes('engineering-standards/nes-brk-004-brake-system-validation.md'),
      );
    });
    it('offers Export to the author', () =>
      assert.equal(ofType(drafted.card, 'Action.Execute')[0]?.title, 'Export'));
    it('stores the draft', async () => {
      const reportId = audit.records[0]?.detail ?? '';
      assert.equal((await store.getDraft(reportId))?.authorId, ALEX);
    });
    it('exports when the author confirms: files exist and the .docx opens', async () => {
      const token = actionData(drafted, 'confirm')?.token ?? '';
      const exported = await confirm(registry, token, ALEX);
      assert.deepEqual(validateCard(exported.card), []);
      const links = ofType(exported.card, 'Action.OpenUrl').map((a) => String(a.url));
      assert.equal(links.length, 2);
      const files = await store.getExport(audit.records[0]?.detail ?? '');
      assert.ok(files && fs.existsSync(files.docxPath) && fs.existsSync(files.markdownPath));
      const text = (await mammoth.extractRawText({ path: files.docxPath })).value;
      assert.match(text, /Brake system validation/);
      assert.match(text, /\[1\]/);
      assert.deepEqual(audit.actions(), ['report_drafted', 'action_confirmed', 'report_exported']);
      assert.equal(audit.records[1]?.confirmedBy, ALEX);
    });
    it('exports once when confirmed twice', async () => {
      const token = actionData(drafted, 'confirm')?.token ?? '';
      const [a, b] = await Promise.all([confirm(registry, token, ALEX), confirm(registry, token, ALEX)]);
      const c = await confirm(registry, token, ALEX);
      assert.deepEqual([b.text, c.text], [a.text, a.text]);
      assert.equal(store.exports, 1);
      assert.deepEqual(audit.actions(), ['report_drafted', 'action_confirmed', 'report_exported']);
    });
    it('refuses someone else’s confirmation', async () => {
      const token = actionData(drafted, 'confirm')?.token ?? '';
      await assert.rejects(
        confirm(registry, token, MEGAN),
        (e: AppError) => e.code === 'confirmation_invalid',
      );
      assert.equal(store.exports, 0);
    });
    it('re-issues the card on a direct export invoke without exporting', async () => {
      const reportId = audit.records[0]?.detail ?? '';
      const again = await registry.get('export_report')!.invoke({ reportId }, ctx(ALEX));
      assert.equal(store.exports, 0);
      assert.notEqual(actionData(again, 'confirm')?.token, actionData(drafted, 'confirm')?.token);
      assert.equal(audit.actions()[1], 'report_preview_reissued');
    });
    it('hides the report from anyone but the author', async () => {
      const reportId = audit.records[0]?.detail ?? '';
      await assert.rejects(
        registry.get('export_report')!.invoke({ reportId }, ctx(MEGAN)),
        (e: AppError) => e.code === 'not_found',
      );
    });
    it('regenerates with changes from the card data, deterministically', async () => {
      const data: Record<string, string> = {
        ...actionData(drafted, 'invoke'),
        changes: 'focus on fluid boiling point',
      };
      const { skill, ...params } = data;
      assert.equal(skill, 'draft_report');
      const first = await draft(registry, params);
      const second = await draft(registry, params);
      assert.equal(first.text, second.text);
      assert.notEqual(first.text, drafted.text);
      assert.match(first.text.split('Summary')[1] ?? '', /boiling/);
      assert.notEqual(audit.records[1]?.detail, audit.records[0]?.detail, 'a new draft id');
    });
  });

  describe('customer report', () => {
    it('refuses the author and exports for the approver', async () => {
      const registry = registryWith();
      const drafted = await draft(registry, { topic: 'NMP-E charging', audience: 'customer' });
      assert.deepEqual(validateCard(drafted.card), []);
      assert.equal(ofType(drafted.card, 'Action.Execute')[0]?.title, 'Approve and export');
      assert.match(visibleText(drafted.card), /needs approval by Megan Bowen/);
      const token = actionData(drafted, 'confirm')?.token ?? '';
      await assert.rejects(
        confirm(registry, token, ALEX),
        (e: AppError) => e.code === 'confirmation_invalid',
      );
      assert.equal(store.exports, 0);
      const exported = await confirm(registry, token, MEGAN);
      assert.equal(store.exports, 1);
      assert.match(visibleText(exported.card), /Approved by Megan Bowen/);
      assert.deepEqual(audit.actions(), [
        'report_drafted',
        'refused',
        'action_confirmed',
        'report_approved_and_exported',
      ]);
      assert.equal(audit.records[2]?.confirmedBy, MEGAN);
    });
    it('gives the approver an approval card on a direct invoke', async () => {
      const registry = registryWith();
      await draft(registry, { topic: 'NMP-E charging', audience: 'external' });
      const reportId = audit.records[0]?.detail ?? '';
      const card = await registry.get('export_report')!.invoke({ reportId }, ctx(MEGAN));
      const exported = await confirm(registry, actionData(card, 'confirm')?.token ?? '', MEGAN);
      assert.equal(exported.audit?.action, 'report_approved_and_exported');
    });
    const blocked: [string, Partial<ReportSkillDeps>, RegExp][] = [
      ['no approver is configured', { approverId: undefined }, /no approver is configured/],
      ['the author is the approver', { approverId: ALEX }, /you are the configured approver/],
    ];
    for (const [name, deps, notice] of blocked) {
      it(`offers no export button when ${name}`, async () => {
        const drafted = await draft(registryWith(deps), { topic: 'NMP-E charging', audience: 'customer' });
        assert.equal(actionData(drafted, 'confirm'), undefined);
        assert.match(visibleText(drafted.card), notice);
        assert.deepEqual(validateCard(drafted.card), []);
      });
    }
  });

  describe('refusals', () => {
    it('says plainly when nothing relevant was found, and stores nothing', async () => {
      const result = await draft(registryWith(), { topic: 'quantum teleportation of giraffes' });
      assert.match(result.text, /found nothing relevant/);
      assert.deepEqual(audit.actions(), ['report_not_drafted']);
      assert.deepEqual(fs.readdirSync(storeDir), []);
    });
    const invalid: [string, object][] = [
      ['a too short topic', { topic: 'ab' }],
      ['an unknown brand', { topic: 'brakes', brand: 'tesla' }],
      ['an unknown audience', { topic: 'brakes', audience: 'press' }],
      ['too long changes', { topic: 'brakes', changes: 'x'.repeat(501) }],
    ];
    for (const [name, params] of invalid) {
      it(`rejects ${name}`, () =>
        assert.rejects(draft(registryWith(), params), (e: AppError) => e.code === 'invalid_parameters'));
    }
    it('reports a failing search as search_unavailable', () =>
      assert.rejects(
        draft(registryWith({ search: () => Promise.reject(new Error('down')) }), { topic: 'brakes' }),
        (e: AppError) => e.code === 'search_unavailable',
      ));
    it('rejects a malformed report id on export', () =>
      assert.rejects(
        registryWith().get('export_report')!.invoke({ reportId: '../../etc' }, ctx(ALEX)),
        (e: AppError) => e.code === 'invalid_parameters',
      ));
  });
});
