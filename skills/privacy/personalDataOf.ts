import { RECORD_KINDS, type PersonalDataSource, type RecordKind } from './PersonalData';

/** Everything the stores hold about one person (`npm run privacy -- export <user>`). */
export interface PersonalDataExport {
  readonly userId: string;
  /** ISO 8601. */
  readonly exportedAt: string;
  /** Each covered store's records about the user, as the store keeps them. */
  readonly records: Partial<Record<RecordKind, readonly unknown[]>>;
  /** Kinds whose store in this deployment cannot list a person's records (see docs/ADMIN.md). */
  readonly notCovered: readonly RecordKind[];
}

/** Collects every source's records about `userId`. Rejects when a source cannot be read (nothing partial). */
export async function personalDataOf(
  sources: readonly PersonalDataSource[],
  userId: string,
  now: Date = new Date(),
): Promise<PersonalDataExport> {
  const records: Partial<Record<RecordKind, unknown[]>> = {};
  for (const source of sources) {
    const found = await source.exportUser(userId);
    records[source.kind] = [...(records[source.kind] ?? []), ...found];
  }
  return {
    userId,
    exportedAt: now.toISOString(),
    records,
    notCovered: RECORD_KINDS.filter((kind) => !sources.some((source) => source.kind === kind)),
  };
}

/**
 * Erases `userId` from every source (the audit source pseudonymises). Resolves with how many records each kind
 * removed or changed, and the kinds this deployment cannot erase from.
 */
export async function erasePersonalData(
  sources: readonly PersonalDataSource[],
  userId: string,
): Promise<{ erased: Partial<Record<RecordKind, number>>; notCovered: readonly RecordKind[] }> {
  const erased: Partial<Record<RecordKind, number>> = {};
  for (const source of sources) {
    erased[source.kind] = (erased[source.kind] ?? 0) + (await source.eraseUser(userId));
  }
  return {
    erased,
    notCovered: RECORD_KINDS.filter((kind) => !sources.some((source) => source.kind === kind)),
  };
}
