/**
 * The error an audit log throws, appending nothing, when its fail-closed check finds `problem` (a head that
 * does not verify, a truncated or rolled-back log, a record written outside the app).
 */
export function auditIntegrityError(problem: string): Error {
  return new Error(`audit log integrity check failed, nothing appended: ${problem} (run audit:verify)`);
}
