import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GroupCommit, type Settled } from '../../../skills/storage/GroupCommit';
import { SqliteAuditLog } from '../../../skills/audit/SqliteAuditLog';
import { verifyAuditLog } from '../../../skills/audit/verifyAuditLog';
import { entry, tempDir } from './auditFixture';

const ROOT = path.join(__dirname, '../../..');

function seqs(file: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT seq FROM audit ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
  } finally {
    db.close();
  }
}

/**
 * A child that appends bursts of `burst` concurrent records, printing each resolved seq, forever; the parent
 * kills it (SIGKILL) once it has printed `atLeast` seqs. Resolves with the printed seqs.
 */
function appendBurstsUntilKilled(file: string, burst: number, atLeast: number): Promise<number[]> {
  const script = `
    const fs = require('node:fs');
    const { SqliteAuditLog } = require('./skills/audit/SqliteAuditLog');
    const log = new SqliteAuditLog({ file: ${JSON.stringify(file)} });
    (async () => {
      for (let n = 0; ; n += 1) {
        await Promise.all(Array.from({ length: ${burst} }, (_, i) =>
          log.append({ actor: { userId: 'u-' + n + '-' + i, surface: 'test' }, skill: 'ask_knowledge',
            action: 'question_answered', parameters: {}, sourceIds: [], planner: 'rules', outcome: 'ok' })
            .then((record) => fs.writeSync(1, record.seq + '\\n'))));
      }
    })();`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.split('\n').filter(Boolean).length >= atLeast) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(out.split('\n').filter(Boolean).map(Number))
        : reject(new Error(`child exited without SIGKILL (${signal})`)),
    );
  });
}

describe('GroupCommit', () => {
  it('commits the items submitted in one turn of the event loop with one call, in order', async () => {
    const calls: number[][] = [];
    const group = new GroupCommit<number, number>((items) => {
      calls.push([...items]);
      return items.map((n): Settled<number> => ({ ok: true, value: n * 10 }));
    });
    const first = await Promise.all([1, 2, 3].map((n) => group.submit(n)));
    const second = await group.submit(4);
    assert.deepEqual(first, [10, 20, 30]);
    assert.equal(second, 40);
    assert.deepEqual(calls, [[1, 2, 3], [4]]);
  });

  it('fails one item alone, or the whole batch when the commit throws', async () => {
    let fail = false;
    const group = new GroupCommit<number, number>((items) => {
      if (fail) throw new Error('disk full');
      return items.map((n): Settled<number> =>
        n === 2 ? { ok: false, error: new Error('bad 2') } : { ok: true, value: n },
      );
    });
    const results = await Promise.allSettled([1, 2, 3].map((n) => group.submit(n)));
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    fail = true;
    const failed = await Promise.allSettled([5, 6].map((n) => group.submit(n)));
    assert.deepEqual(
      failed.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'ok')),
      ['disk full', 'disk full'],
    );
  });

  it('flush() commits what is pending at once', async () => {
    const calls: number[][] = [];
    const group = new GroupCommit<number, number>((items) => {
      calls.push([...items]);
      return items.map((n): Settled<number> => ({ ok: true, value: n }));
    });
    const pending = group.submit(7);
    assert.equal(group.waiting, 1);
    group.flush();
    assert.equal(group.waiting, 0);
    assert.deepEqual(calls, [[7]]);
    assert.equal(await pending, 7);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(calls, [[7]], 'the scheduled commit found nothing left to do');
  });
});

describe('SqliteAuditLog group commit', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = path.join(dir, 'audit.sqlite');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('chains a batch of concurrent appends in the order they were made', async () => {
    const log = new SqliteAuditLog({ file });
    const records = await Promise.all(Array.from({ length: 25 }, (_, i) => log.append(entry(i))));
    await log.close();
    assert.deepEqual(
      records.map((r) => [r.seq, r.actor.userId]),
      Array.from({ length: 25 }, (_, i) => [i + 1, `user-${i}`]),
    );
    records.slice(1).forEach((r, i) => assert.equal(r.prevHash, records[i]?.hash));
    assert.deepEqual(verifyAuditLog(file), { ok: true, records: 25, headHash: records[24]?.hash });
  });

  it('fails only the entry that has no JSON form; the rest of its batch is stored and chained', async () => {
    const log = new SqliteAuditLog({ file });
    const results = await Promise.allSettled([
      log.append(entry(1)),
      log.append(entry(2, { parameters: { size: 10n } })),
      log.append(entry(3)),
    ]);
    await log.close();
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(seqs(file), [1, 2]);
    assert.equal(verifyAuditLog(file).ok, true);
  });

  it('stores appends still waiting when the log is closed, and orders them before a purge', async () => {
    const log = new SqliteAuditLog({ file, now: () => new Date('2020-01-01T00:00:00Z') });
    const waiting = [log.append(entry(1)), log.append(entry(2))];
    const purge = await log.purgeBefore(new Date('2021-01-01T00:00:00Z'));
    assert.equal(purge.purged, 1, 'both appends were stored first; the newest is kept');
    const last = log.append(entry(3));
    await log.close();
    assert.equal((await last).seq, 3);
    assert.deepEqual(
      (await Promise.all(waiting)).map((r) => r.seq),
      [1, 2],
    );
    assert.deepEqual(seqs(file), [2, 3]);
    assert.equal(verifyAuditLog(file).ok, true);
  });

  it('survives a crash mid-stream: every resolved append is stored, each batch whole or not at all', async function () {
    this.timeout(60_000);
    const burst = 10;
    const resolved = await appendBurstsUntilKilled(file, burst, 35);
    const stored = seqs(file);
    assert.deepEqual(
      stored,
      Array.from({ length: stored.length }, (_, i) => i + 1),
    );
    for (const seq of resolved) assert.ok(stored.includes(seq), `resolved record ${seq} is stored`);
    assert.equal(stored.length % burst, 0, `batches of ${burst} are atomic (stored ${stored.length})`);
    assert.equal(verifyAuditLog(file).ok, true);
    const reopened = new SqliteAuditLog({ file });
    assert.equal((await reopened.append(entry(99))).seq, stored.length + 1);
    await reopened.close();
  });
});
