import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { compose, type Services } from '../../host/compose';
import { loadConfig } from '../../host/config/loadConfig';
import { silentLogger } from '../../host/log/createLogger';
import { auditPseudonym } from '../../skills/audit/personalFields';
import { SqliteAuditLog } from '../../skills/audit/SqliteAuditLog';
import { readHeadKey } from '../../skills/audit/headKey';
import { verifyAuditLog } from '../../skills/audit/verifyAuditLog';
import { RECORD_KINDS, type RecordKind } from '../../skills/privacy/PersonalData';
import { erasePersonalData, personalDataOf } from '../../skills/privacy/personalDataOf';
import { purgeExpired } from '../../skills/privacy/purgeExpired';
import { fixtureDataDir } from '../support/fixtureDataDir';
import { assertExportCoversEveryKind, auditEntry, writePersonalRecords } from '../support/personalRecords';

const ALICE = 'alice-0001';
const BOB = 'bob-0002';
const OLD = '2020-01-01T00:00:00.000Z';

/**
 * Services over a fresh DATA_DIR holding, for ALICE and BOB, one old record (2020) and one new record of every
 * kind: conversation state, feedback, answer log, audit (old ones written by a 2020 clock), reports, approvals,
 * tickets. Old rows are aged in SQLite (or by file times) after being written through the stores.
 */
async function populated(): Promise<{ services: Services; dataDir: string; reportIds: Map<string, string> }> {
  const { dataDir, env } = fixtureDataDir('privacy-');
  // The oldest audit records come first, written by a clock in 2020 with the log's own generated key.
  const old = new SqliteAuditLog({ file: path.join(dataDir, 'audit.sqlite'), now: () => new Date(OLD) });
  for (const user of [ALICE, BOB]) await old.append(auditEntry(user));
  await old.close();
  const config = loadConfig({ ...env, KNOWLEDGE_SOURCE_DIR: dataDir }, { cwd: dataDir });
  const services = compose(config, { log: silentLogger });
  await services.ready();
  const reportIds = new Map<string, string>();
  for (const user of [ALICE, BOB]) {
    for (const age of ['old', 'new']) {
      const tag = `${user}-${age}`;
      const reportId = await writePersonalRecords(services, {
        userId: user,
        approverId: user === ALICE ? BOB : ALICE,
        tag,
        conversationId: `conv-${user}`,
        ...(age === 'old' ? { at: OLD } : {}),
      });
      reportIds.set(tag, reportId);
      if (age === 'old') {
        // Age the old report's files.
        const folder = path.join(dataDir, 'reports', reportId);
        for (const name of fs.readdirSync(folder))
          fs.utimesSync(path.join(folder, name), new Date(OLD), new Date(OLD));
      }
    }
    await services.audit.append(auditEntry(user, user === BOB ? { confirmedBy: ALICE } : {}));
  }
  // Age the old rows the stores stamped with the current time.
  const state = new Database(path.join(dataDir, 'state.sqlite'));
  state.prepare("UPDATE conversation_state SET expires_at = 0 WHERE key LIKE '%-old/%'").run();
  state.prepare("UPDATE answers SET created_at = ? WHERE message_id LIKE '%-old'").run(OLD);
  state.prepare("UPDATE feedback SET at = ? WHERE message_id LIKE '%-old'").run(OLD);
  state.close();
  const tickets = new Database(path.join(dataDir, 'tickets.sqlite'));
  tickets.prepare("UPDATE tickets SET created_at = ? WHERE idempotency_key LIKE '%-old'").run(OLD);
  tickets.close();
  return { services, dataDir, reportIds };
}

const auditFile = (dataDir: string) => path.join(dataDir, 'audit.sqlite');
const auditKey = (dataDir: string) => readHeadKey(auditFile(dataDir)) as string;
const KINDS: readonly RecordKind[] = RECORD_KINDS;

/** Mocha hooks for a suite over `populated()` services: made before its tests, closed and removed after. */
function populatedSuite(): { services: Services; dataDir: string } {
  const fixture = {} as { services: Services; dataDir: string };
  before(async () => Object.assign(fixture, await populated()));
  after(async () => {
    await fixture.services.close();
    fs.rmSync(fixture.dataDir, { recursive: true, force: true });
  });
  return fixture;
}

