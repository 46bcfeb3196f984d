import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import mammoth from 'mammoth';
import { SqliteConfirmationStore } from '../../../skills/confirm/SqliteConfirmationStore';
import { SqliteIdempotencyStore } from '../../../skills/confirm/SqliteIdempotencyStore';
import { LocalDirectory } from '../../../knowledge/identity/LocalDirectory';
import { unreadableBy } from '../../../skills/access/unreadableBy';
import { AppError } from '../../../skills/errors/AppError';
import { SqliteApprovalStore } from '../../../skills/reports/approval/SqliteApprovalStore';
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
  // One state database per test: a second registry over it is the same bot after a restart.
  let db: Database.Database;
  let confirmations: SqliteConfirmationStore;
  let approvals: SqliteApprovalStore;

  const registryWith = (deps: Partial<ReportSkillDeps> = {}): SkillRegistry => {
    const all: ReportSkillDeps = {
      search: (query, user, brand) => sample.search(query, user, brand),
      reports: store,
      confirmations,
      approvals,
      unreadableBy: unreadableBy(sample.directory, sample.index),
      sourceLinkFor: (passage, user) =>
        `https://bot.test/docs/${encodeURIComponent(passage.docId)}?u=${encodeURIComponent(user.id)}`,
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
    db = new Database(':memory:');
    confirmations = new SqliteConfirmationStore({ db });
    approvals = new SqliteApprovalStore({ db });
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

  describe('customer report: approval', () => {
    const CRASH = 'crash safety internal targets';
    const NORDLICHT = 'NORDLICHT launch plan';
    const decide = (registry: SkillRegistry, token: string, decision: string, comment = '', userId = MEGAN) =>
      registry.confirm('export_report', { token, edits: { decision, comment } }, ctx(userId));
    const approverToken = (result: SkillResult) =>
      result.approval?.kind === 'requested'
        ? ((ofType(result.approval.approverCard.card, 'Action.Execute')[0]?.data as { token: string })
            .token ?? '')
        : '';
    const links = (card: unknown) => [
      ...visibleText(card).matchAll(/https:\/\/bot\.test\/docs\/\S+?u=([^)\s]+)/g),
    ];

    it('shows the author "Waiting for approval" with no approve button, and asks the approver with the draft and its sources', async () => {
      const registry = registryWith();
      const drafted = await draft(registry, { topic: CRASH, audience: 'customer' });
      assert.deepEqual(validateCard(drafted.card), []);
      assert.equal(actionData(drafted, 'confirm'), undefined, 'no approve or export button for the author');
      assert.match(visibleText(drafted.card), /Waiting for approval from Megan Bowen/);
      assert.deepEqual(audit.actions(), ['approval_requested']);
      assert.equal(audit.records[0]?.actor.userId, ALEX);
      const request = drafted.approval;
      assert.ok(request?.kind === 'requested');
      assert.equal(request.approverId, MEGAN);
      const card = request.approverCard.card;
      assert.deepEqual(validateCard(card), []);
      assert.deepEqual(
        ofType(card, 'Action.Execute').map((a) => a.title),
        ['Approve and export', 'Reject'],
      );
      assert.match(visibleText(card), /Alex Wilber asks you to approve this customer report/);
      assert.match(visibleText(card), /Crash Safety Internal Targets/);
      assert.ok(links(card).length > 0, 'the approver gets the sources');
      assert.deepEqual(new Set(links(card).map((m) => decodeURIComponent(m[1] ?? ''))), new Set([MEGAN]));
      assert.deepEqual(
        new Set(links(drafted.card).map((m) => decodeURIComponent(m[1] ?? ''))),
        new Set([ALEX]),
      );
      assert.equal((await approvals.get(request.reportId))?.state, 'pending');
    });

    it('lets only the approver decide: the author is refused and nothing is exported', async () => {
      const registry = registryWith();
      const token = approverToken(await draft(registry, { topic: CRASH, audience: 'customer' }));
      await assert.rejects(
        decide(registry, token, 'approve', '', ALEX),
        (e: AppError) => e.code === 'confirmation_invalid',
      );
      await assert.rejects(
        decide(registry, token, 'approve', '', PATTI),
        (e: AppError) => e.code === 'confirmation_invalid',
      );
      assert.equal(store.exports, 0);
    });

    it('approves once on a double click: one export, both cards say who approved, audited with the approver', async () => {
      const registry = registryWith();
      const drafted = await draft(registry, { topic: CRASH, audience: 'customer' });
      const token = approverToken(drafted);
      const [a, b] = await Promise.all([
        decide(registry, token, 'approve', 'Fine for the customer.'),
        decide(registry, token, 'approve', 'Fine for the customer.'),
      ]);
      assert.equal(a.text, b.text);
      assert.equal(store.exports, 1);
      assert.match(visibleText(a.card), /Approved by Megan Bowen\. Comment: Fine for the customer\./);
      assert.ok(a.approval?.kind === 'decided');
      assert.match(visibleText(a.approval.authorCard.card), /Approved by Megan Bowen/);
      const authorLinks = ofType(a.approval.authorCard.card, 'Action.OpenUrl').map((x) => String(x.url));
      assert.ok(
        authorLinks.length === 2 && authorLinks.every((u) => u.includes(`u=${ALEX}`)),
        authorLinks.join(),
      );
      assert.deepEqual(audit.actions(), ['approval_requested', 'action_confirmed', 'report_approved']);
      assert.equal(audit.records[1]?.confirmedBy, MEGAN);
      assert.equal(audit.records[2]?.actor.userId, MEGAN);
      assert.equal((await approvals.get(drafted.approval?.reportId ?? ''))?.state, 'approved');
    });

    it('rejects with a comment: nothing exported, the author’s card gets the comment, a later approval changes nothing', async () => {
      const registry = registryWith();
      const drafted = await draft(registry, { topic: CRASH, audience: 'customer' });
      const reportId = drafted.approval?.reportId ?? '';
      const rejected = await decide(
        registry,
        approverToken(drafted),
        'reject',
        'Leave out the internal targets.',
      );
      assert.match(visibleText(rejected.card), /Rejected by Megan Bowen: Leave out the internal targets\./);
      assert.deepEqual(ofType(rejected.card, 'Action.Execute'), [], 'nothing left to press');
      assert.ok(rejected.approval?.kind === 'decided');
      const authorCard = rejected.approval.authorCard.card;
      assert.match(visibleText(authorCard), /Rejected by Megan Bowen: Leave out the internal targets\./);
      assert.deepEqual(
        ofType(authorCard, 'Action.Execute').map((a) => a.title),
        ['Regenerate'],
      );
      assert.equal(store.exports, 0);
      // A fresh approval card (re-issued token) after the rejection: the first decision stands.
      const again = await registry.get('export_report')!.invoke({ reportId }, ctx(MEGAN));
      assert.deepEqual(ofType(again.card, 'Action.Execute'), []);
      assert.match(visibleText(again.card), /Rejected by Megan Bowen/);
      assert.equal(store.exports, 0);
      assert.deepEqual(audit.actions(), [
        'approval_requested',
        'action_confirmed',
        'report_rejected',
        'report_preview_reissued',
      ]);
      assert.equal(audit.records[2]?.parameters.comment, 'Leave out the internal targets.');
    });

    it('refuses approval when the approver may not read a source, names no restricted content, and sends nothing', async () => {
      const registry = registryWith();
      const drafted = await draft(registry, { topic: NORDLICHT, audience: 'customer' });
      const report = await store.getDraft(audit.records[0]?.detail?.split(' ')[0] ?? '');
      assert.ok(report, 'a draft was stored');
      assert.ok(
        report.sources.some((s) => /NORDLICHT/i.test(s.title)),
        'the author may read the plan',
      );
      assert.equal(drafted.approval, undefined, 'no card for the approver');
      assert.match(
        visibleText(drafted.card),
        /Megan Bowen cannot approve this report: \d+ of its \d+ sources/,
      );
      assert.deepEqual(audit.actions(), ['approval_refused']);
      assert.equal(await approvals.get(report.id), undefined);
      const refusal = await registry
        .get('export_report')!
        .invoke({ reportId: report.id }, ctx(MEGAN))
        .then(
          () => undefined,
          (e: AppError) => e,
        );
      assert.equal(refusal?.code, 'approval_refused');
      for (const source of report.sources) assert.ok(!refusal?.userMessage.includes(source.title));
    });

    it('refuses an approver who lost access to a source after the request', async () => {
      const registry = registryWith();
      const drafted = await draft(registry, { topic: CRASH, audience: 'customer' });
      const token = approverToken(drafted);
      // The directory changes (Megan leaves the quality group) and the bot restarts over the same state.
      const changed = path.join(sample.dir, 'directory-changed.yaml');
      fs.writeFileSync(
        changed,
        `users:\n  - id: ${MEGAN}\n    name: Megan Bowen\n    groups: [brand-velora]\n  - id: ${ALEX}\n    name: Alex Wilber\n    groups: [eng-chassis, brand-aurex]\n`,
      );
      const after = registryWith({
        unreadableBy: unreadableBy(LocalDirectory.fromFile(changed), sample.index),
      });
      await assert.rejects(decide(after, token, 'approve'), (e: AppError) => e.code === 'approval_refused');
      assert.equal(store.exports, 0);
      assert.equal((await approvals.get(drafted.approval?.reportId ?? ''))?.state, 'pending');
    });

    const blocked: [string, Partial<ReportSkillDeps>, RegExp][] = [
      ['no approver is configured', { approverId: undefined }, /no approver is configured/],
      ['the author is the approver', { approverId: ALEX }, /you are the configured approver/],
    ];
    for (const [name, deps, notice] of blocked) {
      it(`offers no export button and asks no one when ${name}`, async () => {
        const drafted = await draft(registryWith(deps), { topic: CRASH, audience: 'customer' });
        assert.equal(actionData(drafted, 'confirm'), undefined);
        assert.equal(drafted.approval, undefined);
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
