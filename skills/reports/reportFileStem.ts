/** Longest file stem, in characters. */
const MAX_STEM = 60;

/**
 * A safe, readable file name stem from a report title: ASCII letters and digits (accents folded), runs of
 * anything else as one `-`, lower case, at most 60 characters; `report` when nothing is left.
 */
export function reportFileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '');
  return stem === '' ? 'report' : stem;
}
