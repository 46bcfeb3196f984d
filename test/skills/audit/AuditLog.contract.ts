import assert from 'node:assert/strict';
import type { AuditLog, AuditRecord } from '../../../skills/audit/AuditLog';
import { GENESIS_HASH, hashRecord } from '../../../skills/audit/hashRecord';
import { storeUnderTest, type StoreFactory } from '../../support/storeFixture';
import { entry } from './auditFixture';

/** A log's clock, fixed by the test. */
export interface AuditLogTestOptions {
  readonly now: () => Date;
}

/**
 * The behaviour every `AuditLog` backend must show identically (the contract in `skills/audit/AuditLog.ts`):
 * records numbered 1, 2, 3 without gaps, timestamped, each chained to its predecessor's hash (the first to 64
 * zeros) and hashed with `hashRecord`, also when several log objects over the same data append at once or one
 * continues after another (a restart, another instance). The factory's cleanup closes what it opened.
 */
export function auditLogContract(name: string, factory: StoreFactory<AuditLog, AuditLogTestOptions>): void {
  describe(`AuditLog contract: ${name}`, () => {
    const subject = storeUnderTest(factory, () => ({ now: () => new Date('2026-03-01T10:00:00Z') }));

    /** Sorted by seq, the records form one gap-free chain from the genesis hash. */
    const assertChain = (records: readonly AuditRecord[]) => {
      const sorted = [...records].sort((a, b) => a.seq - b.seq);
      sorted.forEach((record, i) => {
        assert.equal(record.seq, i + 1);
        assert.equal(record.prevHash, i === 0 ? GENESIS_HASH : sorted[i - 1]?.hash);
        assert.equal(record.hash, hashRecord(record));
      });
    };

    it('numbers, timestamps and chains the first record to 64 zeros', async () => {
      const record = await subject.store.append(entry(1));
      assert.equal(record.seq, 1);
      assert.equal(record.time, '2026-03-01T10:00:00.000Z');
      assert.equal(record.prevHash, GENESIS_HASH);
      assert.equal(record.hash, hashRecord(record));
      assert.deepEqual(record.parameters, entry(1).parameters);
    });

    it('chains each record to the previous hash', async () => {
      const first = await subject.store.append(entry(1));
      const second = await subject.store.append(
        entry(2, { outcome: 'refused', detail: 'invalid_parameters' }),
      );
      assert.equal(second.seq, 2);
      assert.equal(second.prevHash, first.hash);
      assert.equal(second.detail, 'invalid_parameters');
    });

    it('drops undefined optional fields instead of storing them', async () => {
      const record = await subject.store.append({ ...entry(1), confirmedBy: undefined });
      assert.equal('confirmedBy' in record, false);
    });

    it('continues the chain in another log object over the same data (a restart, another instance)', async () => {
      const first = await subject.store.append(entry(1));
      const second = await (await subject.open()).append(entry(2));
      assertChain([first, second]);
    });

    it('keeps one chain when two log objects over the same data append at once', async () => {
      const other = await subject.open();
      const records = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? other : subject.store).append(entry(i))),
      );
      assertChain(records);
    });
  });
}
