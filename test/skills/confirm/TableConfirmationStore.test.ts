import assert from 'node:assert/strict';
import { TableConfirmationStore } from '../../../skills/confirm/TableConfirmationStore';
import { azureStoreFactory, freshAzuriteTable } from '../../support/azureStoreFactory';
import { confirmationStoreContract } from './ConfirmationStore.contract';

confirmationStoreContract(
  'Azure Table Storage (Azurite)',
  azureStoreFactory(
    (storage, { now }: { now: () => number }) =>
      new TableConfirmationStore({ table: storage.table('confirmations'), now }),
  ),
);

describe('TableConfirmationStore', () => {
  it('stores only the hash of a token', async () => {
    const table = await freshAzuriteTable('tokens');
    const { token } = await new TableConfirmationStore({ table }).issue({
      userId: 'u',
      skill: 's',
      draft: {},
    });
    const rows: unknown[] = [];
    for await (const row of table.listEntities()) rows.push(row);
    await table.deleteTable();
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows).includes(token));
  });
});
