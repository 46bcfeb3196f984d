import type { AuditEntry, AuditLog, AuditRecord } from '../../../skills/audit/AuditLog';

/** An in-memory AuditLog double: records every entry in order (hash fields are placeholders). */
export class ArrayAuditLog implements AuditLog {
  readonly records: AuditRecord[] = [];

  async append(entry: AuditEntry): Promise<AuditRecord> {
    const record: AuditRecord = {
      ...entry,
      seq: this.records.length + 1,
      time: new Date().toISOString(),
      prevHash: '0'.repeat(64),
      hash: '0'.repeat(64),
    };
    this.records.push(record);
    return record;
  }

  async close(): Promise<void> {}

  /** Actions recorded, in order. */
  actions(): string[] {
    return this.records.map((r) => r.action);
  }
}
