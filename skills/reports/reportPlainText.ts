import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { Report, Statement } from './Report';
import { citationMarkers } from './reportMetadata';

/**
 * The report as plain text (message text and Copilot): title, summary, sections, open questions, sources; the
 * headings Summary, Open questions and Sources in `locale`'s language (the report's own text as written).
 */
export function reportPlainText(report: Report, locale?: string): string {
  const m = messagesFor(locale).reports;
  const line = (s: Statement): string => `- ${s.text}${citationMarkers(s.citations)}`;
  const parts = [report.title, '', m.summary, ...report.summary.map(line)];
  for (const section of report.sections) parts.push('', section.heading, ...section.findings.map(line));
  if (report.openQuestions.length > 0)
    parts.push('', m.openQuestions, ...report.openQuestions.map((q) => `- ${q}`));
  parts.push('', m.sources, ...report.sources.map((s) => `[${s.n}] ${s.title}${s.url ? ` ${s.url}` : ''}`));
  return parts.join('\n');
}
