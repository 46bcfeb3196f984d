import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { GroupCommit } from '../../../skills/storage/GroupCommit';
import { SqliteAuditLog } from '../../../skills/audit/SqliteAuditLog';
import { WalSync } from '../../../skills/audit/WalSync';
import { entry, tempDir } from './auditFixture';

/** A stand-in fsync that records its start and finishes when the test says so. */
function controlledFsync(): {
  fsync: (file: string) => Promise<void>;
  started: number;
  finish(error?: Error): void;
} {
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const control = {
    started: 0,
    fsync: () =>
      new Promise<void>((resolve, reject) => {
        control.started += 1;
        waiting.push({ resolve, reject });
      }),
    finish(error?: Error) {
      const next = waiting.shift();
      if (error) next?.reject(error);
      else next?.resolve();
    },
  };
  return control;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('WalSync', () => {
  it('runs one fsync at a time; calls made meanwhile share the next one, in call order', async () => {
    const control = controlledFsync();
    const sync = new WalSync('wal', control.fsync);
    const done: string[] = [];
    const first = sync.synced().then(() => done.push('first'));
    const second = sync.synced().then(() => done.push('second'));
    const third = sync.synced().then(() => done.push('third'));
    await tick();
    assert.equal(control.started, 1);
    control.finish();
    await first;
    await tick();
    assert.deepEqual(done, ['first']);
    assert.equal(control.started, 2, 'the calls made while the first ran get an fsync that starts after it');
    control.finish();
    await Promise.all([second, third]);
    assert.deepEqual(done, ['first', 'second', 'third']);
    assert.equal(control.started, 2);
  });

  it('rejects the callers of a failed fsync and starts afresh after it', async () => {
    const control = controlledFsync();
    const sync = new WalSync('wal', control.fsync);
    const failed = sync.synced();
    control.finish(new Error('EIO'));
    await assert.rejects(failed, /EIO/);
    const next = sync.synced();
    control.finish();
    await next;
    assert.equal(control.started, 2);
  });

  it('fsyncs an existing file and counts a missing one as synced', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'x-wal');
    fs.writeFileSync(file, 'data');
    const kept = new WalSync(file);
    await kept.synced();
    fs.appendFileSync(file, 'more');
    await kept.synced();
    await kept.close();
    const missing = new WalSync(path.join(dir, 'missing-wal'));
    await missing.synced();
    await missing.close();
    // A file that appears later is found by the next sync.
    const later = new WalSync(path.join(dir, 'later-wal'));
    await later.synced();
    fs.writeFileSync(path.join(dir, 'later-wal'), 'data');
    await later.synced();
    await later.close();
    // What can't be opened for writing fails the sync.
    await assert.rejects(new WalSync(dir).synced(), /EISDIR/);
  });
});

describe('GroupCommit with a durability step', () => {
  it('settles a batch only after its durability promise resolves, and rejects it when that fails', async () => {
    let release: (() => void) | undefined;
    let fail: ((error: Error) => void) | undefined;
    const durable = (): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        release = resolve;
        fail = reject;
      });
    const commits = new GroupCommit<number, number>(
      (items) => items.map((n) => ({ ok: true, value: n * 2 })),
      durable,
    );
    let settled = false;
    const a = commits.submit(1).then((v) => {
      settled = true;
      return v;
    });
    await tick();
    assert.equal(settled, false, 'committed but not yet durable');
    release?.();
    assert.equal(await a, 2);
    const b = commits.submit(2);
    await tick();
    fail?.(new Error('fsync failed'));
    await assert.rejects(b, /fsync failed/);
  });

  it('commits what is submitted while a durability step runs as one batch once that step has settled', async () => {
    const releases: (() => void)[] = [];
    const durable = (): Promise<void> => new Promise<void>((resolve) => releases.push(resolve));
    const calls: number[][] = [];
    const commits = new GroupCommit<number, number>((items) => {
      calls.push([...items]);
      return items.map((n) => ({ ok: true, value: n }));
    }, durable);
    const first = commits.submit(1);
    await tick();
    assert.deepEqual(calls, [[1]]);
    const later = [commits.submit(2)];
    await tick();
    later.push(commits.submit(3));
    await tick();
    assert.deepEqual(calls, [[1]], 'nothing is committed while the first batch syncs');
    assert.equal(commits.waiting, 2);
    releases.shift()?.();
    assert.equal(await first, 1);
    // The step settles, then the waiting items are committed from the next turn of the event loop.
    await tick();
    await tick();
    assert.deepEqual(calls, [[1], [2, 3]]);
    assert.equal(releases.length, 1, 'one durability step for the second batch');
    releases.shift()?.();
    assert.deepEqual(await Promise.all(later), [2, 3]);
  });
});

describe('SqliteAuditLog durability off the event loop', () => {
  it('appends of one batch resolve after the WAL sync, in order, with consecutive seqs', async () => {
    const file = path.join(tempDir(), 'audit.sqlite');
    const log = new SqliteAuditLog({ file });
    const records = await Promise.all([log.append(entry(1)), log.append(entry(2)), log.append(entry(3))]);
    assert.deepEqual(
      records.map((r) => r.seq),
      [1, 2, 3],
    );
    assert.ok(fs.existsSync(`${file}-wal`));
    await log.close();
  });
});
