import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { verifyAuditLog } from '../../skills/audit/verifyAuditLog';
import { ALEX, startFixtureBot } from '../support/botFixture';
import { botClient, executeActivity, findAll, type InvokeResponse } from '../support/cardActions';
import { cardText } from '../support/cardText';
import { ticketCount as countTickets } from '../support/ticketCount';

/** Stands for a deep value in a body; `bodyText` replaces it (JSON.stringify itself overflows at ~5,000 levels). */
const DEEP = '\u0000deep\u0000';

/** `body` as JSON, each `DEEP` string replaced by `{"a":{"a":…"leaf"…}}`, `depth` objects deep (2,000 = 12 KB). */
function bodyText(body: unknown, depth: number): string {
  const deep = `${'{"a":'.repeat(depth)}"leaf"${'}'.repeat(depth)}`;
  return JSON.stringify(body).split(JSON.stringify(DEEP)).join(deep);
}

/**
 * Defect: an action could run with no audit record. Card action data and plugin `/confirm` edits were taken
 * as received (unknown fields included), and a field nested thousands of levels deep broke the audit record
 * after the ticket was filed. Now both are parsed strictly before anything runs.
 */
describe('hostile confirmation data (Teams card actions and plugin /confirm, real server)', function () {
  this.timeout(60_000);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  before(async () => {
    fixture = await startFixtureBot({
      env: { ORGANISATION_PROFILE: path.join(__dirname, '../../knowledge/sample/organisation.yaml') },
    });
  });
  after(async () => fixture.stop());

  const { ask } = botClient(() => fixture.baseUrl);
  const postRaw = async (route: string, body: unknown, depth = 0) => {
    const response = await fetch(`${fixture.baseUrl}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyText(body, depth),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const ticketCount = () => countTickets(fixture.root);
  const teamsForm = async (problem: string) => {
    const form = await ask(`open a ticket: ${problem}`);
    const confirm = findAll(form, 'Action.Execute').find((a) => a.verb === 'confirm');
    assert.ok(confirm);
    return confirm.data as Record<string, unknown>;
  };
  const pluginToken = async (problem: string) => {
    const proposed = await postRaw('/api/skills/file_ticket', { summary: problem });
    assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
    const token = (proposed.body.confirmation as { token: string } | undefined)?.token;
    assert.ok(token);
    return token;
  };
  const errorCode = (body: Record<string, unknown>) => (body.error as { code?: string } | undefined)?.code;

  for (const depth of [2_000, 5_000, 10_000]) {
    it(`refuses a field ${depth} levels deep in Teams card data with a coded 400, filing nothing`, async () => {
      const data = await teamsForm(`projector ${depth} flickers`);
      const before = ticketCount();
      for (const edits of [{ title: 'Projector flickers', extra: DEEP }, { title: DEEP }]) {
        const response = await postRaw(
          '/api/messages',
          executeActivity('confirm', { ...data, ...edits }),
          depth,
        );
        assert.equal(response.status, 400);
        assert.equal(errorCode(response.body), 'too_deeply_nested');
      }
      assert.equal(ticketCount(), before, 'nothing filed');
    });

    it(`refuses a field ${depth} levels deep in plugin /confirm edits with a coded 400, filing nothing`, async () => {
      const token = await pluginToken(`badge reader ${depth} is broken`);
      const before = ticketCount();
      for (const edits of [{ title: 'Badge reader broken', extra: DEEP }, { title: DEEP }]) {
        const response = await postRaw('/api/skills/file_ticket/confirm', { token, edits }, depth);
        assert.equal(response.status, 400);
        assert.equal(errorCode(response.body), 'too_deeply_nested');
      }
      assert.equal(ticketCount(), before, 'nothing filed');
    });
  }

  it('refuses unknown fields in Teams card data with a message that keeps the form, then files on a clean retry', async () => {
    const data = await teamsForm('heating in building B is off');
    const before = ticketCount();
    const refused = (await (
      await postRaw(
        '/api/messages',
        executeActivity('confirm', { ...data, title: 'Heating off', assignee: 'x' }),
      )
    ).body) as unknown as InvokeResponse;
    assert.equal(refused.type, 'application/vnd.microsoft.activity.message');
    assert.match(String(refused.value), /unknown field assignee/);
    assert.equal(ticketCount(), before);
    const filed = (
      await postRaw('/api/messages', executeActivity('confirm', { ...data, title: 'Heating off' }))
    ).body as unknown as InvokeResponse;
    assert.match(cardText(filed.value), /Heating off/);
    assert.equal(ticketCount(), before + 1);
  });

  it('refuses unknown fields in plugin /confirm edits with 400 invalid_parameters, then files on a clean retry', async () => {
    const token = await pluginToken('coffee machine on floor 2 leaks');
    const before = ticketCount();
    const refused = await postRaw('/api/skills/file_ticket/confirm', {
      token,
      edits: { title: 'Coffee machine leaks', requesterId: ALEX },
    });
    assert.equal(refused.status, 400);
    assert.equal(errorCode(refused.body), 'invalid_parameters');
    assert.match(String((refused.body.error as { message: string }).message), /requesterId/);
    assert.equal(ticketCount(), before);
    const filed = await postRaw('/api/skills/file_ticket/confirm', {
      token,
      edits: { title: 'Coffee machine leaks' },
    });
    assert.equal(filed.status, 200, JSON.stringify(filed.body));
    assert.equal(ticketCount(), before + 1);
  });

  it('records every filed ticket, its confirmation first, in a chain that verifies', () => {
    const file = path.join(fixture.root, 'data', 'audit.sqlite');
    assert.equal(verifyAuditLog(file).ok, true);
    const db = new Database(file, { readonly: true });
    const records = (db.prepare('SELECT record FROM audit ORDER BY seq').all() as { record: string }[]).map(
      (row) => JSON.parse(row.record) as { action: string; skill: string },
    );
    db.close();
    const filed = records.flatMap((r, i) => (r.action === 'ticket_filed' ? [i] : []));
    assert.equal(filed.length, ticketCount());
    for (const i of filed) assert.equal(records[i - 1]?.action, 'action_confirmed');
  });
});
