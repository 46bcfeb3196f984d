import assert from 'node:assert/strict';
import { alex, formOf, useTicketRegistry } from './tickets/ticketRegistryFixture';

describe('SkillRegistry: a consequential action never runs without its audit record', () => {
  const t = useTicketRegistry();
  const filed = () => t.desk.listByRequester('user-alex');

  it('files nothing while the audit log fails, says so, and files once on a retry after it recovers', async () => {
    const { token } = formOf(await t.propose());
    const input = { token, edits: { title: 'CAN simulator down since 08:00' } };
    t.audit.failing = new Error('disk full');
    for (let attempt = 0; attempt < 3; attempt++) {
      await assert.rejects(t.registry.confirm('file_ticket', input, alex), (error: unknown) => {
        const { code, userMessage } = error as { code: string; userMessage: string };
        assert.equal(code, 'audit_unavailable');
        assert.match(userMessage, /Nothing was done/);
        return true;
      });
    }
    assert.deepEqual(await filed(), [], 'no ticket while the audit log fails');

    t.audit.failing = undefined;
    const result = await t.registry.confirm('file_ticket', input, alex);
    assert.match(result.text, /Ticket 1 filed/);
    assert.equal((await filed()).length, 1);
    const actions = t.audit.entries.map((e) => [e.action, e.outcome, e.confirmedBy]);
    assert.deepEqual(actions.slice(-2), [
      ['action_confirmed', 'ok', 'user-alex'],
      ['ticket_filed', 'ok', 'user-alex'],
    ]);
    assert.deepEqual(t.audit.entries.at(-2)?.parameters, { title: 'CAN simulator down since 08:00' });
  });

  it('writes the action’s record before its effect (the desk sees the record already there)', async () => {
    const { token } = formOf(await t.propose());
    let recordedBeforeCreate: string[] | undefined;
    const create = t.flaky.create.bind(t.flaky);
    t.flaky.create = async (...args) => {
      recordedBeforeCreate = t.audit.entries.map((e) => e.action);
      return create(...args);
    };
    await t.registry.confirm('file_ticket', { token, edits: {} }, alex);
    assert.equal(recordedBeforeCreate?.at(-1), 'action_confirmed');
  });

  it('still returns a filed ticket when only the outcome record fails (the action is on record already)', async () => {
    const { token } = formOf(await t.propose());
    const create = t.flaky.create.bind(t.flaky);
    t.flaky.create = async (...args) => {
      const ticket = await create(...args);
      t.audit.failing = new Error('disk full');
      return ticket;
    };
    const result = await t.registry.confirm('file_ticket', { token, edits: {} }, alex);
    assert.match(result.text, /Ticket 1 filed/);
    assert.equal(t.audit.entries.at(-1)?.action, 'action_confirmed');
    t.audit.failing = undefined;
    assert.deepEqual(await t.registry.confirm('file_ticket', { token, edits: {} }, alex), result);
    assert.equal((await filed()).length, 1);
  });

  for (const [name, edits] of [
    ['an unknown field', { title: 'CAN simulator down', assignee: 'someone else' }],
    ['an unknown field with a hostile name', { title: 'CAN simulator down', '[x](https://evil.example)': 1 }],
    ['a field nested 10 levels deep', { title: 'CAN simulator down', description: nested(10) }],
    ['a known field holding an object', { title: { text: 'CAN simulator down' } }],
  ] as const) {
    it(`refuses edits with ${name}, files nothing, and keeps the token valid`, async () => {
      const { token } = formOf(await t.propose());
      await assert.rejects(t.registry.confirm('file_ticket', { token, edits }, alex), (error: unknown) => {
        const { code, userMessage } = error as { code: string; userMessage: string };
        assert.ok(['invalid_parameters', 'too_deeply_nested'].includes(code), code);
        assert.doesNotMatch(userMessage, /evil\.example/);
        return true;
      });
      assert.deepEqual(await filed(), []);
      assert.equal(t.audit.entries.at(-1)?.action, 'refused');
      const retry = await t.registry.confirm('file_ticket', { token, edits: {} }, alex);
      assert.match(retry.text, /Ticket 1 filed/);
    });
  }

  it('refuses unknown parameters on invoke too, proposing nothing', async () => {
    await assert.rejects(
      t.registry.get('file_ticket')!.invoke({ summary: 'CAN simulator down', requesterId: 'x' }, alex),
      { code: 'invalid_parameters' },
    );
    assert.equal(t.audit.entries.at(-1)?.action, 'refused');
  });
});

/** `{ a: { a: … 'leaf' } }`, `depth` objects deep. */
function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
