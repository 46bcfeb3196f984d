import assert from 'node:assert/strict';
import { TableConversationStateStore } from '../../../skills/state/TableConversationStateStore';
import { azureStoreFactory, freshAzuriteTable } from '../../support/azureStoreFactory';
import { conversationStateStoreContract } from './ConversationStateStore.contract';

conversationStateStoreContract(
  'Azure Table Storage (Azurite)',
  azureStoreFactory(
    (storage, { now, ttlMs }) =>
      new TableConversationStateStore({ table: storage.table('state'), now, ttlMs }),
  ),
);

describe('TableConversationStateStore: eviction', () => {
  const MINUTE = 60 * 1000;
  it('deletes expired documents with the first write after each sweep interval, and not before', async () => {
    const table = await freshAzuriteTable('sweep');
    const stored = async () => {
      const keys: string[] = [];
      for await (const entity of table.listEntities<{ key: string }>()) keys.push(entity.key);
      return keys.sort();
    };
    let now = Date.UTC(2026, 0, 5, 9);
    const store = new TableConversationStateStore({
      table,
      now: () => now,
      ttlMs: 60 * MINUTE,
      sweepIntervalMs: 90 * MINUTE,
    });
    for (const key of ['old-1', 'old-2', 'old-3']) await store.write(key, { key });
    now += 61 * MINUTE;
    await store.write('new', { key: 'new' });
    assert.equal((await stored()).length, 4, 'no sweep within the interval');
    now += 30 * MINUTE;
    await store.write('newer', { key: 'newer' });
    assert.deepEqual(await stored(), ['new', 'newer']);
    await table.deleteTable();
  });
});
