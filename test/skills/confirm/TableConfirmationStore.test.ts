import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { TableConfirmationStore } from '../../../skills/confirm/TableConfirmationStore';
import { sharedAzurite } from '../../support/azurite';
import { azureStoreFactory } from '../../support/azureStoreFactory';
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
    const azurite = await sharedAzurite();
    const table = TableClient.fromConnectionString(
      azurite.connectionString,
      `tokens${crypto.randomBytes(6).toString('hex')}`,
      { allowInsecureConnection: true },
    );
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
