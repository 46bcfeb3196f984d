import { signCheckpoint, type AuditCheckpoint } from './auditCheckpoint';

/**
 * Retention's plan for one log: the signed checkpoint (`AuditCheckpoint`) that stands in for the records older
 * than `cutoff`, or undefined when none is. `rows` are the stored records in chain order (read lazily, only
 * as far as needed); the purged records are the oldest ones whose `time` is before `cutoff`, up to the first
 * that is not, and never the newest record (`headSeq`, what the signed head names). The checkpoint holds the
 * newest purged record's seq, hash and time, `now` as `purgedAt`, and its MAC under `key`.
 */
export function purgeCheckpoint(
  rows: Iterable<{
    readonly seq: number;
    readonly record: { readonly time?: unknown; readonly hash?: unknown };
  }>,
  headSeq: number,
  cutoff: Date,
  key: string,
  now: () => Date,
): AuditCheckpoint | undefined {
  let newestOld: { seq: number; hash: string; time: string } | undefined;
  for (const row of rows) {
    if (row.seq >= headSeq) break;
    const time = row.record.time;
    if (typeof time !== 'string' || !(new Date(time) < cutoff)) break;
    newestOld = { seq: row.seq, hash: String(row.record.hash), time };
  }
  if (!newestOld) return undefined;
  const unsigned = { ...newestOld, purgedAt: now().toISOString() };
  return { ...unsigned, mac: signCheckpoint(key, unsigned) };
}
