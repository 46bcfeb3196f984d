import assert from 'node:assert/strict';
import type { FollowUpContextStore, KnowledgeTurn } from '../../../skills/knowledge/ConversationContext';
import { storeUnderTest, type StoreFactory } from '../../support/storeFixture';
import { useTestClock } from '../../support/useTestClock';

/** A store's clock (epoch ms, moved by the test), time-to-live and turns kept per key. */
export interface FollowUpContextStoreTestOptions {
  readonly now: () => number;
  readonly ttlMs: number;
  readonly maxTurns: number;
}

/**
 * The behaviour every `FollowUpContextStore` backend must show identically (the contract in
 * `skills/knowledge/ConversationContext.ts`): turns per (conversation, user) oldest first, only the last few,
 * expiring a time-to-live after the last append, never crossing users or conversations.
 */
export function followUpContextStoreContract(
  name: string,
  factory: StoreFactory<FollowUpContextStore, FollowUpContextStoreTestOptions>,
): void {
  describe(`FollowUpContextStore contract: ${name}`, () => {
    const start = Date.UTC(2026, 0, 5, 9);
    const clock = useTestClock(start);
    const subject = storeUnderTest(factory, () => ({ now: clock.now, ttlMs: 60_000, maxTurns: 2 }));

    const alex = { conversationId: 'conv-1', userId: 'alex' };
    const turn = (n: number): KnowledgeTurn => ({ message: `m${n}`, question: `q${n}`, at: start + n });

    it('returns nothing for a key never written', async () =>
      assert.deepEqual(await subject.store.turns(alex), []));

    it('returns the last few turns, oldest first', async () => {
      for (const n of [1, 2, 3]) await subject.store.append(alex, turn(n));
      assert.deepEqual(await subject.store.turns(alex), [turn(2), turn(3)]);
    });

    it('never crosses users, conversations, or ids that contain a separator', async () => {
      await subject.store.append(alex, turn(1));
      await subject.store.append({ conversationId: 'a', userId: 'b|c' }, turn(2));
      assert.deepEqual(await subject.store.turns({ conversationId: 'conv-1', userId: 'megan' }), []);
      assert.deepEqual(await subject.store.turns({ conversationId: 'conv-2', userId: 'alex' }), []);
      assert.deepEqual(await subject.store.turns({ conversationId: 'a|b', userId: 'c' }), []);
      assert.deepEqual(await subject.store.turns({ conversationId: 'a', userId: 'b|c' }), [turn(2)]);
    });

    it('expires the time-to-live after the last append, as if never recorded', async () => {
      await subject.store.append(alex, turn(1));
      clock.advance(59_999);
      assert.deepEqual(await subject.store.turns(alex), [turn(1)]);
      clock.advance(1);
      assert.deepEqual(await subject.store.turns(alex), []);
      await subject.store.append(alex, turn(2));
      assert.deepEqual(await subject.store.turns(alex), [turn(2)]);
    });

    it('renews the time-to-live with every append', async () => {
      await subject.store.append(alex, turn(1));
      clock.advance(50_000);
      await subject.store.append(alex, turn(2));
      clock.advance(50_000);
      assert.deepEqual(await subject.store.turns(alex), [turn(1), turn(2)]);
    });
  });
}
