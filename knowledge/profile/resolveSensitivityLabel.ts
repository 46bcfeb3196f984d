import type { OrganisationProfile } from './OrganisationProfile';

/** A document's sensitivity label as the product shows and compares it. */
export interface ResolvedLabel {
  /** The profile label's id; for a label the profile does not know, the value the document carries. */
  readonly id: string;
  /** Display name: the profile label's name, else the value the document carries. */
  readonly name: string;
  readonly description?: string;
  /**
   * Position in the profile's `sensitivityLabels` (0 = least restrictive). A label the profile does not know
   * ranks above every known one (`Infinity`): it is treated as the most restrictive (fail closed).
   */
  readonly rank: number;
  /** False when the profile does not list the label. */
  readonly known: boolean;
}

/**
 * The profile label a document's `sensitivityLabel` value names: matched, ignoring case and surrounding spaces,
 * against each label's id, name and aliases (e.g. the Purview label GUID Graph reports). Undefined for a
 * document without a label (absent or blank value). Never throws.
 */
export function resolveSensitivityLabel(
  profile: Pick<OrganisationProfile, 'sensitivityLabels'>,
  value: string | undefined,
): ResolvedLabel | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const wanted = raw.toLowerCase();
  const rank = profile.sensitivityLabels.findIndex((label) =>
    [label.id, label.name, ...label.aliases].some((form) => form.trim().toLowerCase() === wanted),
  );
  const label = profile.sensitivityLabels[rank];
  if (!label) return { id: raw, name: raw, rank: Infinity, known: false };
  return {
    id: label.id,
    name: label.name,
    ...(label.description ? { description: label.description } : {}),
    rank,
    known: true,
  };
}

/**
 * The most restrictive label among documents' `sensitivityLabel` values (the highest rank; among unknown labels,
 * the first given); undefined when none of them carries a label.
 */
export function mostRestrictiveLabel(
  profile: Pick<OrganisationProfile, 'sensitivityLabels'>,
  values: readonly (string | undefined)[],
): ResolvedLabel | undefined {
  let highest: ResolvedLabel | undefined;
  for (const value of values) {
    const label = resolveSensitivityLabel(profile, value);
    if (label && (highest === undefined || label.rank > highest.rank)) highest = label;
  }
  return highest;
}

/**
 * Whether a document with this `sensitivityLabel` value may be quoted into a group chat, meeting or channel:
 * always when the profile sets no `groupQuoteMaxLabel` or the document has no label; otherwise only when its
 * label is known and ranks at or below `groupQuoteMaxLabel` (an unknown label is never quoted: fail closed).
 */
export function quotableInGroup(
  profile: Pick<OrganisationProfile, 'sensitivityLabels' | 'groupQuoteMaxLabel'>,
  value: string | undefined,
): boolean {
  if (profile.groupQuoteMaxLabel === undefined) return true;
  const label = resolveSensitivityLabel(profile, value);
  if (!label) return true;
  const max = profile.sensitivityLabels.findIndex((l) => l.id === profile.groupQuoteMaxLabel);
  return label.known && label.rank <= max;
}
