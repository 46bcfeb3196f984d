import { DocumentNumbering } from '../../knowledge/answer/DocumentNumbering';
import type { Passage } from '../../knowledge/index/Passage';
import type { Finding } from './collectFindings';
import type { FindingGroup } from './groupSections';
import type { ReportSection, ReportSource, Statement } from './Report';

/**
 * Turns findings into cited statements. Documents are numbered 1..k by first use in reading order (summary
 * first, then sections in order; `DocumentNumbering`); every later statement from the same document reuses its number. A
 * source's `url` is `sourceUrl(passage)` for the first passage cited from the document (default: the
 * passage's own `url`).
 */
export function numberSources(
  summary: readonly Finding[],
  sections: readonly FindingGroup[],
  text: (finding: Finding) => string,
  sourceUrl: (passage: Passage) => string = (passage) => passage.url,
): { summary: Statement[]; sections: ReportSection[]; sources: ReportSource[] } {
  const numbering = new DocumentNumbering(reportSource(sourceUrl));
  const cite = (finding: Finding): Statement => ({
    text: text(finding),
    citations: [numbering.cite(finding.passage).n],
  });
  const statements = summary.map(cite);
  const cited = sections.map((s) => ({ heading: s.heading, findings: s.findings.map(cite) }));
  return { summary: statements, sections: cited, sources: numbering.entries() };
}

/** A document's entry in a report's sources: the first passage cited from it, linked by `sourceUrl`. */
export function reportSource(sourceUrl: (passage: Passage) => string) {
  return (passage: Passage, n: number): ReportSource => ({
    n,
    docId: passage.docId,
    title: passage.title,
    url: sourceUrl(passage),
    sourceUrl: passage.url,
    anchor: passage.chunkId,
  });
}
