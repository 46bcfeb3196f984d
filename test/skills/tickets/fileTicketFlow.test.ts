import assert from 'node:assert/strict';
import type { SkillResult } from '../../../skills/SkillDescriptor';
import { TicketBackendError } from '../../../skills/tickets/TicketBackendError';
import { visibleText } from '../../adaptive-cards/cardWalk';
import { alex, formOf, megan, useTicketRegistry } from './ticketRegistryFixture';

describe('file_ticket through the SkillRegistry', () => {
  const t = useTicketRegistry();
  const propose = (...args: Parameters<typeof t.propose>) => t.propose(...args);
  const filed = async () => t.desk.listByRequester('user-alex');

  it('proposes a prefilled form with a token and files nothing', async () => {
    const result = await propose();
    const { inputs } = formOf(result);
    assert.deepEqual(inputs, {
      title: 'The CAN simulator in lab 3 is down',
      description: 'The CAN simulator in lab 3 is down',
      component: 'CAN simulator',
      category: 'lab',
      priority: 'high',
      brand: 'none',
    });
    assert.match(visibleText(result.card), /Nothing is filed until you select File ticket/);
    assert.deepEqual(await filed(), []);
    assert.equal(t.audit.entries.at(-1)?.action, 'ticket_proposed');
  });
  it('lets explicit parameters win over inferred ones', async () => {
    const result = await t.registry
      .get('file_ticket')!
      .invoke(
        { summary: 'the CAN simulator is down', priority: 'low', brand: 'velora', title: 'CAN sim' },
        alex,
      );
    const { title, priority, brand, category } = formOf(result).inputs;
    assert.deepEqual(
      { title, priority, brand, category },
      { title: 'CAN sim', priority: 'low', brand: 'velora', category: 'lab' },
    );
  });
  it('files the confirmed ticket with the user’s edits, for the confirming user', async () => {
    const { token } = formOf(await propose());
    const result = await t.registry.confirm(
      'file_ticket',
      { token, edits: { title: 'CAN simulator 3 dead', priority: 'urgent', brand: 'aurex', component: '' } },
      alex,
    );
    const [ticket] = await filed();
    assert.deepEqual(
      { ...ticket, createdAt: undefined },
      {
        id: 1,
        title: 'CAN simulator 3 dead',
        description: 'The CAN simulator in lab 3 is down',
        category: 'lab',
        priority: 'urgent',
        brand: 'aurex',
        status: 'new',
        requesterId: 'user-alex',
        requesterName: 'Alex Wilber',
        createdAt: undefined,
      },
    );
    assert.match(visibleText(result.card), /Ticket 1 filed/);
    assert.deepEqual(result.audit, { action: 'ticket_filed', detail: 'ticket 1' });
    const entry = t.audit.entries.at(-1);
    assert.deepEqual(
      [entry?.action, entry?.outcome, entry?.confirmedBy],
      ['ticket_filed', 'ok', 'user-alex'],
    );
  });
  it('files exactly one ticket for 10 concurrent and 3 sequential confirmations, all with the same result', async () => {
    const { token } = formOf(await propose());
    const input = { token, edits: { title: 'CAN simulator down' } };
    const concurrent = await Promise.all(
      Array.from({ length: 10 }, () => t.registry.confirm('file_ticket', input, alex)),
    );
    const sequential: SkillResult[] = [];
    for (let i = 0; i < 3; i++) sequential.push(await t.registry.confirm('file_ticket', input, alex));
    assert.equal((await filed()).length, 1);
    for (const result of [...concurrent, ...sequential]) assert.deepEqual(result, concurrent[0]);
    assert.equal(t.audit.entries.filter((e) => e.action === 'ticket_filed').length, 1);
  });
  it('refuses another user’s confirmation and files nothing; the owner can still confirm', async () => {
    const { token } = formOf(await propose());
    await assert.rejects(t.registry.confirm('file_ticket', { token, edits: {} }, megan), {
      code: 'confirmation_invalid',
      userMessage: 'Only the person who asked can confirm this.',
    });
    assert.deepEqual(await filed(), []);
    assert.equal((await t.desk.listByRequester('user-megan')).length, 0);
    assert.equal(t.audit.entries.at(-1)?.outcome, 'refused');
    await t.registry.confirm('file_ticket', { token, edits: {} }, alex);
    assert.deepEqual(
      (await filed()).map((t) => t.requesterId),
      ['user-alex'],
    );
  });
  /** Confirms `file_ticket` with a token Alex was issued for `skill` over a report draft (not a ticket draft). */
  const confirmReportDraftOf = async (skill: string) => {
    const { token } = await t.confirmations.issue({ userId: 'user-alex', skill, draft: { reportId: 'r1' } });
    return t.registry.confirm('file_ticket', { token, edits: {} }, alex);
  };
  it('refuses a token issued for another skill', async () => {
    await assert.rejects(confirmReportDraftOf('export_report'), { code: 'confirmation_invalid' });
    assert.deepEqual(await filed(), []);
  });
  it('refuses a file_ticket token whose stored draft is not a ticket draft', async () => {
    await assert.rejects(confirmReportDraftOf('file_ticket'), { code: 'confirmation_invalid' });
    assert.deepEqual(await filed(), []);
  });
  it('refuses a forged token', async () => {
    await assert.rejects(t.registry.confirm('file_ticket', { token: 'x'.repeat(43), edits: {} }, alex), {
      code: 'confirmation_invalid',
    });
  });
  it('binds each token to its own draft', async () => {
    const first = formOf(await propose(alex, 'open a ticket: VPN keeps disconnecting'));
    formOf(await propose(alex, 'open a ticket: printer on floor 2 jammed'));
    await t.registry.confirm('file_ticket', { token: first.token, edits: {} }, alex);
    assert.deepEqual(
      (await filed()).map((t) => t.title),
      ['VPN keeps disconnecting'],
    );
  });
  const invalidEdits: [string, Record<string, unknown>][] = [
    ['a title under 3 characters', { title: 'ab' }],
    ['a title over 200 characters', { title: 'x'.repeat(201) }],
    ['a description over 4000 characters', { description: 'x'.repeat(4001) }],
    ['an unknown category', { category: 'hr' }],
    ['an unknown priority', { priority: 'p0' }],
    ['an unknown brand', { brand: 'tesla' }],
    ['a component over 100 characters', { component: 'x'.repeat(101) }],
    ['a number as title', { title: 12345 }],
  ];
  for (const [name, edits] of invalidEdits) {
    it(`refuses ${name} without consuming the token`, async () => {
      const { token } = formOf(await propose());
      await assert.rejects(t.registry.confirm('file_ticket', { token, edits }, alex), {
        code: 'invalid_parameters',
      });
      assert.deepEqual(await filed(), []);
      await t.registry.confirm('file_ticket', { token, edits: {} }, alex);
      assert.equal((await filed()).length, 1);
    });
  }
  it('clears brand and component with the form’s empty values', async () => {
    const { token } = formOf(await propose(alex, 'open a ticket: the Aurex HIL rig is down'));
    await t.registry.confirm('file_ticket', { token, edits: { brand: 'none', component: '' } }, alex);
    const [ticket] = await filed();
    assert.deepEqual([ticket?.brand, ticket?.component], [undefined, undefined]);
  });
  it('asks again (new token, nothing filed) when the draft still has no title', async () => {
    const { token } = formOf(await propose(alex, 'open a ticket'));
    const result = await t.registry.confirm('file_ticket', { token, edits: {} }, alex);
    assert.deepEqual(await filed(), []);
    const again = formOf(result);
    assert.notEqual(again.token, token);
    assert.match(visibleText(result.card), /Add a title/);
    await t.registry.confirm(
      'file_ticket',
      { token: again.token, edits: { title: 'Projector broken' } },
      alex,
    );
    assert.deepEqual(
      (await filed()).map((t) => t.title),
      ['Projector broken'],
    );
  });
  it('gives the form back with a fresh token when the ticket system is unavailable, then files once', async () => {
    const { token } = formOf(await propose());
    t.flaky.failWith = new TicketBackendError('ticket_backend_unavailable', 'create: HTTP 503');
    const result = await t.registry.confirm('file_ticket', { token, edits: { priority: 'urgent' } }, alex);
    assert.deepEqual(await filed(), []);
    const again = formOf(result);
    assert.equal(again.inputs.priority, 'urgent', 'the edits are kept');
    assert.match(visibleText(result.card), /did not answer/);
    t.flaky.failWith = undefined;
    await t.registry.confirm('file_ticket', { token: again.token, edits: {} }, alex);
    assert.equal((await filed()).length, 1);
  });
  it('reports a denied backend as an error, not as filed', async () => {
    const { token } = formOf(await propose());
    t.flaky.failWith = new TicketBackendError('ticket_backend_denied', 'create: HTTP 401');
    await assert.rejects(t.registry.confirm('file_ticket', { token, edits: {} }, alex), {
      userMessage: /refused the assistant’s access/,
    });
    assert.equal(t.audit.entries.at(-1)?.outcome, 'failed');
  });
});
