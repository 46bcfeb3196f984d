import assert from 'node:assert/strict';
import type { AnswerRecord, FeedbackStore } from '../../../skills/feedback/FeedbackStore';
import { storeUnderTest, type StoreFactory } from '../../support/storeFixture';
import { useTestClock } from '../../support/useTestClock';

/** A store's clock, moved by the test. */
export interface FeedbackStoreTestOptions {
  readonly now: () => Date;
}

/**
 * The behaviour every `FeedbackStore` backend must show identically (the contract in
 * `skills/feedback/FeedbackStore.ts`): feedback only on a recorded answer and only from its user, replacement,
 * length caps, and listing newest first with a reaction filter and a limit.
 */
export function feedbackStoreContract(
  name: string,
  factory: StoreFactory<FeedbackStore, FeedbackStoreTestOptions>,
): void {
  describe(`FeedbackStore contract: ${name}`, () => {
    const start = Date.UTC(2026, 0, 5, 9);
    const clock = useTestClock(start);
    const subject = storeUnderTest(factory, () => ({ now: () => new Date(clock.now()) }));

    const answer = (messageId: string, userId = 'alex'): AnswerRecord => ({
      messageId,
      conversationId: 'c1',
      userId,
      skill: 'ask_knowledge',
      question: `question ${messageId}`,
      sourceIds: ['brake-fade.md', 'pads.md'],
    });
    /** Feedback from `from.userId` (default alex) in `from.conversationId` (default c1), through `from.on`. */
    const react = (
      messageId: string,
      reaction: 'like' | 'dislike',
      comment = '',
      from: { userId?: string; conversationId?: string; on?: FeedbackStore } = {},
    ) =>
      (from.on ?? subject.store).recordFeedback({
        conversationId: from.conversationId ?? 'c1',
        messageId,
        userId: from.userId ?? 'alex',
        reaction,
        comment,
      });

    it('stores feedback with its answer', async () => {
      await subject.store.recordAnswer(answer('m1'));
      assert.equal(await react('m1', 'dislike', 'Missing the limit'), true);
      assert.deepEqual(await subject.store.list(), [
        {
          ...answer('m1'),
          reaction: 'dislike',
          comment: 'Missing the limit',
          at: new Date(clock.now()).toISOString(),
        },
      ]);
    });

    it('refuses feedback on an unknown answer or from another user, storing nothing', async () => {
      await subject.store.recordAnswer(answer('m1'));
      assert.equal(await react('m2', 'like'), false);
      assert.equal(await react('m1', 'like', '', { userId: 'megan' }), false);
      assert.equal(await react('m1', 'like', '', { conversationId: 'c2' }), false);
      assert.deepEqual(await subject.store.list(), []);
    });

    it('replaces a first reaction with a second, and a re-recorded answer', async () => {
      await subject.store.recordAnswer(answer('m1'));
      await react('m1', 'like');
      await subject.store.recordAnswer({ ...answer('m1'), question: 'asked again', sourceIds: [] });
      clock.advance(1000);
      await react('m1', 'dislike', 'wrong after all');
      const rows = await subject.store.list();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.reaction, 'dislike');
      assert.equal(rows[0]?.comment, 'wrong after all');
      assert.equal(rows[0]?.question, 'asked again');
      assert.deepEqual(rows[0]?.sourceIds, []);
    });

    it('cuts questions and comments at 2,000 characters', async () => {
      await subject.store.recordAnswer({ ...answer('m1'), question: 'q'.repeat(2500) });
      await react('m1', 'dislike', 'c'.repeat(2500));
      const [row] = await subject.store.list();
      assert.equal(row?.question, 'q'.repeat(2000));
      assert.equal(row?.comment, 'c'.repeat(2000));
    });

    it('lists newest first, filtered by reaction and limited', async () => {
      for (const [id, reaction] of [
        ['m1', 'like'],
        ['m2', 'dislike'],
        ['m3', 'dislike'],
        ['m4', 'like'],
      ] as const) {
        await subject.store.recordAnswer(answer(id));
        await react(id, reaction);
        clock.advance(60_000);
      }
      const ids = (rows: readonly { messageId: string }[]) => rows.map((row) => row.messageId);
      assert.deepEqual(ids(await subject.store.list()), ['m4', 'm3', 'm2', 'm1']);
      assert.deepEqual(ids(await subject.store.list({ reaction: 'dislike' })), ['m3', 'm2']);
      assert.deepEqual(ids(await subject.store.list({ reaction: 'like', limit: 1 })), ['m4']);
    });

    it('names the newest answer of a user in a conversation, for feedback that names no message', async () => {
      assert.equal(await subject.store.latestAnswerId('c1', 'alex'), undefined);
      await subject.store.recordAnswer(answer('m1'));
      await subject.store.recordAnswer(answer('m2'));
      await subject.store.recordAnswer(answer('m3', 'megan'));
      await subject.store.recordAnswer({ ...answer('m4'), conversationId: 'c2' });
      assert.equal(await subject.store.latestAnswerId('c1', 'alex'), 'm2');
      assert.equal(await subject.store.latestAnswerId('c1', 'megan'), 'm3');
      assert.equal(await subject.store.latestAnswerId('c2', 'alex'), 'm4');
      clock.advance(1000);
      await subject.store.recordAnswer(answer('m1'));
      assert.equal(await subject.store.latestAnswerId('c1', 'alex'), 'm1');
    });

    it('keeps answers and feedback across store objects (a restart, another instance)', async () => {
      await subject.store.recordAnswer(answer('m1'));
      const later = await subject.open();
      assert.equal(await react('m1', 'like', '', { on: later }), true);
      assert.deepEqual(
        (await subject.store.list()).map((row) => row.reaction),
        ['like'],
      );
    });
  });
}
