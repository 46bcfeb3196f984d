import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StoreItems } from 'botbuilder';
import { ConversationStorage } from '../../../bot/teams/ConversationStorage';
import { SqliteConversationStateStore } from '../../../skills/state/SqliteConversationStateStore';

describe('ConversationStorage (botbuilder Storage over a ConversationStateStore)', () => {
  let dir: string;
  let db: Database.Database;
  let storage: ConversationStorage;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conversation-storage-'));
    db = new Database(path.join(dir, 'state.sqlite'));
    storage = new ConversationStorage({ store: new SqliteConversationStateStore({ db }) });
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const eTagOf = async (key: string) => ((await storage.read([key])) as StoreItems)[key]?.eTag as string;

  it('reads items with their eTag and leaves out keys without one', async () => {
    await storage.write({ conv: { pendingFollowUp: { skill: 'ticket_status', missing: 'ticketId' } } });
    const items = await storage.read(['conv', 'user']);
    assert.deepEqual(Object.keys(items), ['conv']);
    assert.deepEqual(items.conv, {
      pendingFollowUp: { skill: 'ticket_status', missing: 'ticketId' },
      eTag: await eTagOf('conv'),
    });
    assert.match(String(items.conv.eTag), /\S/);
  });

  it('writes an item read with its eTag, and refuses a stale eTag as MemoryStorage does', async () => {
    await storage.write({ conv: { n: 1 } });
    const read = await storage.read(['conv']);
    await storage.write({ conv: { ...read.conv, n: 2 } });
    await assert.rejects(storage.write({ conv: { ...read.conv, n: 3 } }), {
      message: 'Storage: error writing "conv" due to eTag conflict.',
    });
    const [current] = Object.values(await storage.read(['conv']));
    assert.equal(current?.n, 2);
  });

  it('writes last-writer-wins with eTag "*" or none', async () => {
    await storage.write({ conv: { n: 1 } });
    await storage.write({ conv: { n: 2, eTag: '*' } });
    assert.equal((await storage.read(['conv'])).conv.n, 2);
    await storage.write({ conv: { n: 3 } });
    assert.equal((await storage.read(['conv'])).conv.n, 3);
  });

  it('writes the other items of a batch when one conflicts', async () => {
    await storage.write({ conv: { n: 1 }, user: { n: 1 } });
    const stale = await storage.read(['conv']);
    await storage.write({ conv: { n: 2 } });
    await assert.rejects(storage.write({ conv: { ...stale.conv, n: 3 }, user: { n: 3 } }), /eTag conflict/);
    const items = await storage.read(['conv', 'user']);
    assert.equal(items.conv.n, 2);
    assert.equal(items.user.n, 3);
  });

  it('does not store the eTag inside the item', async () => {
    await storage.write({ conv: { n: 1, eTag: '*' } });
    const row = db.prepare('SELECT value FROM conversation_state').get() as { value: string };
    assert.deepEqual(JSON.parse(row.value), { n: 1 });
  });

  it('refuses an item that is not an object before writing anything', async () => {
    for (const bad of ['text', 42, null, [1, 2]]) {
      await assert.rejects(storage.write({ ok: { n: 1 }, bad }), {
        name: 'TypeError',
        message: 'Storage: item "bad" is not an object.',
      });
    }
    assert.deepEqual(await storage.read(['ok']), {});
  });

  it('deletes items', async () => {
    await storage.write({ conv: { n: 1 }, user: { n: 1 } });
    await storage.delete(['conv', 'never-written']);
    assert.deepEqual(Object.keys(await storage.read(['conv', 'user'])), ['user']);
  });
});
