import { defangUrls, safeHttpUrl } from '../../adaptive-cards';
import type { Report, Statement } from './Report';
import { exportedSourceUrl } from './Report';
import { citationMarkers, reportMetadataLine, reportNote } from './reportMetadata';

/**
 * The report as CommonMark: `#` title, italic metadata line and note, `## Summary`, one `##` per section
 * (findings as bullets ending with `[n]` markers), `## Open questions`, `## Sources` (numbered; the title is
 * a link only for http(s) URLs). Document text is made inert: markdown punctuation (backslash, backtick, `*`,
 * `_`, brackets, `<`, `>`, `&`, `|`, `~`, and a leading `#`, `+`, `-` or `1.`) is backslash-escaped,
 * `**`/`__` emphasis markers removed, control characters dropped and whitespace collapsed, so a quoted
 * sentence cannot add links, images, HTML or structure. Deterministic; never throws.
 */
export function renderReportMarkdown(report: Report): string {
  const lines: string[] = [`# ${inline(report.title)}`, '', `_${inline(reportMetadataLine(report))}_`, ''];
  lines.push(`_${inline(reportNote(report))}_`, '');
  if (report.summary.length > 0) lines.push('## Summary', '', ...report.summary.map(bullet), '');
  for (const section of report.sections) {
    lines.push(`## ${inline(section.heading)}`, '', ...section.findings.map(bullet), '');
  }
  if (report.openQuestions.length > 0) {
    lines.push('## Open questions', '', ...report.openQuestions.map((q) => `- ${inline(q)}`), '');
  }
  if (report.sources.length > 0) {
    lines.push('## Sources', '');
    for (const source of report.sources) {
      const title = inline(source.title || `Source ${source.n}`);
      const url = safeHttpUrl(exportedSourceUrl(report, source));
      lines.push(`${source.n}. ${url ? `[${title}](<${url.replace(/[<>]/g, encodeURIComponent)}>)` : title}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function bullet(statement: Statement): string {
  // Bare `[n]` markers are safe: every `[` of document text is escaped, so no link definition can exist.
  return `- ${inline(statement.text)}${citationMarkers(statement.citations)}`;
}

/**
 * One inert line of markdown text (see `renderReportMarkdown`); bare URLs are made unlinkable (`defangUrls`),
 * since Markdown viewers autolink them.
 */
export function inline(text: string): string {
  return defangUrls(
    String(text ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '')
      .replace(/\*\*|__/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
      .replace(/^[#+-]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2'),
  );
}
