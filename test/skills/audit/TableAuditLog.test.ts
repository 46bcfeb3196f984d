import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TableClient } from '@azure/data-tables';
import { FileHeadAnchor } from '../../../skills/audit/HeadAnchor';
import { signHead } from '../../../skills/audit/signedHead';
import { AUDIT_PARTITION, HEAD_ROW, recordRow, TableAuditLog } from '../../../skills/audit/TableAuditLog';
import { verifyTableAuditLog } from '../../../skills/audit/verifyTableAuditLog';
import { toJsonProperties } from '../../../skills/storage/jsonProperties';
import { azureStoreFactory, freshAzuriteTable } from '../../support/azureStoreFactory';
import { auditLogContract } from './AuditLog.contract';
import { entry, tempDir } from './auditFixture';

const headKey = crypto.randomBytes(32).toString('hex');

auditLogContract(
  'Azure Table Storage (Azurite)',
  azureStoreFactory(
    (storage, { now }) => new TableAuditLog({ table: storage.table('audit'), headKey, now }),
    (log) => log.close(),
  ),
);

describe('TableAuditLog: verification and tampering', () => {
  let table: TableClient;
  beforeEach(async () => {
    table = await freshAzuriteTable('audit');
  });
  afterEach(() => table.deleteTable());

  /** A log of `count` records appended through two log objects (two instances). */
  const written = async (count: number) => {
    const logs = [new TableAuditLog({ table, headKey }), new TableAuditLog({ table, headKey })];
    for (let i = 1; i <= count; i += 1) await logs[i % 2]?.append(entry(i));
  };
  /** Replaces record `seq`'s stored text, as someone with write access to the table would. */
  const overwrite = (seq: number, text: string) =>
    table.upsertEntity(
      { partitionKey: AUDIT_PARTITION, rowKey: recordRow(seq), ...toJsonProperties('record', text, 'x') },
      'Replace',
    );
  const stored = async (seq: number) =>
    JSON.parse(
      JSON.parse(String((await table.getEntity(AUDIT_PARTITION, recordRow(seq))).record0)) as string,
    ) as Record<string, unknown>;

  it('verifies an intact chain written by two instances, and a new empty log once opened', async () => {
    await new TableAuditLog({ table, headKey }).open();
    assert.deepEqual(await verifyTableAuditLog(table, { headKey }), {
      ok: true,
      records: 0,
      headHash: '0'.repeat(64),
    });
    await written(5);
    const result = await verifyTableAuditLog(table, { headKey });
    assert.equal(result.ok, true);
    assert.equal(result.records, 5);
  });

  it('names an edited record', async () => {
    await written(4);
    const record = await stored(2);
    await overwrite(2, JSON.stringify({ ...record, outcome: 'refused' }));
    const result = await verifyTableAuditLog(table, { headKey });
    assert.deepEqual([result.ok, !result.ok && result.firstBadSeq], [false, 2]);
  });

  it('names a deleted record, and a truncated log', async () => {
    await written(4);
    await table.deleteEntity(AUDIT_PARTITION, recordRow(2));
    const gap = await verifyTableAuditLog(table, { headKey });
    assert.deepEqual([gap.ok, !gap.ok && gap.firstBadSeq], [false, 2]);
    await table.deleteEntity(AUDIT_PARTITION, recordRow(4));
    await table.deleteEntity(AUDIT_PARTITION, recordRow(3));
    const truncated = await verifyTableAuditLog(table, { headKey });
    assert.equal(truncated.ok, false);
  });

  it('rejects a head signed with another key, and refuses to append to it', async () => {
    await written(2);
    const other = crypto.randomBytes(32).toString('hex');
    assert.equal((await verifyTableAuditLog(table, { headKey: other })).ok, false);
    await assert.rejects(
      new TableAuditLog({ table, headKey: other }).append(entry(3)),
      /integrity check failed/,
    );
  });

  it('refuses to append after a record was added outside the app, and verify names it', async () => {
    await written(2);
    const fake = { ...(await stored(2)), seq: 3 };
    await overwrite(3, JSON.stringify(fake));
    await assert.rejects(
      new TableAuditLog({ table, headKey }).append(entry(3)),
      /not covered by the signed head/,
    );
    const result = await verifyTableAuditLog(table, { headKey });
    assert.deepEqual([result.ok, !result.ok && result.firstBadSeq], [false, 3]);
  });

  it('fails a log rolled back behind its anchor, at start-up and in verify', async () => {
    const dir = tempDir();
    const anchor = new FileHeadAnchor(path.join(dir, 'anchor.json'));
    const log = new TableAuditLog({ table, headKey, anchor });
    for (let i = 1; i <= 3; i += 1) await log.append(entry(i));
    // Roll back: drop record 3 and put back the head of record 2.
    const second = await stored(2);
    await table.deleteEntity(AUDIT_PARTITION, recordRow(3));
    await table.upsertEntity(
      {
        partitionKey: AUDIT_PARTITION,
        rowKey: HEAD_ROW,
        seq: 2,
        hash: second.hash as string,
        mac: signHead(headKey, { seq: 2, hash: second.hash as string }),
      },
      'Replace',
    );
    assert.equal((await verifyTableAuditLog(table, { headKey })).ok, true, 'consistent without the anchor');
    const result = await verifyTableAuditLog(table, { headKey, anchor });
    assert.equal(result.ok, false);
    await assert.rejects(new TableAuditLog({ table, headKey, anchor }).open(), /rolled back/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
