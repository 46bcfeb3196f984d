import assert from 'node:assert/strict';
import { TableTicketDesk } from '../../../skills/tickets/TableTicketDesk';
import { azureStoreFactory } from '../../support/azureStoreFactory';
import { storeUnderTest } from '../../support/storeFixture';
import { ticketDraft, ticketSystemContract } from './TicketSystem.contract';

const factory = azureStoreFactory((storage) => new TableTicketDesk({ table: storage.table('tickets') }));

ticketSystemContract('Azure Table Storage desk (Azurite)', factory);

describe('TableTicketDesk across instances', () => {
  const subject = storeUnderTest(factory, () => ({}));
  const alex = { id: 'alex' };

  it('files one ticket for one key when two instances create it at once', async () => {
    const other = await subject.open();
    const tickets = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? other : subject.store).create(ticketDraft('once'), alex, 'same'),
      ),
    );
    assert.ok(tickets.every((ticket) => ticket.id === tickets[0]?.id));
    assert.equal((await subject.store.listByRequester(alex.id)).length, 1);
  });

  it('gives tickets filed at once by two instances distinct consecutive ids', async () => {
    const other = await subject.open();
    const tickets = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? other : subject.store).create(ticketDraft(`t${i}`), alex, `k${i}`),
      ),
    );
    assert.deepEqual(
      tickets.map((ticket) => ticket.id).sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    assert.equal((await subject.store.listByRequester(alex.id, { top: 100 })).length, 10);
  });
});
