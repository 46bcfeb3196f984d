import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { canonicalJson } from '../../../skills/audit/canonicalJson';
import { GENESIS_HASH } from '../../../skills/audit/hashRecord';
import { SqliteAuditLog } from '../../../skills/audit/SqliteAuditLog';
import { verifyAuditLog } from '../../../skills/audit/verifyAuditLog';
import { tempDirStoreFactory } from '../../support/storeFixture';
import { auditLogContract } from './AuditLog.contract';
import { entry, storedText, tamper, tempDir } from './auditFixture';

const ROOT = path.join(__dirname, '../../..');

/** Runs a child Node process that appends `count` records to `file`, then dies by SIGKILL without closing. */
function appendInChild(file: string, count: number, tag: string): Promise<void> {
  const script = `
    const { SqliteAuditLog } = require('./skills/audit/SqliteAuditLog');
    (async () => {
      const log = new SqliteAuditLog({ file: ${JSON.stringify(file)} });
      for (let i = 0; i < ${count}; i += 1) {
        await log.append({ actor: { userId: '${tag}-' + i, surface: 'test' }, skill: 'ask_knowledge',
          action: 'question_answered', parameters: {}, sourceIds: [], planner: 'rules', outcome: 'ok' });
      }
      process.kill(process.pid, 'SIGKILL');
    })();`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited without SIGKILL (${signal})`)),
    );
  });
}

function rows(file: string): { seq: number; record: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT seq, record FROM audit ORDER BY seq').all() as {
      seq: number;
      record: string;
    }[];
  } finally {
    db.close();
  }
}

auditLogContract(
  'SQLite',
  tempDirStoreFactory((dir, { now }) => new SqliteAuditLog({ file: path.join(dir, 'audit.sqlite'), now })),
);

describe('SqliteAuditLog', () => {
  let dir: string;
  let file: string;
  let log: SqliteAuditLog;
  beforeEach(() => {
    dir = tempDir();
    file = path.join(dir, 'audit.sqlite');
    log = new SqliteAuditLog({ file, now: () => new Date('2026-03-01T10:00:00Z') });
  });
  afterEach(async () => {
    await log.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores each record as its canonical JSON', async () => {
    const record = await log.append(entry(1));
    const db = new Database(file, { readonly: true });
    assert.equal(storedText(db, 1), canonicalJson(record));
    db.close();
  });

  it('round-trips through the verifier', async () => {
    for (let i = 1; i <= 5; i += 1) await log.append(entry(i));
    const last = await log.append(entry(6));
    assert.deepEqual(verifyAuditLog(file), { ok: true, records: 6, headHash: last.hash });
  });

  it('verifies a new, empty log', () => {
    assert.deepEqual(verifyAuditLog(file), { ok: true, records: 0, headHash: GENESIS_HASH });
  });

  it('continues the chain after close and reopen', async () => {
    await log.append(entry(1));
    await log.append(entry(2));
    const third = await log.append(entry(3));
    await log.close();
    log = new SqliteAuditLog({ file });
    const fourth = await log.append(entry(4));
    assert.equal(fourth.seq, 4);
    assert.equal(fourth.prevHash, third.hash);
    assert.equal(verifyAuditLog(file).ok, true);
  });

  it('keeps every resolved append when the process is killed (SIGKILL) without closing', async () => {
    await log.close();
    await appendInChild(file, 5, 'killed');
    assert.deepEqual(
      rows(file).map((row) => row.seq),
      [1, 2, 3, 4, 5],
    );
    assert.equal(verifyAuditLog(file).ok, true);
  });

  it('gives concurrent appends distinct consecutive seqs', async () => {
    const records = await Promise.all(Array.from({ length: 50 }, (_, i) => log.append(entry(i))));
    assert.deepEqual(
      records.map((record) => record.seq).sort((a, b) => a - b),
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    assert.equal(verifyAuditLog(file).ok, true);
  });

  it('serialises two connections to the same file', async () => {
    const other = new SqliteAuditLog({ file });
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? log : other).append(entry(i))));
    await other.close();
    const result = verifyAuditLog(file);
    assert.equal(result.ok, true);
    assert.equal(result.records, 20);
  });

  it('serialises appends from several processes', async function () {
    this.timeout(60_000);
    await Promise.all([
      appendInChild(file, 15, 'a'),
      appendInChild(file, 15, 'b'),
      appendInChild(file, 15, 'c'),
    ]);
    assert.equal(rows(file).length, 45);
    assert.equal(verifyAuditLog(file).ok, true);
  });

  it('verifies consistently while another process appends (no false alarm)', async function () {
    this.timeout(60_000);
    await log.append(entry(0));
    const writer = appendInChild(file, 300, 'busy');
    let running = true;
    void writer.finally(() => (running = false));
    const problems: string[] = [];
    let checks = 0;
    while (running) {
      const result = verifyAuditLog(file);
      if (!result.ok) problems.push(result.problem);
      checks += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await writer;
    assert.deepEqual(problems, []);
    assert.ok(checks > 1);
    assert.equal(rows(file).length, 301);
  });

  it('blocks UPDATE through its own connection', async () => {
    await log.append(entry(1));
    const db = (log as unknown as { db: Database.Database }).db;
    assert.throws(() => db.prepare("UPDATE audit SET record = '{}' WHERE seq = 1").run(), /append-only/);
  });

  it('blocks DELETE through its own connection', async () => {
    await log.append(entry(1));
    const db = (log as unknown as { db: Database.Database }).db;
    assert.throws(() => db.prepare('DELETE FROM audit WHERE seq = 1').run(), /append-only/);
  });

  it('blocks UPDATE and DELETE through any other connection that keeps the triggers', async () => {
    await log.append(entry(1));
    const db = new Database(file);
    assert.throws(() => db.prepare('UPDATE audit SET seq = 9').run(), /append-only/);
    assert.throws(() => db.prepare('DELETE FROM audit').run(), /append-only/);
    db.close();
    assert.equal(rows(file).length, 1);
  });

  it('blocks inserting out of sequence', async () => {
    await log.append(entry(1));
    const db = new Database(file);
    assert.throws(() => db.prepare("INSERT INTO audit(seq, record) VALUES (5, '{}')").run(), /next number/);
    db.close();
  });

  it('re-creates dropped triggers when opened', async () => {
    await log.append(entry(1));
    await log.close();
    tamper(file, () => undefined);
    log = new SqliteAuditLog({ file });
    const db = new Database(file);
    assert.throws(() => db.prepare('DELETE FROM audit').run(), /append-only/);
    db.close();
  });

  it('refuses to append after its tail was truncated behind its back', async () => {
    for (let i = 1; i <= 4; i += 1) await log.append(entry(i));
    tamper(file, (db) => db.prepare('DELETE FROM audit WHERE seq > 2').run());
    await assert.rejects(log.append(entry(5)), /truncated/);
    assert.equal(rows(file).length, 2);
  });

  it('refuses to open a truncated log (re-signing would hide it)', async () => {
    for (let i = 1; i <= 4; i += 1) await log.append(entry(i));
    await log.close();
    tamper(file, (db) => db.prepare('DELETE FROM audit WHERE seq = 4').run());
    assert.throws(() => new SqliteAuditLog({ file }), /record 4/);
  });

  it('refuses to open an existing log whose key file is gone', async () => {
    await log.append(entry(1));
    await log.close();
    fs.rmSync(`${file}.key`);
    assert.throws(() => new SqliteAuditLog({ file }), /key/);
    assert.equal(fs.existsSync(`${file}.key`), false);
  });

  it('generates the head key once, readable by the owner only', async () => {
    const key = fs.readFileSync(`${file}.key`, 'utf8');
    assert.match(key, /^[0-9a-f]{64}\n$/);
    if (process.platform !== 'win32') assert.equal(fs.statSync(`${file}.key`).mode & 0o777, 0o600);
    await log.close();
    log = new SqliteAuditLog({ file });
    assert.equal(fs.readFileSync(`${file}.key`, 'utf8'), key);
  });

  it('uses a given headKey instead of a key file', async () => {
    const other = path.join(dir, 'keyed.sqlite');
    const keyed = new SqliteAuditLog({ file: other, headKey: 'from-the-key-vault' });
    await keyed.append(entry(1));
    await keyed.close();
    assert.equal(fs.existsSync(`${other}.key`), false);
    assert.equal(verifyAuditLog(other, { headKey: 'from-the-key-vault' }).ok, true);
    assert.equal(verifyAuditLog(other, { headKey: 'another-key' }).ok, false);
  });

  it('rejects appends after close', async () => {
    await log.close();
    await assert.rejects(log.append(entry(1)), /closed/);
  });

  it('creates a missing folder', async () => {
    const nested = new SqliteAuditLog({ file: path.join(dir, 'a', 'b', 'audit.sqlite') });
    await nested.append(entry(1));
    await nested.close();
    assert.equal(verifyAuditLog(path.join(dir, 'a', 'b', 'audit.sqlite')).ok, true);
  });
});
