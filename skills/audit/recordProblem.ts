import { canonicalJson } from './canonicalJson';
import { hashRecord } from './hashRecord';

const HASH_PATTERN = /^[0-9a-f]{64}$/;

/**
 * The problem with one stored record, or its hash when it is sound and chained to `prevHash` (every backend's
 * verifier). `stored` must be the canonical JSON text of a record whose `seq` is `seq`, whose `hash` is the
 * `hashRecord` of it and whose `prevHash` is `prevHash`; the problem sentence names the first rule it breaks.
 */
export function recordProblem(seq: number, stored: unknown, prevHash: string): string | { hash: string } {
  if (typeof stored !== 'string') return 'the stored record is not text (edited)';
  let record: unknown;
  try {
    record = JSON.parse(stored);
  } catch {
    return 'the stored JSON does not parse (edited)';
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return 'the stored JSON is not a record (edited)';
  }
  const fields = record as { seq?: unknown; prevHash?: unknown; hash?: unknown };
  if (fields.seq !== seq) {
    return `the record stored at seq ${seq} says seq ${String(fields.seq)} (reordered or renumbered)`;
  }
  if (
    typeof fields.prevHash !== 'string' ||
    typeof fields.hash !== 'string' ||
    !HASH_PATTERN.test(fields.hash)
  ) {
    return 'the record has no valid prevHash/hash (edited)';
  }
  if (canonicalJson(record) !== stored) return 'the stored JSON is not canonical (edited)';
  if (hashRecord(record as { prevHash: string }) !== fields.hash) {
    return 'the record does not match its hash (edited)';
  }
  if (fields.prevHash !== prevHash) {
    return seq === 1
      ? 'the first record does not start the chain (prevHash is not zeros)'
      : `prevHash does not match the hash of record ${seq - 1} (a record was replaced, removed or reordered)`;
  }
  return { hash: fields.hash };
}
