import assert from 'node:assert/strict';
import type { TicketDraft, TicketSystem } from '../../../skills/tickets/TicketSystem';
import { storeUnderTest, type StoreFactory } from '../../support/storeFixture';

/** A lab ticket draft titled `title` (description: the title and a second line), with `extra` fields. */
export const ticketDraft = (title: string, extra: Partial<TicketDraft> = {}): TicketDraft => ({
  title,
  description: `${title}\nsecond line`,
  category: 'lab',
  priority: 'high',
  ...extra,
});
const alex = { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Alex Wilber' };
const megan = { id: 'a1b2c3d4-0000-4000-8000-000000000002' };

/**
 * The behaviour every `TicketSystem` backend must show identically (the contract in
 * `skills/tickets/TicketSystem.ts`): a created ticket reads back as created, a repeated idempotency key returns
 * the first ticket, unknown ids are `undefined`, a requester's tickets list newest
 * first up to `top`, and tickets outlive the object that filed them. The factory's cleanup closes what it opened.
 */
export function ticketSystemContract(name: string, factory: StoreFactory<TicketSystem, object>): void {
  describe(`TicketSystem contract: ${name}`, () => {
    const subject = storeUnderTest(factory, () => ({}));

    it('files a new ticket with every field of the draft and reads it back unchanged', async () => {
      const created = await subject.store.create(
        ticketDraft('CAN rig down', { brand: 'aurex', component: 'CAN rig' }),
        alex,
        'k',
      );
      assert.deepEqual(
        { ...created, id: 0, createdAt: '', url: undefined },
        {
          ...ticketDraft('CAN rig down', { brand: 'aurex', component: 'CAN rig' }),
          id: 0,
          status: 'new',
          requesterId: alex.id,
          requesterName: alex.name,
          createdAt: '',
          url: undefined,
        },
      );
      assert.ok(Number.isInteger(created.id) && created.id > 0);
      assert.equal(new Date(created.createdAt).toISOString(), created.createdAt);
      assert.deepEqual(await subject.store.get(created.id), created);
    });

    it('returns the first ticket for a repeated idempotency key', async () => {
      const first = await subject.store.create(ticketDraft('first'), alex, 'same-key');
      const again = await subject.store.create(ticketDraft('second'), megan, 'same-key');
      assert.deepEqual(again, first);
      assert.equal((await subject.store.listByRequester(megan.id)).length, 0);
    });

    it('returns undefined for an id it never issued', async () => {
      const { id } = await subject.store.create(ticketDraft('x'), alex, 'k');
      assert.equal(await subject.store.get(id + 1000), undefined);
    });

    it('lists one requester’s tickets, newest first, at most top', async () => {
      const ids: number[] = [];
      for (const [i, who] of [alex, megan, alex, alex].entries())
        ids.push((await subject.store.create(ticketDraft(`t${i}`), who, `k${i}`)).id);
      const [a1, , a3, a4] = ids;
      assert.deepEqual(
        (await subject.store.listByRequester(alex.id)).map((t) => t.id),
        [a4, a3, a1],
      );
      assert.deepEqual(
        (await subject.store.listByRequester(alex.id, { top: 2 })).map((t) => t.id),
        [a4, a3],
      );
      assert.deepEqual(await subject.store.listByRequester('nobody'), []);
    });

    it('keeps tickets and their keys across objects over the same data (a restart, another instance)', async () => {
      const first = await subject.store.create(ticketDraft('kept'), alex, 'k');
      const later = await subject.open();
      assert.deepEqual(await later.get(first.id), first);
      assert.deepEqual(await later.create(ticketDraft('again'), alex, 'k'), first);
    });
  });
}
