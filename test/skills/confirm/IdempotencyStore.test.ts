import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { IdempotencyStore } from '../../../skills/confirm/IdempotencyStore';

describe('IdempotencyStore', () => {
  it('runs concurrent calls with one key once and gives all the same result', async () => {
    const store = new IdempotencyStore(new Database(':memory:'));
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { ticket: runs };
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => store.run('k', work)));
    assert.equal(runs, 1);
    assert.ok(results.every((result) => result.ticket === 1));
  });
  it('returns the stored result after a restart', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'idem-')), 'state.sqlite');
    await new IdempotencyStore(new Database(file)).run('k', async () => ({ n: 1 }));
    let ran = false;
    const again = await new IdempotencyStore(new Database(file)).run('k', async () => {
      ran = true;
      return { n: 2 };
    });
    assert.deepEqual(again, { n: 1 });
    assert.equal(ran, false);
  });
  it('does not store a failure, so the action can be retried', async () => {
    const store = new IdempotencyStore(new Database(':memory:'));
    await assert.rejects(store.run('k', async () => Promise.reject(new Error('backend down'))));
    assert.deepEqual(await store.run('k', async () => ({ ok: true })), { ok: true });
  });
  it('keeps keys apart', async () => {
    const store = new IdempotencyStore(new Database(':memory:'));
    assert.equal(await store.run('a', async () => 1), 1);
    assert.equal(await store.run('b', async () => 2), 2);
  });
});
