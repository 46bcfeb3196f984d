import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { canonicalJson } from '../../../skills/audit/canonicalJson';
import { hashRecord } from '../../../skills/audit/hashRecord';
import { auditPseudonym, pseudonymised } from '../../../skills/audit/personalFields';
import { SqliteAuditLog } from '../../../skills/audit/SqliteAuditLog';
import { verifyAuditLog } from '../../../skills/audit/verifyAuditLog';
import { entry, storedRecord, tamper, tempDir } from './auditFixture';

const KEY = 'k'.repeat(40);
const DAY = 24 * 3600 * 1000;
const START = Date.UTC(2026, 0, 1);

/** A log of `days` records, one a day from 2026-01-01, user `user-<day % 3>`; the clock then stays on the last day. */
async function dailyLog(
  days: number,
): Promise<{ file: string; log: SqliteAuditLog; clock: { now: number } }> {
  const file = path.join(tempDir(), 'audit.sqlite');
  const clock = { now: START };
  const log = new SqliteAuditLog({ file, headKey: KEY, now: () => new Date(clock.now) });
  for (let day = 0; day < days; day += 1) {
    clock.now = START + day * DAY;
    await log.append(entry(day % 3, day % 5 === 0 ? { confirmedBy: `user-${(day + 1) % 3}` } : {}));
  }
  return { file, log, clock };
}

const seqs = (file: string): number[] => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT seq FROM audit ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
  } finally {
    db.close();
  }
};

describe('audit retention: purge behind a signed checkpoint', () => {
  it('removes the records older than the cutoff, keeps the newer ones, and the chain verifies from the checkpoint', async () => {
    const { file, log } = await dailyLog(10);
    const result = await log.purgeBefore(new Date(START + 4 * DAY)); // records of days 0..3 (seq 1..4)
    assert.equal(result.purged, 4);
    assert.equal(result.checkpoint?.seq, 4);
    assert.deepEqual(seqs(file), [5, 6, 7, 8, 9, 10]);
    const verdict = verifyAuditLog(file, { headKey: KEY });
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.equal(verdict.records, 6);
    assert.deepEqual(verdict.checkpoint?.seq, 4);
    // Appending goes on after a purge, and a second purge moves the checkpoint.
    await log.append(entry(11));
    assert.equal((await log.purgeBefore(new Date(START + 7 * DAY))).purged, 3);
    assert.deepEqual(seqs(file), [8, 9, 10, 11]);
    assert.ok(verifyAuditLog(file, { headKey: KEY }).ok);
    await log.close();
    // A reopened log accepts the purged chain.
    const reopened = new SqliteAuditLog({ file, headKey: KEY });
    await reopened.append(entry(12));
    await reopened.close();
    assert.ok(verifyAuditLog(file, { headKey: KEY }).ok);
  });

  it('never purges the newest record, and purges nothing when nothing is old', async () => {
    const { file, log } = await dailyLog(3);
    assert.equal((await log.purgeBefore(new Date(START))).purged, 0);
    assert.equal((await log.purgeBefore(new Date(START + 365 * DAY))).purged, 2);
    assert.deepEqual(seqs(file), [3]);
    await log.close();
    assert.ok(verifyAuditLog(file, { headKey: KEY }).ok);
  });

  it('still detects tampering after a purge: an edited record, a removed checkpoint, a forged checkpoint, a deleted record', async () => {
    const attacks: [string, (db: Database.Database) => void, RegExp][] = [
      [
        'edited record',
        (db) => {
          const record = storedRecord(db, 6);
          db.prepare('UPDATE audit SET record = ? WHERE seq = 6').run(
            canonicalJson({ ...record, outcome: 'refused' }),
          );
        },
        /does not match its hash/,
      ],
      ['removed checkpoint', (db) => db.exec('DELETE FROM audit_checkpoint'), /record 1 is missing/],
      [
        'checkpoint moved over more records',
        (db) => {
          const record = storedRecord(db, 5);
          db.prepare('UPDATE audit_checkpoint SET seq = 5, hash = ? WHERE id = 1').run(String(record.hash));
          db.exec('DELETE FROM audit WHERE seq = 5');
        },
        /retention checkpoint does not verify/,
      ],
      [
        'deleted record after the checkpoint',
        (db) => db.exec('DELETE FROM audit WHERE seq = 5'),
        /record 5 is missing/,
      ],
      [
        'record re-hashed in place',
        (db) => {
          const record = storedRecord(db, 5);
          const forged = { ...record, action: 'nothing_happened' };
          db.prepare('UPDATE audit SET record = ? WHERE seq = 5').run(
            canonicalJson({ ...forged, hash: hashRecord(forged as unknown as { prevHash: string }) }),
          );
        },
        /prevHash does not match the hash of record 5/,
      ],
    ];
    for (const [name, attack, problem] of attacks) {
      const { file, log } = await dailyLog(8);
      await log.purgeBefore(new Date(START + 4 * DAY));
      await log.close();
      tamper(file, attack);
      const verdict = verifyAuditLog(file, { headKey: KEY });
      assert.equal(verdict.ok, false, name);
      assert.match(verdict.ok ? '' : verdict.problem, problem, name);
    }
  });
});

