import type { Report, Statement } from './Report';
import { citationMarkers } from './reportMetadata';

/** The report as plain text (message text and Copilot): title, summary, sections, open questions, sources. */
export function reportPlainText(report: Report): string {
  const line = (s: Statement): string => `- ${s.text}${citationMarkers(s.citations)}`;
  const parts = [report.title, '', 'Summary', ...report.summary.map(line)];
  for (const section of report.sections) parts.push('', section.heading, ...section.findings.map(line));
  if (report.openQuestions.length > 0)
    parts.push('', 'Open questions', ...report.openQuestions.map((q) => `- ${q}`));
  parts.push('', 'Sources', ...report.sources.map((s) => `[${s.n}] ${s.title}${s.url ? ` ${s.url}` : ''}`));
  return parts.join('\n');
}
