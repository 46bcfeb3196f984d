import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { ConfirmationStore } from '../../../skills/confirm/ConfirmationStore';

describe('ConfirmationStore', () => {
  let now = 1_000_000;
  const store = new ConfirmationStore(new Database(':memory:'), () => now);
  const issue = () =>
    store.issue({ userId: 'u1', skill: 'file_ticket', draft: { title: 'CAN rig down' }, ttlSeconds: 60 });

  it('returns the draft once, to the right user and skill', () => {
    const { token } = issue();
    assert.deepEqual(store.consume({ token, userId: 'u1', skill: 'file_ticket' }), {
      ok: true,
      draft: { title: 'CAN rig down' },
    });
    assert.deepEqual(store.consume({ token, userId: 'u1', skill: 'file_ticket' }), {
      ok: false,
      reason: 'used',
    });
  });
  const refusals: [string, (token: string) => { token: string; userId: string; skill: string }, string][] = [
    ['another user', (token) => ({ token, userId: 'u2', skill: 'file_ticket' }), 'wrong_user'],
    ['another skill', (token) => ({ token, userId: 'u1', skill: 'export_report' }), 'wrong_skill'],
    ['a forged token', () => ({ token: 'x'.repeat(43), userId: 'u1', skill: 'file_ticket' }), 'unknown'],
  ];
  for (const [name, input, reason] of refusals) {
    it(`refuses ${name} without consuming the token`, () => {
      const { token } = issue();
      assert.deepEqual(store.consume(input(token)), { ok: false, reason });
      assert.equal(store.consume({ token, userId: 'u1', skill: 'file_ticket' }).ok, true);
    });
  }
  it('refuses an expired token', () => {
    const { token } = issue();
    now += 61_000;
    assert.deepEqual(store.consume({ token, userId: 'u1', skill: 'file_ticket' }), {
      ok: false,
      reason: 'expired',
    });
  });
  it('issues unpredictable, distinct tokens', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => issue().token));
    assert.equal(tokens.size, 50);
    for (const token of tokens) assert.match(token, /^[A-Za-z0-9_-]{43}$/);
  });
});

describe('ConfirmationStore: cancelled tokens', () => {
  it('tells a cancelled token from a used one, also in a store made before cancellations were told apart', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE confirmations (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, skill TEXT NOT NULL,
      draft TEXT NOT NULL, expires_at INTEGER NOT NULL, consumed_at INTEGER)`);
    const store = new ConfirmationStore(db);
    const cancelled = store.issue({ userId: 'u', skill: 's', draft: {} }).token;
    assert.equal(store.revoke({ token: cancelled, userId: 'u', skill: 's' }), true);
    assert.deepEqual(store.consume({ token: cancelled, userId: 'u', skill: 's' }), {
      ok: false,
      reason: 'cancelled',
    });
    const used = store.issue({ userId: 'u', skill: 's', draft: {} }).token;
    assert.equal(store.consume({ token: used, userId: 'u', skill: 's' }).ok, true);
    assert.deepEqual(store.consume({ token: used, userId: 'u', skill: 's' }), { ok: false, reason: 'used' });
  });
});