describe('audit erasure: keyed pseudonyms that keep the chain verifiable', () => {
  it('replaces the user id (and their request) with a stable keyed pseudonym in every record about them; the chain verifies', async () => {
    const { file, log } = await dailyLog(9);
    const before = await log.recordsAbout('user-1');
    assert.ok(before.length >= 3);
    const result = await log.pseudonymise('user-1');
    assert.equal(result.pseudonym, auditPseudonym(KEY, 'user-1'));
    assert.equal(result.pseudonymised, before.length);
    assert.equal(result.legacy, 0);
    assert.deepEqual(await log.recordsAbout('user-1'), []);
    await log.close();
    const verdict = verifyAuditLog(file, { headKey: KEY });
    assert.ok(verdict.ok, JSON.stringify(verdict));
    const db = new Database(file, { readonly: true });
    const texts = (db.prepare('SELECT record FROM audit').all() as { record: string }[]).map((r) => r.record);
    db.close();
    assert.ok(texts.every((text) => !text.includes('"user-1"')));
    assert.ok(texts.some((text) => text.includes(result.pseudonym)));
    // Other people's records are untouched, and the erasure is itself on the trail.
    assert.ok(texts.some((text) => text.includes('"user-2"')));
    assert.match(texts.at(-1) ?? '', /"person_pseudonymised"/);
  });

  it('detects a pseudonymised record edited afterwards', async () => {
    const { file, log } = await dailyLog(6);
    await log.pseudonymise('user-1');
    await log.close();
    tamper(file, (db) => {
      const record = storedRecord(db, 2);
      const people = record.people as Record<string, unknown>;
      db.prepare('UPDATE audit SET record = ? WHERE seq = 2').run(
        canonicalJson({ ...record, people: { ...people, parameters: { commitment: '0'.repeat(64) } } }),
      );
    });
    const verdict = verifyAuditLog(file, { headKey: KEY });
    assert.equal(verdict.ok, false);
  });

  it('detects a record pseudonymised outside the app (no erasure record names it)', async () => {
    const { file, log } = await dailyLog(6);
    await log.pseudonymise('user-1');
    await log.close();
    const pseudonymiseByHand = (db: Database.Database, seq: number) => {
      const record = storedRecord(db, seq);
      const people = record.people as Record<string, { salt?: string }>;
      const salt = people['actor.userId']?.salt as string;
      const hidden = pseudonymised(
        record,
        String((record.actor as { userId: string }).userId),
        'pseudonym:x',
      );
      assert.ok(hidden && salt);
      db.prepare('UPDATE audit SET record = ? WHERE seq = ?').run(canonicalJson(hidden), seq);
    };
    // A record of user-2 (day 2 -> seq 3) hidden by hand: it hashes as before, but no erasure names it.
    tamper(file, (db) => pseudonymiseByHand(db, 3));
    const verdict = verifyAuditLog(file, { headKey: KEY });
    assert.equal(verdict.ok, false);
    assert.match(
      verdict.ok ? '' : verdict.problem,
      /record 3 was pseudonymised, but no erasure record names it/,
    );
  });

  it('detects a pseudonym swapped on an erased record', async () => {
    const { file, log } = await dailyLog(6);
    await log.pseudonymise('user-1');
    await log.close();
    tamper(file, (db) => {
      const record = storedRecord(db, 2);
      db.prepare('UPDATE audit SET record = ? WHERE seq = 2').run(
        canonicalJson({
          ...record,
          actor: { ...(record.actor as object), userId: 'pseudonym:someone-else' },
        }),
      );
    });
    const verdict = verifyAuditLog(file, { headKey: KEY });
    assert.equal(verdict.ok, false);
    assert.match(
      verdict.ok ? '' : verdict.problem,
      /record 2 was pseudonymised, but no erasure record names it/,
    );
  });
});
