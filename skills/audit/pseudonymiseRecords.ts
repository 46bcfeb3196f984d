import type { AuditEntry } from './AuditLog';
import { canonicalJson } from './canonicalJson';
import { ERASURE_ACTION, ERASURE_SKILL, pseudonymised, recordIsAbout } from './personalFields';

/** A stored record as a storage hands it to `pseudonymiseRecords`: its seq and parsed JSON. */
export interface StoredAuditRow {
  readonly seq: number;
  readonly record: Record<string, unknown>;
}

/** What erasure does to one log (`pseudonymiseRecords`); the storage applies it. */
export interface Pseudonymisation<R extends StoredAuditRow> {
  /** Each row about the person with the canonical JSON that replaces it (same hash), in the rows' order. */
  readonly changes: readonly { readonly row: R; readonly text: string }[];
  /** The `person_pseudonymised` record to append after the changes; undefined when the log holds nothing about them. */
  readonly erasure: AuditEntry | undefined;
  /** The storage's answer to `pseudonymise` once the changes and the erasure record are stored. */
  readonly result: { readonly pseudonym: string; readonly pseudonymised: number; readonly legacy: number };
}

/**
 * Plans the erasure of `userId` from `rows` (every stored record, in chain order), changing nothing: each
 * record about them (`recordIsAbout`) gets its pseudonymised form (`personalFields.pseudonymised`: their id
 * becomes `pseudonym`, their request's parameters are emptied; no hash changes). Records about them written
 * before personal fields could be pseudonymised count as `legacy` and stay as they are (changing them would
 * break the chain). The erasure record is made by the pseudonym and names how many records changed, the
 * legacy count and the changed seqs (what `PseudonymLedger` checks). Throws only when a record has no JSON form.
 */
export function pseudonymiseRecords<R extends StoredAuditRow>(
  rows: Iterable<R>,
  userId: string,
  pseudonym: string,
): Pseudonymisation<R> {
  const changes: { row: R; text: string }[] = [];
  let legacy = 0;
  for (const row of rows) {
    if (!recordIsAbout(row.record, userId)) continue;
    const next = pseudonymised(row.record, userId, pseudonym);
    if (next) changes.push({ row, text: canonicalJson(next) });
    else legacy += 1;
  }
  const erasure: AuditEntry | undefined =
    changes.length > 0 || legacy > 0
      ? {
          actor: { userId: pseudonym, surface: 'cli' },
          skill: ERASURE_SKILL,
          action: ERASURE_ACTION,
          parameters: {
            records: changes.length,
            legacyRecords: legacy,
            seqs: changes.map(({ row }) => row.seq),
          },
          sourceIds: [],
          planner: 'operator',
          outcome: 'ok',
        }
      : undefined;
  return { changes, erasure, result: { pseudonym, pseudonymised: changes.length, legacy } };
}
