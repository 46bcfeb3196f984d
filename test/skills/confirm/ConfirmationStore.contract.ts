import assert from 'node:assert/strict';
import type { ConfirmationStore } from '../../../skills/confirm/ConfirmationStore';
import { storeUnderTest, type StoreFactory } from '../../support/storeFixture';
import { useTestClock } from '../../support/useTestClock';

/** A store's clock (epoch ms), moved by the test. */
export interface ConfirmationStoreTestOptions {
  readonly now: () => number;
}

/**
 * The behaviour every `ConfirmationStore` backend must show identically (the contract in
 * `skills/confirm/ConfirmationStore.ts`): single use, bound to one user and skill, expiry, revocation, one
 * winner among concurrent claims, and tokens that outlive the store object that issued them.
 */
export function confirmationStoreContract(
  name: string,
  factory: StoreFactory<ConfirmationStore, ConfirmationStoreTestOptions>,
): void {
  describe(`ConfirmationStore contract: ${name}`, () => {
    const clock = useTestClock(1_000_000);
    const subject = storeUnderTest(factory, () => ({ now: clock.now }));

    const draft = { title: 'CAN rig down', steps: ['power cycle', 'call'], priority: 2 };
    const issue = (on = subject.store) =>
      on.issue({ userId: 'u1', skill: 'file_ticket', draft, ttlSeconds: 60 });
    const holder = (token: string) => ({ token, userId: 'u1', skill: 'file_ticket' });

    it('returns the draft once, to the right user and skill', async () => {
      const { token } = await issue();
      assert.deepEqual(await subject.store.consume(holder(token)), { ok: true, draft });
      assert.deepEqual(await subject.store.consume(holder(token)), { ok: false, reason: 'used' });
    });

    it('checks a token without consuming it, answering as consume would', async () => {
      const { token } = await issue();
      assert.deepEqual(await subject.store.check(holder(token)), { ok: true, draft: undefined });
      assert.deepEqual(await subject.store.check({ ...holder(token), userId: 'u2' }), {
        ok: false,
        reason: 'wrong_user',
      });
      assert.deepEqual(await subject.store.consume(holder(token)), { ok: true, draft });
      assert.deepEqual(await subject.store.check(holder(token)), { ok: false, reason: 'used' });
      const revoked = await issue();
      await subject.store.revoke(holder(revoked.token));
      assert.deepEqual(await subject.store.check(holder(revoked.token)), { ok: false, reason: 'cancelled' });
      const late = await issue();
      clock.advance(61_000);
      assert.deepEqual(await subject.store.check(holder(late.token)), { ok: false, reason: 'expired' });
    });

    const refusals: [string, (token: string) => { token: string; userId: string; skill: string }, string][] =
      [
        ['another user', (token) => ({ token, userId: 'u2', skill: 'file_ticket' }), 'wrong_user'],
        ['another skill', (token) => ({ token, userId: 'u1', skill: 'export_report' }), 'wrong_skill'],
        ['a forged token', () => ({ token: 'x'.repeat(43), userId: 'u1', skill: 'file_ticket' }), 'unknown'],
      ];
    for (const [what, input, reason] of refusals) {
      it(`refuses ${what} without consuming the token`, async () => {
        const { token } = await issue();
        assert.deepEqual(await subject.store.consume(input(token)), { ok: false, reason });
        assert.equal((await subject.store.consume(holder(token))).ok, true);
      });
    }

    it('refuses an expired token', async () => {
      const { token } = await issue();
      clock.advance(61_000);
      assert.deepEqual(await subject.store.consume(holder(token)), { ok: false, reason: 'expired' });
    });

    it('reports the expiry it enforces, 24 hours by default', async () => {
      assert.equal((await issue()).expiresAt, new Date(1_000_000 + 60_000).toISOString());
      const { token, expiresAt } = await subject.store.issue({ userId: 'u1', skill: 'file_ticket', draft });
      assert.equal(expiresAt, new Date(1_000_000 + 24 * 3600 * 1000).toISOString());
      clock.advance(24 * 3600 * 1000 + 1000);
      assert.deepEqual(await subject.store.consume(holder(token)), { ok: false, reason: 'expired' });
    });

    it('issues unpredictable, distinct tokens', async () => {
      const tokens = new Set<string>();
      for (let i = 0; i < 50; i += 1) tokens.add((await issue()).token);
      assert.equal(tokens.size, 50);
      for (const token of tokens) assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    });

    it('revokes an unused token of that user and skill once; it then consumes as cancelled', async () => {
      const { token } = await issue();
      assert.equal(await subject.store.revoke({ token, userId: 'u2', skill: 'file_ticket' }), false);
      assert.equal(await subject.store.revoke({ token, userId: 'u1', skill: 'export_report' }), false);
      assert.equal(await subject.store.revoke(holder(token)), true);
      assert.equal(await subject.store.revoke(holder(token)), false);
      assert.deepEqual(await subject.store.consume(holder(token)), { ok: false, reason: 'cancelled' });
    });

    it('does not revoke a used token', async () => {
      const { token } = await issue();
      assert.equal((await subject.store.consume(holder(token))).ok, true);
      assert.equal(await subject.store.revoke(holder(token)), false);
      assert.deepEqual(await subject.store.consume(holder(token)), { ok: false, reason: 'used' });
    });

    it('lets one of many concurrent claims through two stores over the same data win', async () => {
      const other = await subject.open();
      const { token } = await issue();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => (i % 2 ? other : subject.store).consume(holder(token))),
      );
      assert.equal(results.filter((result) => result.ok).length, 1);
      assert.ok(results.every((result) => result.ok || result.reason === 'used'));
    });

    it('keeps tokens across store objects (a restart, another instance)', async () => {
      const { token } = await issue();
      const later = await subject.open();
      assert.deepEqual(await later.consume(holder(token)), { ok: true, draft });
      assert.deepEqual(await subject.store.consume(holder(token)), { ok: false, reason: 'used' });
    });
  });
}
