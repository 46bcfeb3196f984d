import crypto from 'node:crypto';
import { canonicalJson } from './canonicalJson';
import { hashedForm } from './personalFields';

/** `prevHash` of the first record: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The chain hash of an audit record: SHA-256 (lowercase hex) of `prevHash` followed by the canonical JSON of
 * every field except `hash` (which is ignored when present) and `people`; a record with `people` has each
 * personal field replaced by its commitment first (`hashedForm`), so pseudonymising it keeps its hash.
 * `record.prevHash` must be a string.
 */
export function hashRecord(record: { readonly prevHash: string }): string {
  const rest = hashedForm(record as unknown as Record<string, unknown>);
  return crypto
    .createHash('sha256')
    .update(record.prevHash + canonicalJson(rest))
    .digest('hex');
}
