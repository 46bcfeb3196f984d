import assert from 'node:assert/strict';
import type { ApprovalStore, CardPlace } from '../../../skills/reports/approval/ApprovalStore';
import { storeUnderTest, type StoreFactory } from '../../support/storeFixture';

/**
 * The behaviour every `ApprovalStore` backend must show identically (the contract in
 * `skills/reports/approval/ApprovalStore.ts`): one request per report, one decision per request (also
 * concurrently and across stores over the same data), card places per role, and durability.
 */
export function approvalStoreContract(name: string, factory: StoreFactory<ApprovalStore, object>): void {
  describe(`ApprovalStore contract: ${name}`, () => {
    const subject = storeUnderTest(factory, () => ({}));
    const request = (reportId = 'r1', store = subject.store) =>
      store.request({
        reportId,
        authorId: 'alex',
        approverId: 'megan',
        requestedAt: '2026-12-05T07:00:00.000Z',
      });
    const place = (activityId: string): CardPlace => ({
      serviceUrl: 'http://127.0.0.1:1/',
      channelId: 'msteams',
      conversationId: 'a:chat',
      activityId,
      tenantId: 't1',
    });
    const approve = { state: 'approved', by: 'megan', at: '2026-12-05T08:00:00.000Z' } as const;
    const reject = {
      state: 'rejected',
      by: 'megan',
      at: '2026-12-05T08:01:00.000Z',
      comment: 'Cite the 2026 edition.',
    } as const;

    it('opens a pending request with no decision and no cards', async () => {
      assert.deepEqual(await request(), {
        reportId: 'r1',
        authorId: 'alex',
        approverId: 'megan',
        state: 'pending',
        requestedAt: '2026-12-05T07:00:00.000Z',
        cards: {},
      });
    });
    it('returns the existing record when the same report is requested again', async () => {
      await request();
      await subject.store.decide('r1', approve);
      const again = await subject.store.request({
        reportId: 'r1',
        authorId: 'someone',
        approverId: 'else',
        requestedAt: '2027-01-01T00:00:00.000Z',
      });
      assert.equal(again.state, 'approved');
      assert.equal(again.authorId, 'alex');
    });
    it('knows nothing of a report never requested', async () => {
      assert.equal(await subject.store.get('nope'), undefined);
      assert.equal(await subject.store.decide('nope', approve), undefined);
      assert.equal(await subject.store.placeCard('nope', 'author', place('x')), false);
    });
    it('records a rejection with its comment and author', async () => {
      await request();
      const result = await subject.store.decide('r1', reject);
      assert.equal(result?.decided, true);
      assert.deepEqual(
        [result?.record.state, result?.record.decidedBy, result?.record.decidedAt, result?.record.comment],
        ['rejected', 'megan', reject.at, reject.comment],
      );
    });
    it('keeps the first decision: a later approve or reject changes nothing', async () => {
      await request();
      assert.equal((await subject.store.decide('r1', approve))?.decided, true);
      const second = await subject.store.decide('r1', reject);
      assert.equal(second?.decided, false);
      assert.equal(second?.record.state, 'approved');
      assert.equal(second?.record.comment, undefined);
      assert.equal((await subject.store.get('r1'))?.state, 'approved');
    });
    it('lets exactly one of many concurrent decisions win, across two stores', async () => {
      await request();
      const other = await subject.open();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? subject.store : other).decide('r1', i % 3 === 0 ? reject : approve),
        ),
      );
      assert.equal(results.filter((r) => r?.decided).length, 1);
      const states = new Set(results.map((r) => r?.record.state));
      assert.equal(states.size, 1, 'every caller sees the winning decision');
    });
    it('records each role’s card, the latest one winning, also after a decision', async () => {
      await request();
      assert.equal(await subject.store.placeCard('r1', 'author', place('a1')), true);
      await subject.store.placeCard('r1', 'approver', place('b1'));
      await subject.store.decide('r1', approve);
      await subject.store.placeCard('r1', 'approver', place('b2'));
      const cards = (await subject.store.get('r1'))?.cards;
      assert.deepEqual(cards, { author: place('a1'), approver: place('b2') });
    });
    it('keeps requests independent of each other', async () => {
      await request('r1');
      await request('r2');
      await subject.store.decide('r2', reject);
      assert.equal((await subject.store.get('r1'))?.state, 'pending');
    });
    it('survives a new store over the same data', async () => {
      await request();
      await subject.store.placeCard('r1', 'author', place('a1'));
      await subject.store.decide('r1', reject);
      const reopened = await subject.open();
      assert.deepEqual(await reopened.get('r1'), await subject.store.get('r1'));
      assert.equal((await reopened.get('r1'))?.cards.author?.activityId, 'a1');
    });
  });
}
