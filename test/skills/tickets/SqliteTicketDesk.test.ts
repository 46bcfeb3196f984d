import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteTicketDesk } from '../../../skills/tickets/SqliteTicketDesk';
import { tempDirStoreFactory } from '../../support/storeFixture';
import { ticketDraft as draft, ticketSystemContract } from './TicketSystem.contract';

ticketSystemContract(
  'SQLite',
  tempDirStoreFactory((dir) => new SqliteTicketDesk({ file: path.join(dir, 'tickets.sqlite') })),
);

const alex = { id: 'user-alex', name: 'Alex Wilber' };

describe('SqliteTicketDesk', () => {
  let dir: string;
  let desk: SqliteTicketDesk;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tickets-'));
    desk = new SqliteTicketDesk({
      file: path.join(dir, 'data', 'tickets.sqlite'),
      now: () => Date.UTC(2025, 2, 1),
    });
  });
  afterEach(async () => {
    await desk.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('numbers tickets 1, 2, 3 and files them as new', async () => {
    const ids = [];
    for (const key of ['k1', 'k2', 'k3']) ids.push((await desk.create(draft(key), alex, key)).id);
    assert.deepEqual(ids, [1, 2, 3]);
    assert.equal((await desk.get(2))?.status, 'new');
  });
  it('stores every field and returns it unchanged', async () => {
    const created = await desk.create(
      draft('CAN rig down', { brand: 'aurex', component: 'CAN rig' }),
      alex,
      'k',
    );
    assert.deepEqual(created, {
      id: 1,
      title: 'CAN rig down',
      description: 'CAN rig down\nsecond line',
      category: 'lab',
      priority: 'high',
      brand: 'aurex',
      component: 'CAN rig',
      status: 'new',
      requesterId: 'user-alex',
      requesterName: 'Alex Wilber',
      createdAt: '2025-03-01T00:00:00.000Z',
    });
    assert.deepEqual(await desk.get(1), created);
  });
  it('files once under concurrent creates with one key', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => desk.create(draft('x'), alex, 'k')));
    assert.deepEqual(new Set(results.map((t) => t.id)), new Set([1]));
  });
  it('returns undefined for unknown and invalid ids', async () => {
    await desk.create(draft('x'), alex, 'k');
    for (const id of [2, 0, -1, 1.5, Number.NaN]) assert.equal(await desk.get(id), undefined, String(id));
  });
  it('keeps tickets across reopening the file', async () => {
    await desk.create(draft('kept'), alex, 'k');
    await desk.close();
    desk = new SqliteTicketDesk({ file: path.join(dir, 'data', 'tickets.sqlite') });
    assert.equal((await desk.get(1))?.title, 'kept');
    assert.equal((await desk.create(draft('next'), alex, 'k2')).id, 2);
  });
  it('refuses an empty idempotency key', async () => {
    await assert.rejects(desk.create(draft('x'), alex, ''));
  });
});
