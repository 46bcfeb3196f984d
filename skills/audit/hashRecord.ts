import crypto from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/** `prevHash` of the first record: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The chain hash of an audit record: SHA-256 (lowercase hex) of `prevHash` followed by the canonical JSON of
 * every field except `hash` (which is ignored when present). `record.prevHash` must be a string.
 */
export function hashRecord(record: { readonly prevHash: string }): string {
  const rest: Record<string, unknown> = { ...record };
  delete rest.hash;
  return crypto
    .createHash('sha256')
    .update(record.prevHash + canonicalJson(rest))
    .digest('hex');
}
