import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { verifyAuditLog } from '../../../skills/audit/verifyAuditLog';
import { tamper, useWrittenLog, writeLog } from '../../skills/audit/auditFixture';
import { runCli } from './runCli';

describe('npm run audit:verify (tools/cli/auditVerify.ts)', function () {
  this.timeout(30_000);
  const log = useWrittenLog(5, 'each');
  const verify = (...args: string[]) => runCli('auditVerify.ts', args, { DATA_DIR: log.dir });

  it('prints OK with the count and head, exit 0, for an intact log under DATA_DIR', async () => {
    const result = verifyAuditLog(log.file);
    const run = await verify();
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `audit log OK: 5 records, head ${result.ok ? result.headHash : ''}\n`);
  });

  it('names the first bad record, exit 1, when a record was deleted', async () => {
    tamper(log.file, (db) => db.prepare('DELETE FROM audit WHERE seq = 3').run());
    const run = await verify();
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      'audit log TAMPERED at record 3: record 3 is missing (the next stored record is 4)\n',
    );
  });

  it('reports a forged head without a record number, exit 1', async () => {
    tamper(log.file, (db) => db.prepare("UPDATE audit_head SET mac = 'ab'").run());
    const run = await verify();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^audit log TAMPERED: the signed head does not verify/);
  });

  it('checks the file given with --file', async () => {
    const other = await writeLog(fs.mkdtempSync(path.join(log.dir, 'other-')), 2);
    const run = await verify('--file', other);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^audit log OK: 2 records, head [0-9a-f]{64}\n$/);
  });

  it('exits 2 when there is no log', async () => {
    const run = await verify('--file', path.join(log.dir, 'missing.sqlite'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no audit log at/);
  });

  it('exits 2 on bad usage', async () => {
    const run = await verify('--file');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /usage/);
  });

  it('exits 2 on bad configuration', async () => {
    const run = await runCli('auditVerify.ts', [], { DATA_DIR: log.dir, PORT: 'abc' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /PORT/);
  });
});
