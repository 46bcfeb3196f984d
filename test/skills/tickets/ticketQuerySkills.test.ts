import assert from 'node:assert/strict';
import { ofType, visibleText } from '../../adaptive-cards/cardWalk';
import { TICKETS_KEPT_PRIVATE } from '../../../skills/tickets/ticketsKeptPrivate';
import { alex, megan, useTicketRegistry } from './ticketRegistryFixture';

describe('ticket_status and my_tickets through the SkillRegistry', () => {
  const t = useTicketRegistry();
  const fileFor = (...args: Parameters<typeof t.fileFor>) => t.fileFor(...args);

  const status = (ticketId: unknown, context = alex) =>
    t.registry.get('ticket_status')!.invoke({ ticketId }, context);

  it('shows the requester their ticket', async () => {
    await fileFor(alex, 'open a ticket: VPN keeps disconnecting');
    const result = await status(1);
    assert.match(visibleText(result.card), /Ticket 1: New/);
    assert.match(visibleText(result.card), /VPN keeps disconnecting/);
  });
  it('answers "not found" for someone else’s ticket, exactly as for a missing one', async () => {
    await fileFor(megan, 'open a ticket: Velora launch room booking broken');
    const others = await status(1, alex);
    const missing = await status(99, alex);
    assert.match(others.text, /no ticket 1 filed by you/);
    assert.equal(others.text.replace('1', 'N'), missing.text.replace('99', 'N'));
    assert.doesNotMatch(JSON.stringify(others.card), /Velora/);
    assert.deepEqual(ofType(others.card, 'TextBlock').length, ofType(missing.card, 'TextBlock').length);
  });
  const badIds: unknown[] = [0, -3, 1.5, '1', null];
  for (const ticketId of badIds) {
    it(`refuses ticketId ${JSON.stringify(ticketId)}`, async () => {
      await assert.rejects(status(ticketId), { code: 'invalid_parameters' });
    });
  }
  it('lists only the requester’s tickets, newest first', async () => {
    await fileFor(alex, 'open a ticket: VPN keeps disconnecting');
    await fileFor(megan, 'open a ticket: parking gate stuck');
    await fileFor(alex, 'open a ticket: printer jammed');
    const result = await t.registry.get('my_tickets')!.invoke({}, alex);
    const text = visibleText(result.card);
    assert.ok(text.indexOf('#3 Printer jammed') < text.indexOf('#1 VPN keeps disconnecting'));
    assert.doesNotMatch(text, /parking/i);
  });
  it('respects top', async () => {
    for (const s of ['a one', 'b two', 'c three']) await fileFor(alex, `open a ticket: ${s}`);
    const result = await t.registry.get('my_tickets')!.invoke({ top: 2 }, alex);
    assert.match(result.text, /^#3 \(new\), #2 \(new\)$/);
  });
  it('shows the empty state', async () => {
    const result = await t.registry.get('my_tickets')!.invoke({}, alex);
    assert.match(visibleText(result.card), /You have no tickets yet/);
  });
});

describe('ticket_status and my_tickets in a group conversation', () => {
  const t = useTicketRegistry();
  const inGroup = {
    ...alex,
    audience: { kind: 'group' as const, members: 3, askerPrincipals: alex.user.principals },
  };

  for (const [skill, params] of [
    ['ticket_status', { ticketId: 1 }],
    ['my_tickets', {}],
  ] as const) {
    it(`${skill} shows no ticket where other people read along, and says why`, async () => {
      await t.fileFor(alex, 'open a ticket: VPN keeps disconnecting');
      const result = await t.registry.get(skill)!.invoke(params, inGroup);
      assert.equal(result.text, TICKETS_KEPT_PRIVATE);
      assert.doesNotMatch(JSON.stringify(result.card), /VPN|#1\b|Ticket 1/);
      const alone = await t.registry.get(skill)!.invoke(params, alex);
      assert.match(JSON.stringify(alone.card), /VPN keeps disconnecting/);
    });
  }
});
