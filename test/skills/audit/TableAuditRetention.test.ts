import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import {
  AUDIT_PARTITION,
  CHECKPOINT_ROW,
  recordRow,
  TableAuditLog,
} from '../../../skills/audit/TableAuditLog';
import { verifyTableAuditLog } from '../../../skills/audit/verifyTableAuditLog';
import { freshAzuriteTable } from '../../support/azureStoreFactory';
import { entry } from './auditFixture';

const headKey = crypto.randomBytes(32).toString('hex');
const DAY = 24 * 3600 * 1000;
const START = Date.UTC(2026, 0, 1);

describe('TableAuditLog: retention checkpoint and pseudonymisation (Azurite)', function () {
  this.timeout(60_000);
  let table: TableClient;
  let log: TableAuditLog;
  beforeEach(async () => {
    table = await freshAzuriteTable('audit');
    const clock = { day: 0 };
    log = new TableAuditLog({ table, headKey, now: () => new Date(START + clock.day * DAY) });
    for (let day = 0; day < 8; day += 1) {
      clock.day = day;
      await log.append(entry(day % 3));
    }
  });
  afterEach(() => table.deleteTable());

  it('purges the old records behind a signed checkpoint; the chain verifies and tampering is still detected', async () => {
    const result = await log.purgeBefore(new Date(START + 3 * DAY));
    assert.equal(result.purged, 3);
    const verdict = await verifyTableAuditLog(table, { headKey });
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.equal(verdict.records, 5);
    assert.equal(verdict.checkpoint?.seq, 3);
    await log.append(entry(9));
    assert.ok((await verifyTableAuditLog(table, { headKey })).ok);
    // A forged checkpoint (moved past a deleted record) and a removed one are both caught.
    const checkpoint = await table.getEntity<Record<string, unknown>>(AUDIT_PARTITION, CHECKPOINT_ROW);
    await table.deleteEntity(AUDIT_PARTITION, recordRow(4));
    await table.upsertEntity(
      { ...checkpoint, partitionKey: AUDIT_PARTITION, rowKey: CHECKPOINT_ROW, seq: 4 },
      'Replace',
    );
    const forged = await verifyTableAuditLog(table, { headKey });
    assert.equal(forged.ok, false);
    assert.match(forged.ok ? '' : forged.problem, /retention checkpoint does not verify/);
    await table.deleteEntity(AUDIT_PARTITION, CHECKPOINT_ROW);
    const removed = await verifyTableAuditLog(table, { headKey });
    assert.equal(removed.ok, false);
    assert.match(removed.ok ? '' : removed.problem, /record 1 is missing/);
  });

  it('pseudonymises a person without breaking the chain', async () => {
    const about = await log.recordsAbout('user-1');
    assert.ok(about.length >= 2);
    const result = await log.pseudonymise('user-1');
    assert.equal(result.pseudonymised, about.length);
    assert.deepEqual(await log.recordsAbout('user-1'), []);
    const verdict = await verifyTableAuditLog(table, { headKey });
    assert.ok(verdict.ok, JSON.stringify(verdict));
    const texts: string[] = [];
    for await (const row of table.listEntities()) texts.push(JSON.stringify(row));
    assert.ok(texts.every((text) => !text.includes('user-1')));
    assert.ok(texts.some((text) => text.includes(result.pseudonym)));
  });
});
