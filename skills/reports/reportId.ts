import crypto from 'node:crypto';

/** A report id: 22 url-safe base64 characters (128 random bits). */
const REPORT_ID = /^[A-Za-z0-9_-]{22}$/;

/** A fresh random report id. */
export function newReportId(): string {
  return crypto.randomBytes(16).toString('base64url');
}

/** True only for a well-formed report id; anything else (paths, dots, slashes) is never used to build a path. */
export function isReportId(value: unknown): value is string {
  return typeof value === 'string' && REPORT_ID.test(value);
}
