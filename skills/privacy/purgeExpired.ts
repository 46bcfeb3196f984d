import type { RecordKind, RetentionTarget } from './PersonalData';

/** What one target's purge did: how many records it removed, or why it failed. */
export type PurgeOutcome =
  | { readonly kind: RecordKind; readonly removed: number }
  | { readonly kind: RecordKind; readonly error: string };

/**
 * Runs every target's purge at `now`, one after another; a target that fails is reported and the others still
 * run. Resolves with one outcome per target, in the targets' order; never rejects.
 */
export async function purgeExpired(
  targets: readonly RetentionTarget[],
  now: Date = new Date(),
): Promise<PurgeOutcome[]> {
  const outcomes: PurgeOutcome[] = [];
  for (const target of targets) {
    try {
      outcomes.push({ kind: target.kind, removed: await target.purge(now) });
    } catch (error) {
      outcomes.push({ kind: target.kind, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}
