import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { FileHeadAnchor } from '../../../skills/audit/HeadAnchor';
import { SqliteAuditLog } from '../../../skills/audit/SqliteAuditLog';
import { verifyAuditLog } from '../../../skills/audit/verifyAuditLog';
import { entry, tempDir } from './auditFixture';

/**
 * Rollbacks of the whole log file that its own signed head cannot show (the head rolls back with it): each must
 * be caught by the external anchor, both when the app opens the log and by audit:verify.
 */
describe('audit head anchor: rolled-back logs are detected', () => {
  let dir: string;
  let file: string;
  let anchor: FileHeadAnchor;
  const open = () => new SqliteAuditLog({ file, anchor });
  const append = async (log: SqliteAuditLog, n: number) => {
    for (let i = 0; i < n; i += 1) await log.append(entry(i));
  };
  beforeEach(() => {
    dir = tempDir();
    file = path.join(dir, 'data', 'audit.sqlite');
    anchor = new FileHeadAnchor(path.join(dir, 'elsewhere', 'audit-head.json'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts an intact log, appended across restarts', async () => {
    const log = open();
    await append(log, 3);
    await log.close();
    const again = open();
    await append(again, 2);
    await again.close();
    const result = verifyAuditLog(file, { anchor });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(anchor.read()?.seq, 5);
  });

  it('detects a restored older copy of the data folder', async () => {
    const log = open();
    await append(log, 2);
    await log.close();
    const copy = path.join(dir, 'backup.sqlite');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}.key`, `${copy}.key`);
    const later = open();
    await append(later, 3);
    await later.close();
    fs.copyFileSync(copy, file);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    const result = verifyAuditLog(file, { anchor });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problem, /rolled back/);
    assert.throws(open, /rolled back/);
    assert.ok(verifyAuditLog(file).ok, 'without the anchor the rollback would pass (the gap this closes)');
  });

  it('detects records lost with the write-ahead log after a crash', async () => {
    const log = open();
    await append(log, 4);
    // Simulate losing everything after the last checkpoint: rebuild the file with the first record only.
    await log.close();
    const db = new Database(file);
    db.exec('DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq > 1;');
    const first = db.prepare('SELECT record FROM audit WHERE seq = 1').get() as { record: string };
    const { hash } = JSON.parse(first.record) as { hash: string };
    const mac = (JSON.parse(fs.readFileSync(anchor.location, 'utf8')) as { mac: string }).mac;
    db.prepare('UPDATE audit_head SET seq = 1, hash = ?, mac = ? WHERE id = 1').run(hash, mac);
    db.close();
    const result = verifyAuditLog(file, { anchor });
    assert.equal(result.ok, false);
  });

  it('detects an older head row put back together with a truncated table', async () => {
    const log = open();
    await append(log, 1);
    const db = new Database(file, { readonly: true });
    const oldHead = db.prepare('SELECT seq, hash, mac FROM audit_head').get() as {
      seq: number;
      hash: string;
      mac: string;
    };
    db.close();
    await append(log, 2);
    await log.close();
    const rw = new Database(file);
    rw.exec('DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq > 1;');
    rw.prepare('UPDATE audit_head SET seq = ?, hash = ?, mac = ? WHERE id = 1').run(
      oldHead.seq,
      oldHead.hash,
      oldHead.mac,
    );
    rw.close();
    assert.ok(verifyAuditLog(file).ok, 'the log alone looks fine');
    const result = verifyAuditLog(file, { anchor });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problem, /rolled back|truncated/);
  });

  it('accepts an anchor one record behind (a crash between the commit and the anchor write)', async () => {
    const log = open();
    await append(log, 2);
    const behind = anchor.read();
    await append(log, 1);
    await log.close();
    assert.ok(behind);
    anchor.write(behind);
    assert.ok(verifyAuditLog(file, { anchor }).ok);
    const again = open();
    await again.close();
    assert.equal(anchor.read()?.seq, 3, 'opening moves the anchor forward');
  });
});
