import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { verifyAuditLog } from '../../../skills/audit/verifyAuditLog';
import { setHead, TAMPERING } from './auditAttacks';
import { tamper, useWrittenLog } from './auditFixture';

describe('verifyAuditLog', () => {
  const log = useWrittenLog(10, 'each');

  it('accepts an untouched log', () => {
    const result = verifyAuditLog(log.file);
    assert.equal(result.ok, true);
    assert.equal(result.records, 10);
  });

  for (const [name, attack, firstBadSeq, problem] of TAMPERING) {
    it(`catches ${name} (first bad: ${firstBadSeq ?? 'head'})`, () => {
      tamper(log.file, attack);
      const result = verifyAuditLog(log.file);
      assert.equal(result.ok, false, 'tampering went unnoticed');
      if (result.ok) return;
      assert.equal(result.firstBadSeq, firstBadSeq);
      assert.match(result.problem, problem);
    });
  }

  it('catches a head re-signed with the wrong key even when it matches the records', () => {
    tamper(log.file, (db) => setHead(db, 10, crypto.randomBytes(32).toString('hex')));
    assert.deepEqual(verifyAuditLog(log.file), {
      ok: false,
      records: 10,
      firstBadSeq: null,
      problem: 'the signed head does not verify (forged, or signed with another key)',
    });
  });

  it('accepts a truncated log whose head was re-signed with the real key (the key is the secret)', () => {
    const key = fs.readFileSync(`${log.file}.key`, 'utf8').trim();
    tamper(log.file, (db) => {
      db.prepare('DELETE FROM audit WHERE seq > 7').run();
      setHead(db, 7, key);
    });
    assert.equal(verifyAuditLog(log.file).ok, true);
  });

  it('reports a missing key file instead of passing', () => {
    fs.rmSync(`${log.file}.key`);
    const result = verifyAuditLog(log.file);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problem, /no key/);
  });

  it('does not write to the log', () => {
    const before = fs.readFileSync(log.file);
    verifyAuditLog(log.file);
    assert.deepEqual(fs.readFileSync(log.file), before);
  });

  it('reports a file without an audit table', () => {
    const other = path.join(log.dir, 'empty.sqlite');
    fs.writeFileSync(other, '');
    const result = verifyAuditLog(other);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problem, /cannot be read/);
  });

  it('throws for a missing file', () => {
    assert.throws(() => verifyAuditLog(path.join(log.dir, 'nope.sqlite')), /no audit log/);
  });
});
