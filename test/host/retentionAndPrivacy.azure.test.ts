import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { compose, type Services } from '../../host/compose';
import { loadConfig } from '../../host/config/loadConfig';
import { silentLogger } from '../../host/log/createLogger';
import { RECORD_KINDS } from '../../skills/privacy/PersonalData';
import { erasePersonalData, personalDataOf } from '../../skills/privacy/personalDataOf';
import { purgeExpired } from '../../skills/privacy/purgeExpired';
import { startAzurite, type Azurite } from '../support/azurite';
import { fixtureDataDir } from '../support/fixtureDataDir';
import { assertExportCoversEveryKind, auditEntry, writePersonalRecords } from '../support/personalRecords';

const ALICE = 'alice-azure-1';
const BOB = 'bob-azure-2';
const DAY = 24 * 3600 * 1000;

describe('retention and privacy with STATE_BACKEND=azure (Azurite)', function () {
  this.timeout(60_000);
  let azurite: Azurite;
  let dataDir: string;
  let services: Services;
  const clock = { now: Date.now() };
  before(async () => {
    azurite = await startAzurite();
    const fixture = fixtureDataDir('privacy-azure-');
    dataDir = fixture.dataDir;
    const config = loadConfig(
      {
        ...fixture.env,
        KNOWLEDGE_SOURCE_DIR: dataDir,
        STATE_BACKEND: 'azure',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AUDIT_HEAD_KEY: crypto.randomBytes(32).toString('hex'),
        LINK_SIGNING_SECRET: crypto.randomBytes(32).toString('hex'),
      },
      { cwd: dataDir },
    );
    services = compose(config, { log: silentLogger, now: () => clock.now });
    await services.ready();
    for (const user of [ALICE, BOB]) {
      const conversationId = `c-${user}`;
      const tag = `of-${user}`;
      await writePersonalRecords(services, {
        userId: user,
        approverId: user === ALICE ? BOB : ALICE,
        tag,
        conversationId,
      });
      for (let i = 0; i < 2; i += 1) await services.audit.append(auditEntry(user, {}, conversationId));
    }
  });
  after(async () => {
    await services?.close();
    await azurite?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('exports the user’s records from every store and nobody else’s', async () => {
    const exported = await assertExportCoversEveryKind(services, ALICE);
    const text = JSON.stringify(exported.records);
    for (const mark of [
      `question of ${BOB}`,
      `question of-${BOB}`,
      `Ticket of-${BOB}`,
      `Report of-${BOB}`,
      `c-${BOB}`,
    ])
      assert.ok(!text.includes(mark), mark);
  });

  it('purges nothing new, then everything past its retention (the newest audit record stays), and the audit chain verifies', async () => {
    const nothing = await purgeExpired(services.holders.retention);
    assert.deepEqual(
      nothing.map((o) => ('removed' in o ? o.removed : o.error)),
      nothing.map(() => 0),
    );
    clock.now = Date.now() + 4000 * DAY;
    const later = await purgeExpired(services.holders.retention, new Date(clock.now));
    const removed = Object.fromEntries(later.map((o) => [o.kind, 'removed' in o ? o.removed : o.error]));
    assert.deepEqual(removed, {
      conversationState: 2,
      feedback: 6, // two reactions, two answers, two latest pointers
      answerLog: 2,
      audit: 3,
      approvals: 2,
      tickets: 2,
      reports: 2,
    });
    const verdict = await services.verifyAudit();
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.equal(verdict.checkpoint?.seq, 3);
  });

  it('erase leaves none of the user’s records but the pseudonymised audit record, and the chain verifies', async () => {
    const result = await erasePersonalData(services.holders.personalData, BOB);
    assert.equal(result.erased.audit, 1);
    const after = await personalDataOf(services.holders.personalData, BOB);
    for (const kind of RECORD_KINDS) assert.deepEqual(after.records[kind], [], kind);
    const verdict = await services.verifyAudit();
    assert.ok(verdict.ok, JSON.stringify(verdict));
  });
});
