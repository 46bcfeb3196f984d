/**
 * The kinds of record the product keeps about people, each with its own retention period (docs/ADMIN.md,
 * section 12, lists what each holds, where, and for how long).
 */
export const RECORD_KINDS = [
  'conversationState',
  'feedback',
  'answerLog',
  'audit',
  'reports',
  'approvals',
  'tickets',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** One store's retention: what it removes when its records' period is over. */
export interface RetentionTarget {
  readonly kind: RecordKind;
  /**
   * Removes the records that are past their retention period at `now` (the period is the target's own, from
   * config); resolves with how many were removed. Idempotent: a second call at the same `now` removes nothing.
   */
  purge(now: Date): Promise<number>;
}

/**
 * One store's records about a person, for `npm run privacy -- export|erase <user>` (the right of access and the
 * right to erasure). Contract: `exportUser` returns every record of the store that names the user (as the
 * store keeps it, as plain JSON values) and no record that doesn't; after `eraseUser` the store holds no record
 * naming the user (the audit trail keeps its records with the user replaced by a keyed pseudonym), and other
 * people's records are unchanged, except that their mentions of the user are replaced too.
 */
export interface PersonalDataSource {
  readonly kind: RecordKind;
  exportUser(userId: string): Promise<readonly unknown[]>;
  /** Resolves with how many records were removed or pseudonymised. */
  eraseUser(userId: string): Promise<number>;
}

/** The retention targets and personal-data sources of a set of stores (what the composition root collects). */
export interface DataHolders {
  readonly retention: readonly RetentionTarget[];
  readonly personalData: readonly PersonalDataSource[];
}

/** The moment `days` days before `now`: records older than it are past a `days`-day retention period. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 3600 * 1000);
}

/** The name that stands in for an erased person where a record about someone else mentions them. */
export const ERASED_PERSON = 'erased-person';
