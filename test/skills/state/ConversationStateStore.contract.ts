import assert from 'node:assert/strict';
import {
  StateConflictError,
  type ConversationStateStore,
} from '../../../skills/state/ConversationStateStore';
import { storeUnderTest, type StoreFactory } from '../../support/storeFixture';
import { useTestClock } from '../../support/useTestClock';

/** A store's clock (epoch ms, moved by the test) and its time-to-live. */
export interface ConversationStateStoreTestOptions {
  readonly now: () => number;
  readonly ttlMs: number;
}

const HOUR = 3600 * 1000;

/**
 * The behaviour every `ConversationStateStore` backend must show identically (the contract in
 * `skills/state/ConversationStateStore.ts`): copies in and out, eTag concurrency as botbuilder's storages
 * document it, sliding expiry (by the injected clock, no sleeping), deletion, and data shared by every store
 * object over it.
 */
export function conversationStateStoreContract(
  name: string,
  factory: StoreFactory<ConversationStateStore, ConversationStateStoreTestOptions>,
): void {
  describe(`ConversationStateStore contract: ${name}`, () => {
    const start = Date.UTC(2026, 0, 5, 9);
    const clock = useTestClock(start);
    const subject = storeUnderTest(factory, () => ({ now: clock.now, ttlMs: 24 * HOUR }));

    const pending = { pendingFollowUp: { skill: 'ticket_status', params: {}, missing: 'ticketId' } };
    const valueOf = async (key: string) => (await subject.store.read([key])).get(key)?.value;

    it('reads back a copy of what was written, with the eTag the write returned', async () => {
      const value = { ...pending, turns: [1, 2, 3], name: 'Zoë' };
      const eTag = await subject.store.write('c1', value);
      value.turns.push(4);
      const read = await subject.store.read(['c1', 'never-written']);
      assert.deepEqual([...read.keys()], ['c1']);
      assert.deepEqual(read.get('c1'), { value: { ...pending, turns: [1, 2, 3], name: 'Zoë' }, eTag });
      const copy = read.get('c1')?.value as { turns: number[] };
      copy.turns.push(5);
      assert.deepEqual((await valueOf('c1')) as { turns: number[] }, {
        ...pending,
        turns: [1, 2, 3],
        name: 'Zoë',
      });
    });

    it('gives every write a new eTag', async () => {
      const eTags = new Set<string>();
      for (let i = 0; i < 5; i += 1) eTags.add(await subject.store.write('c1', { i }));
      await subject.store.delete(['c1']);
      eTags.add(await subject.store.write('c1', { i: 5 }));
      assert.equal(eTags.size, 6);
    });

    it('writes with the current eTag, and refuses a stale one without changing anything', async () => {
      const first = await subject.store.write('c1', { n: 1 });
      const second = await subject.store.write('c1', { n: 2 }, first);
      await assert.rejects(subject.store.write('c1', { n: 3 }, first), (error: unknown) => {
        assert.ok(error instanceof StateConflictError);
        assert.equal(error.key, 'c1');
        return true;
      });
      assert.deepEqual(
        await subject.store.read(['c1']),
        new Map([['c1', { value: { n: 2 }, eTag: second }]]),
      );
    });

    it('writes unconditionally without an eTag or with "*"', async () => {
      const first = await subject.store.write('c1', { n: 1 });
      await subject.store.write('c1', { n: 2 }, first);
      await subject.store.write('c1', { n: 3 });
      await subject.store.write('c1', { n: 4 }, '*');
      assert.deepEqual(await valueOf('c1'), { n: 4 });
    });

    it('takes a conditional write to a key with no document (never written, deleted or expired)', async () => {
      await subject.store.write('fresh', { n: 1 }, 'an-etag-from-elsewhere');
      assert.deepEqual(await valueOf('fresh'), { n: 1 });
      const deleted = await subject.store.write('deleted', { n: 1 });
      await subject.store.delete(['deleted']);
      await subject.store.write('deleted', { n: 2 }, deleted);
      assert.deepEqual(await valueOf('deleted'), { n: 2 });
      const expired = await subject.store.write('expired', { n: 1 });
      clock.advance(25 * HOUR);
      await subject.store.write('expired', { n: 2 }, expired);
      assert.deepEqual(await valueOf('expired'), { n: 2 });
    });

    it('lets exactly one of two writers based on one version win', async () => {
      const base = await subject.store.write('c1', { n: 0 });
      const other = await subject.open();
      const results = await Promise.allSettled([
        subject.store.write('c1', { by: 'a' }, base),
        other.write('c1', { by: 'b' }, base),
      ]);
      assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
      const rejected = results.find((result) => result.status === 'rejected');
      assert.ok(rejected?.reason instanceof StateConflictError);
    });

    it('expires a document the time-to-live after its last write; reads do not extend it', async () => {
      await subject.store.write('c1', pending);
      clock.advance(23 * HOUR);
      assert.deepEqual(await valueOf('c1'), pending);
      clock.advance(HOUR - 1);
      assert.deepEqual(await valueOf('c1'), pending);
      clock.advance(1);
      assert.equal(await valueOf('c1'), undefined);
    });

    it('slides the expiry with every write', async () => {
      await subject.store.write('c1', { n: 1 });
      clock.advance(20 * HOUR);
      await subject.store.write('c1', { n: 2 });
      clock.advance(20 * HOUR);
      assert.deepEqual(await valueOf('c1'), { n: 2 });
      clock.advance(4 * HOUR);
      assert.equal(await valueOf('c1'), undefined);
    });

    it('deletes documents and ignores keys without one', async () => {
      await subject.store.write('c1', { n: 1 });
      await subject.store.write('c2', { n: 2 });
      await subject.store.delete(['c1', 'never-written']);
      assert.deepEqual([...(await subject.store.read(['c1', 'c2'])).keys()], ['c2']);
    });

    it('shares documents with every store over the same data (a restart, another instance)', async () => {
      const eTag = await subject.store.write('c1', pending);
      const later = await subject.open();
      assert.deepEqual(await later.read(['c1']), new Map([['c1', { value: pending, eTag }]]));
      await later.delete(['c1']);
      assert.equal(await valueOf('c1'), undefined);
    });
  });
}
