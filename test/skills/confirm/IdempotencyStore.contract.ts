import assert from 'node:assert/strict';
import type { IdempotencyStore } from '../../../skills/confirm/IdempotencyStore';
import { storeUnderTest, type StoreFactory } from '../../support/storeFixture';

/**
 * The behaviour every `IdempotencyStore` backend must show identically (the contract in
 * `skills/confirm/IdempotencyStore.ts`): one run per key, its result for every repeat (also through another
 * store object over the same data), failures not stored, keys independent.
 */
export function idempotencyStoreContract(
  name: string,
  factory: StoreFactory<IdempotencyStore, object>,
): void {
  describe(`IdempotencyStore contract: ${name}`, () => {
    const subject = storeUnderTest(factory, () => ({}));

    it('runs concurrent calls with one key once and gives all the same result', async () => {
      let runs = 0;
      const work = async () => {
        runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { ticket: runs };
      };
      const results = await Promise.all(Array.from({ length: 10 }, () => subject.store.run('k', work)));
      assert.equal(runs, 1);
      assert.ok(results.every((result) => result.ticket === 1));
    });

    it('returns the first result to a later call without running again', async () => {
      assert.deepEqual(await subject.store.run('k', async () => ({ ticket: 'T-1', at: [1, 2] })), {
        ticket: 'T-1',
        at: [1, 2],
      });
      let ran = false;
      const again = await subject.store.run('k', async () => {
        ran = true;
        return { ticket: 'T-2', at: [] };
      });
      assert.deepEqual(again, { ticket: 'T-1', at: [1, 2] });
      assert.equal(ran, false);
    });

    it('returns the stored result through another store over the same data (a restart)', async () => {
      await subject.store.run('k', async () => ({ n: 1 }));
      let ran = false;
      const again = await (
        await subject.open()
      ).run('k', async () => {
        ran = true;
        return { n: 2 };
      });
      assert.deepEqual(again, { n: 1 });
      assert.equal(ran, false);
    });

    it('does not store a failure, so the action can be retried', async () => {
      await assert.rejects(
        subject.store.run('k', async () => Promise.reject(new Error('backend down'))),
        {
          message: 'backend down',
        },
      );
      assert.deepEqual(await subject.store.run('k', async () => ({ ok: true })), { ok: true });
    });

    it('keeps keys apart', async () => {
      assert.equal(await subject.store.run('a', async () => 1), 1);
      assert.equal(await subject.store.run('b', async () => 2), 2);
      assert.equal(await subject.store.run('a', async () => 3), 1);
    });
  });
}
