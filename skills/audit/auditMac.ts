import crypto from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/** HMAC-SHA256 (hex) under `key` over the canonical JSON of `fields`: how the head and checkpoints are signed. */
export function auditMac(key: string, fields: object): string {
  return crypto.createHmac('sha256', key).update(canonicalJson(fields)).digest('hex');
}

/** True when `mac` is `auditMac(key, fields)`, compared in constant time. */
export function auditMacVerifies(key: string, fields: object, mac: string): boolean {
  const expected = Buffer.from(auditMac(key, fields), 'hex');
  const actual = Buffer.from(mac, 'hex');
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}
