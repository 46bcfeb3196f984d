import type { Passage } from '../../knowledge/types';
import type { Finding } from './collectFindings';
import type { FindingGroup } from './groupSections';
import type { ReportSection, ReportSource, Statement } from './Report';

/**
 * Turns findings into cited statements. Documents are numbered 1..k by first use in reading order (summary
 * first, then sections in order); every later statement from the same document reuses its number. A
 * source's `url` is `sourceUrl(passage)` for the first passage cited from the document (default: the
 * passage's own `url`).
 */
export function numberSources(
  summary: readonly Finding[],
  sections: readonly FindingGroup[],
  text: (finding: Finding) => string,
  sourceUrl: (passage: Passage) => string = (passage) => passage.url,
): { summary: Statement[]; sections: ReportSection[]; sources: ReportSource[] } {
  const byDoc = new Map<string, ReportSource>();
  const cite = (finding: Finding): Statement => {
    const { docId, title } = finding.passage;
    let source = byDoc.get(docId);
    if (!source) {
      source = {
        n: byDoc.size + 1,
        docId,
        title,
        url: sourceUrl(finding.passage),
        sourceUrl: finding.passage.url,
        anchor: finding.passage.chunkId,
      };
      byDoc.set(docId, source);
    }
    return { text: text(finding), citations: [source.n] };
  };
  const statements = summary.map(cite);
  const cited = sections.map((s) => ({ heading: s.heading, findings: s.findings.map(cite) }));
  return { summary: statements, sections: cited, sources: [...byDoc.values()] };
}
