import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { safeHttpUrl } from '../../adaptive-cards';
import type { Report, Statement } from './Report';
import { exportedSourceUrl } from './Report';
import { citationMarkers, reportMetadataLine, reportNote } from './reportMetadata';

/**
 * The report as a Word document (.docx bytes): title (Title style), metadata line and note, "Summary",
 * one Heading 1 per section with its findings as bullet paragraphs ending with `[n]` markers, "Open
 * questions", and "Sources" (`[n] Title`, the title a hyperlink only for http(s) URLs). Text is inserted as
 * plain runs (never parsed); characters XML 1.0 forbids are dropped and `**`/`__` emphasis markers removed.
 * Document properties carry the title and the author id, and, when the report has one, its sensitivity label
 * (custom property `Sensitivity`, the label's display name; it also leads the metadata line). Rejects only if
 * the docx packer fails.
 */
export async function renderReportDocx(report: Report): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ text: clean(report.title), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: clean(reportMetadataLine(report)), italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: clean(reportNote(report)), italics: true, size: 18 })] }),
  ];
  if (report.summary.length > 0) children.push(heading('Summary'), ...report.summary.map(finding));
  for (const section of report.sections) {
    children.push(heading(section.heading), ...section.findings.map(finding));
  }
  if (report.openQuestions.length > 0) {
    children.push(
      heading('Open questions'),
      ...report.openQuestions.map((q) => new Paragraph({ text: clean(q), bullet: { level: 0 } })),
    );
  }
  if (report.sources.length > 0) {
    children.push(heading('Sources'));
    for (const source of report.sources) {
      const title = clean(source.title) || `Source ${source.n}`;
      const url = safeHttpUrl(exportedSourceUrl(report, source));
      children.push(
        new Paragraph({
          children: [
            new TextRun(`[${source.n}] `),
            url
              ? new ExternalHyperlink({
                  link: url,
                  children: [new TextRun({ text: title, style: 'Hyperlink' })],
                })
              : new TextRun(title),
          ],
        }),
      );
    }
  }
  const document = new Document({
    title: clean(report.title),
    creator: clean(report.authorId),
    description: clean(reportNote(report)),
    ...(report.sensitivityLabel && clean(report.sensitivityLabel)
      ? { customProperties: [{ name: SENSITIVITY_PROPERTY, value: clean(report.sensitivityLabel) }] }
      : {}),
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** Name of the custom document property that carries the report's sensitivity label. */
export const SENSITIVITY_PROPERTY = 'Sensitivity';

function heading(text: string): Paragraph {
  return new Paragraph({ text: clean(text), heading: HeadingLevel.HEADING_1 });
}

function finding(statement: Statement): Paragraph {
  return new Paragraph({
    bullet: { level: 0 },
    children: [
      new TextRun(clean(statement.text)),
      new TextRun({ text: citationMarkers(statement.citations), bold: true }),
    ],
  });
}

/** Drops what XML 1.0 cannot carry (C0 controls, lone surrogates, U+FFFE/U+FFFF) and emphasis markers; one line. */
function clean(text: string): string {
  return (
    String(text ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/\*\*|__/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
