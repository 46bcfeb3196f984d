import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EVERYONE } from '../../../knowledge/access/Principal';
import { loadOrganisationProfile } from '../../../knowledge/profile/loadOrganisationProfile';
import { SqliteConfirmationStore } from '../../../skills/confirm/SqliteConfirmationStore';
import { AppError } from '../../../skills/errors/AppError';
import { draftReportSkill } from '../../../skills/reports/draftReportSkill';
import { SqliteApprovalStore } from '../../../skills/reports/approval/SqliteApprovalStore';
import type { ReportStore } from '../../../skills/reports/ReportStore';
import { SkillRegistry } from '../../../skills/SkillRegistry';

const profile = loadOrganisationProfile(path.join(__dirname, '../../../knowledge/sample/organisation.yaml'));
const context = { user: { id: 'u-1', principals: [EVERYONE] }, surface: 'test' as const };

describe('draft_report with an organisation profile', () => {
  const calls: { query: string; brand?: string }[] = [];
  const registry = new SkillRegistry().register(
    draftReportSkill({
      search: async (query, _user, brand) => {
        calls.push({ query, ...(brand ? { brand } : {}) });
        throw new Error('index down');
      },
      reports: {} as ReportStore,
      confirmations: new SqliteConfirmationStore({ db: new Database(':memory:') }),
      approvals: new SqliteApprovalStore({ db: new Database(':memory:') }),
      unreadableBy: async () => 0,
      linkFor: () => 'https://x.test/r',
      profile,
    }),
  );
  const draft = async (params: unknown) => {
    calls.length = 0;
    await assert.rejects(registry.get('draft_report')!.invoke(params, context), (error: AppError) => {
      assert.equal(error.code, 'search_unavailable');
      return true;
    });
    return calls;
  };

  it('takes its examples from the profile', () => {
    assert.deepEqual(registry.get('draft_report')!.examples, profile.examples.reports);
  });
  it('finds the brand the topic names and searches the rest within that brand', async () => {
    const [first] = await draft({ topic: 'brake supplier quality for Brava' });
    assert.equal(first?.brand, 'brava');
    assert.doesNotMatch(first?.query ?? '', /brava/i);
  });
  it('keeps an explicit brand and the topic as given', async () => {
    const [first] = await draft({ topic: 'logo usage', brand: 'AUREX' });
    assert.equal(first?.brand, 'aurex');
  });
  it('keeps a topic that is only a brand name', async () => {
    const [first] = await draft({ topic: 'Aurex' });
    assert.equal(first?.brand, undefined);
    assert.match(first?.query ?? '', /aurex/i);
  });
  it('rejects a brand the profile does not list', async () => {
    await assert.rejects(
      registry.get('draft_report')!.invoke({ topic: 'logo usage', brand: 'peugeot' }, context),
      (error: AppError) => error.code === 'invalid_parameters',
    );
  });
});
