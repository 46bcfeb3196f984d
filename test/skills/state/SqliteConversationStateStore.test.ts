import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SqliteConversationStateStore } from '../../../skills/state/SqliteConversationStateStore';
import { sqliteStoreFactory } from '../../support/storeFixture';
import { conversationStateStoreContract } from './ConversationStateStore.contract';

conversationStateStoreContract(
  'SQLite',
  sqliteStoreFactory((db, { now, ttlMs }) => new SqliteConversationStateStore({ db, now, ttlMs })),
);

describe('SqliteConversationStateStore: eviction', () => {
  const MINUTE = 60 * 1000;
  const HOUR = 60 * MINUTE;
  const rows = (db: Database.Database) =>
    (db.prepare('SELECT key FROM conversation_state ORDER BY key').all() as { key: string }[]).map(
      (row) => row.key,
    );

  it('deletes expired documents with the first write after each sweep interval, and not before', async () => {
    let now = Date.UTC(2026, 0, 5, 9);
    const db = new Database(':memory:');
    const store = new SqliteConversationStateStore({
      db,
      now: () => now,
      ttlMs: HOUR,
      sweepIntervalMs: 90 * MINUTE,
    });
    for (let i = 0; i < 100; i += 1) await store.write(`old-${String(i).padStart(3, '0')}`, { i });
    now += 61 * MINUTE;
    await store.write('new', { i: 100 });
    assert.equal(rows(db).length, 101, 'no sweep within the interval');
    now += 30 * MINUTE;
    await store.write('newer', { i: 101 });
    assert.deepEqual(rows(db), ['new', 'newer']);
  });

  it('deletes expired documents when it opens (a restart)', async () => {
    let now = Date.UTC(2026, 0, 5, 9);
    const db = new Database(':memory:');
    const first = new SqliteConversationStateStore({ db, now: () => now, ttlMs: HOUR });
    await first.write('a', { n: 1 });
    now += 2 * HOUR;
    new SqliteConversationStateStore({ db, now: () => now, ttlMs: HOUR });
    assert.deepEqual(rows(db), []);
  });
});
