import { formatMessage } from '../messages/formatMessage';
import { messagesFor } from '../messages/messagesFor';
import type { AdaptiveCard } from '../AdaptiveCard';
import { expandTemplate } from '../expandTemplate';
import { safeHttpUrl } from '../safeHttpUrl';
import exportedTemplate from '../templates/reports/reportExported.json';
import { EXTERNAL_AUDIENCES, type ReportCardReport } from './ReportCardModel';
import { audienceBadge, clip, metaLine } from './reportCardText';

export interface ReportExportedCardModel {
  report: ReportCardReport;
  /** Download links; a button is shown only for an http(s) link. */
  links: { docx: string; markdown: string };
  /**
   * `onedrive`: the links open the files in the author's OneDrive (buttons "Open Word (.docx)" / "Open
   * Markdown (.md)" and a line saying where the files are); default `download` (links served by the bot).
   */
  location?: 'download' | 'onedrive';
  /** Name of the second person who approved the export, when there was one. */
  approvedBy?: string;
  /** The approver's comment, shown after "Approved by <name>" (at most 500 characters). */
  comment?: string;
  /** The reader's locale: the card's fixed texts come from its catalog (English by default). */
  locale?: string;
}

/**
 * The "report exported" confirmation: title, audience and metadata, who approved (when set), what the report
 * holds (and, for `onedrive`, where the files are), and `Action.OpenUrl` buttons "Download Word (.docx)" and
 * "Download Markdown (.md)" ("Open …" for `onedrive`) for http(s) links
 * (a note replaces them when neither is usable). All text goes through `safeText`. Small by construction.
 */
export function renderReportExportedCard(model: ReportExportedCardModel): AdaptiveCard {
  const report = model.report;
  const m = messagesFor(model.locale).reports;
  const findings = report.sections.reduce((sum, s) => sum + s.findings.length, 0);
  const onedrive = model.location === 'onedrive';
  const downloads = [
    { title: onedrive ? m.openWord : m.downloadWord, url: safeHttpUrl(model.links?.docx) },
    { title: onedrive ? m.openMarkdown : m.downloadMarkdown, url: safeHttpUrl(model.links?.markdown) },
  ].filter((d): d is { title: string; url: string } => d.url !== undefined);
  const counted = (n: number, one: string, many: string) =>
    n === 1 ? one : formatMessage(many, { count: n });
  const approver = clip(model.approvedBy, 100);
  const comment = clip(model.comment, 500);
  const card = expandTemplate(exportedTemplate, {
    labels: m,
    title: clip(report.title, 200) || m.report,
    meta: [audienceBadge(report.audience, false, model.locale), metaLine(report, model.locale)]
      .filter((p) => p !== '')
      .join(' · '),
    approvalNote:
      approver !== ''
        ? [
            formatMessage(m.approvedBy, { name: approver }),
            comment ? formatMessage(m.approvedComment, { comment }) : '',
          ]
            .filter((part) => part !== '')
            .join(' ')
        : EXTERNAL_AUDIENCES.includes(report.audience)
          ? m.approvedBySecond
          : '',
    contents: `${[
      counted(report.sections.length, m.sectionsOne, m.sectionsMany),
      counted(findings, m.findingsOne, m.findingsMany),
      counted(report.sources.length, m.sourcesOne, m.sourcesMany),
    ].join(', ')}.${onedrive ? ` ${m.savedOneDrive}` : ''}`,
    downloads,
  });
  if (card.actions !== undefined && card.actions.length === 0) delete card.actions;
  return card;
}
