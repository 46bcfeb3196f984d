import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SqliteConfirmationStore } from '../../../skills/confirm/SqliteConfirmationStore';
import { sqliteStoreFactory } from '../../support/storeFixture';
import { confirmationStoreContract } from './ConfirmationStore.contract';

confirmationStoreContract(
  'SQLite',
  sqliteStoreFactory((db, { now }) => new SqliteConfirmationStore({ db, now })),
);

describe('SqliteConfirmationStore: cancelled tokens', () => {
  it('tells a cancelled token from a used one, also in a store made before cancellations were told apart', async () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE confirmations (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, skill TEXT NOT NULL,
      draft TEXT NOT NULL, expires_at INTEGER NOT NULL, consumed_at INTEGER)`);
    const store = new SqliteConfirmationStore({ db });
    const cancelled = (await store.issue({ userId: 'u', skill: 's', draft: {} })).token;
    assert.equal(await store.revoke({ token: cancelled, userId: 'u', skill: 's' }), true);
    assert.deepEqual(await store.consume({ token: cancelled, userId: 'u', skill: 's' }), {
      ok: false,
      reason: 'cancelled',
    });
    const used = (await store.issue({ userId: 'u', skill: 's', draft: {} })).token;
    assert.equal((await store.consume({ token: used, userId: 'u', skill: 's' })).ok, true);
    assert.deepEqual(await store.consume({ token: used, userId: 'u', skill: 's' }), {
      ok: false,
      reason: 'used',
    });
  });

  it('stores only the hash of a token', async () => {
    const db = new Database(':memory:');
    const { token } = await new SqliteConfirmationStore({ db }).issue({ userId: 'u', skill: 's', draft: {} });
    const rows = db.prepare('SELECT * FROM confirmations').all();
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows).includes(token));
  });
});
