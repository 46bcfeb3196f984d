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
}

/**
 * The "report exported" confirmation: title, audience and metadata, who approved (when set), what the report
 * holds (and, for `onedrive`, where the files are), and `Action.OpenUrl` buttons "Download Word (.docx)" and
 * "Download Markdown (.md)" ("Open …" for `onedrive`) for http(s) links
 * (a note replaces them when neither is usable). All text goes through `safeText`. Small by construction.
 */
export function renderReportExportedCard(model: ReportExportedCardModel): AdaptiveCard {
  const report = model.report;
  const findings = report.sections.reduce((sum, s) => sum + s.findings.length, 0);
  const verb = model.location === 'onedrive' ? 'Open' : 'Download';
  const downloads = [
    { title: `${verb} Word (.docx)`, url: safeHttpUrl(model.links?.docx) },
    { title: `${verb} Markdown (.md)`, url: safeHttpUrl(model.links?.markdown) },
  ].filter((d): d is { title: string; url: string } => d.url !== undefined);
  const approver = clip(model.approvedBy, 100);
  const comment = clip(model.comment, 500);
  const card = expandTemplate(exportedTemplate, {
    title: clip(report.title, 200) || 'Report',
    meta: [audienceBadge(report.audience, false), metaLine(report)].filter((p) => p !== '').join(' · '),
    approvalNote:
      approver !== ''
        ? `Approved by ${approver}.${comment ? ` Comment: ${comment}` : ''}`
        : EXTERNAL_AUDIENCES.includes(report.audience)
          ? 'Approved by a second person.'
          : '',
    contents: `${report.sections.length} section${report.sections.length === 1 ? '' : 's'}, ${findings} finding${findings === 1 ? '' : 's'}, ${report.sources.length} source${report.sources.length === 1 ? '' : 's'}.${model.location === 'onedrive' ? " Saved in the author's OneDrive, folder Reports." : ''}`,
    downloads,
  });
  if (card.actions !== undefined && card.actions.length === 0) delete card.actions;
  return card;
}