describe('retention: the purge removes old records of each kind and keeps new ones', function () {
  this.timeout(30_000);
  const fixture = populatedSuite();

  it('removes exactly the old records of every kind, then nothing on a second run', async () => {
    const { services } = fixture;
    const before = await personalDataOf(services.holders.personalData, ALICE);
    const outcomes = await purgeExpired(services.holders.retention);
    const removed = Object.fromEntries(outcomes.map((o) => [o.kind, 'removed' in o ? o.removed : o.error]));
    assert.deepEqual(removed, {
      conversationState: 2,
      feedback: 4, // the old answer and its feedback, for each user
      answerLog: 2,
      audit: 2,
      approvals: 2,
      tickets: 2,
      reports: 2,
    });
    const after = await personalDataOf(services.holders.personalData, ALICE);
    for (const kind of KINDS) {
      const texts = JSON.stringify(after.records[kind]);
      assert.doesNotMatch(texts, /-old|2020-01-01/, `${kind} still holds an old record`);
      assert.ok((after.records[kind] ?? []).length > 0, `${kind} lost its new records`);
      assert.ok(
        (after.records[kind] ?? []).length < (before.records[kind] ?? []).length || kind === 'approvals',
      );
    }
    assert.deepEqual(
      (await purgeExpired(services.holders.retention)).map((o) => ('removed' in o ? o.removed : o.error)),
      KINDS.map(() => 0),
    );
  });

  it('keeps the audit chain verifiable after the purge, naming the checkpoint', () => {
    const { dataDir } = fixture;
    const verdict = verifyAuditLog(auditFile(dataDir), { headKey: auditKey(dataDir) });
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.equal(verdict.checkpoint?.seq, 2);
    assert.equal(verdict.records, 2);
  });
});

describe('privacy: export and erase one person across every store', function () {
  this.timeout(30_000);
  const fixture = populatedSuite();

  it('export holds the user’s records from every store and nobody else’s', async () => {
    const { services } = fixture;
    const exported = await assertExportCoversEveryKind(services, ALICE);
    // Bob's own records are absent: only records naming Alice (a report Bob approves names him too).
    const text = JSON.stringify(exported.records);
    for (const mark of [`${BOB}-old`, `${BOB}-new`]) assert.ok(!text.includes(mark), mark);
    assert.equal(exported.records.tickets?.length, 2);
    assert.equal(exported.records.answerLog?.length, 2);
    assert.equal(exported.records.reports?.length, 2);
    // Audit: Alice's two actions, and Bob's action she confirmed.
    assert.equal(exported.records.audit?.length, 3);
  });

  it('erase leaves none of the user’s records but pseudonymised audit records, and the chain verifies', async () => {
    const { services, dataDir } = fixture;
    const bobBefore = await personalDataOf(services.holders.personalData, BOB);
    const result = await erasePersonalData(services.holders.personalData, ALICE);
    assert.equal(result.erased.audit, 3);
    const after = await personalDataOf(services.holders.personalData, ALICE);
    for (const kind of KINDS) assert.deepEqual(after.records[kind], [], `${kind} still holds Alice`);
    // No store's file names Alice any more.
    const files = ['state.sqlite', 'tickets.sqlite', 'audit.sqlite'].map((name) => path.join(dataDir, name));
    for (const file of files) {
      const db = new Database(file, { readonly: true });
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
      )
        .map((t) => t.name)
        .filter((name) => !name.startsWith('sqlite_') && !name.includes('fts'));
      for (const table of tables) {
        const rows = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all());
        assert.ok(!rows.includes(ALICE), `${path.basename(file)} ${table} still names Alice`);
      }
      db.close();
    }
    const verdict = verifyAuditLog(auditFile(dataDir), { headKey: auditKey(dataDir) });
    assert.ok(verdict.ok, JSON.stringify(verdict));
    // Her audit records are still there, under her keyed pseudonym.
    const pseudonym = auditPseudonym(auditKey(dataDir), ALICE);
    const audit = new Database(auditFile(dataDir), { readonly: true });
    const texts = (audit.prepare('SELECT record FROM audit').all() as { record: string }[]).map(
      (r) => r.record,
    );
    audit.close();
    assert.ok(texts.filter((text) => text.includes(pseudonym)).length >= 4);
    // Bob keeps his records: his reports' approval requests stay (Alice, their approver, replaced); the
    // requests for Alice's reports, which he was to approve, went with her reports.
    const bobAfter = await personalDataOf(services.holders.personalData, BOB);
    for (const kind of ['tickets', 'answerLog', 'feedback', 'reports', 'conversationState'] as const)
      assert.equal(bobAfter.records[kind]?.length, bobBefore.records[kind]?.length, kind);
    assert.equal(bobBefore.records.approvals?.length, 4);
    assert.equal(bobAfter.records.approvals?.length, 2);
    assert.ok(!JSON.stringify(bobAfter.records.approvals).includes(ALICE));
  });
});
