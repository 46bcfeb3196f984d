import type { Finding } from './collectFindings';

export interface FindingGroup {
  heading: string;
  findings: Finding[];
}

/**
 * Groups findings into report sections, one per source section (document + section label; the split parts of
 * one long section share a group). Sections of one document stay together, documents in order of their first
 * finding; within a document, unnumbered sections come first (in order of their first finding), then sections
 * whose label starts with a number (`5.`, `2.3`) in numeric order. Inside a section, findings are in reading
 * order (passage first seen, then position in the passage). The label is the `#` heading inside the passage
 * above the sentence when there is one (`Finding.subheading`), else the passage's heading path without a
 * leading segment that repeats the document title, else the title; a heading shared by sections of different
 * documents gets ` (document title)` appended.
 */
export function groupSections(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<
    string,
    { docId: string; label: string; title: string; passages: string[]; findings: Finding[] }
  >();
  for (const finding of findings) {
    const { docId, heading, title, chunkId } = finding.passage;
    const label = finding.subheading ?? sectionLabel(heading, title);
    const key = `${docId}\n${label}`;
    let group = groups.get(key);
    if (!group) {
      group = { docId, label, title, passages: [], findings: [] };
      groups.set(key, group);
    }
    if (!group.passages.includes(chunkId)) group.passages.push(chunkId);
    group.findings.push(finding);
  }
  const labelCount = new Map<string, number>();
  for (const group of groups.values()) labelCount.set(group.label, (labelCount.get(group.label) ?? 0) + 1);
  const docOrder = [...new Set([...groups.values()].map((g) => g.docId))];
  const ordered = [...groups.values()]
    .map((group, appearance) => ({ group, appearance, number: leadingNumber(group.label) }))
    .sort(
      (a, b) =>
        docOrder.indexOf(a.group.docId) - docOrder.indexOf(b.group.docId) ||
        compareNumbers(a.number, b.number) ||
        a.appearance - b.appearance,
    )
    .map(({ group }) => group);
  return ordered.map((group) => ({
    heading:
      (labelCount.get(group.label) ?? 0) > 1 && group.label !== group.title
        ? `${group.label} (${group.title})`
        : group.label,
    findings: [...group.findings].sort(
      (a, b) =>
        group.passages.indexOf(a.passage.chunkId) - group.passages.indexOf(b.passage.chunkId) ||
        a.position - b.position,
    ),
  }));
}

/** `5. Fade test` -> [5]; `A.2 Scope` -> undefined; `2.10) Limits` -> [2, 10]. */
function leadingNumber(label: string): number[] | undefined {
  const match = /^(\d{1,4}(?:\.\d{1,4})*)[.)]?\s/u.exec(label);
  return match ? (match[1] as string).split('.').map(Number) : undefined;
}

/** Unnumbered sections first (ties), then numbered ones in numeric order. */
function compareNumbers(a: number[] | undefined, b: number[] | undefined): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? -1) - (b[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** `Title > 5. Pass criteria` -> `5. Pass criteria`; an empty result falls back to the title. */
function sectionLabel(heading: string, title: string): string {
  const parts = heading
    .split(' > ')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const rest = parts[0] === title.trim() ? parts.slice(1) : parts;
  return rest.length > 0 ? rest.join(' > ') : title.trim() || 'Untitled section';
}
