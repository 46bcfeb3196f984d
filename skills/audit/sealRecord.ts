import type { AuditEntry } from './AuditLog';
import { canonicalJson } from './canonicalJson';
import { GENESIS_HASH, hashRecord } from './hashRecord';
import { saltPeople } from './personalFields';

/** A record ready to store: its seq, chain hash and canonical JSON (`hash` included). */
export interface SealedRecord {
  readonly seq: number;
  readonly hash: string;
  readonly text: string;
}

/**
 * Numbers, timestamps, salts and chains `entry` after `last` (the newest stored record; undefined for an empty
 * log): seq `last.seq + 1`, `prevHash` `last.hash` (GENESIS for the first), `hash` per `hashRecord`. Throws a
 * TypeError when the entry has no JSON form (see `canonicalJson`).
 */
export function sealRecord(
  entry: AuditEntry,
  last: { readonly seq: number; readonly hash: string } | undefined,
  time: Date,
): SealedRecord {
  const unsealed = {
    ...entry,
    seq: (last?.seq ?? 0) + 1,
    time: time.toISOString(),
    prevHash: last?.hash ?? GENESIS_HASH,
    people: saltPeople(entry),
  };
  const hash = hashRecord(unsealed);
  return { seq: unsealed.seq, hash, text: canonicalJson({ ...unsealed, hash }) };
}
