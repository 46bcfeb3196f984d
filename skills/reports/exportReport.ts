import { renderReportExportedCard } from '../../adaptive-cards/reports';
import { AppError } from '../errors/AppError';
import type { SkillResult, SkillUser } from '../SkillDescriptor';
import type { Report } from './Report';
import type { ReportExport } from './ReportStore';
import { ReportStoreError } from './ReportStoreError';
import type { ReportSkillDeps } from './ReportSkillDeps';

/**
 * Exports `report` through the ReportStore (idempotent: a second call returns the first export). A
 * `ReportStoreError` becomes `internal_error` with its user message (nothing of the service's reply is shown).
 */
export async function exportReport(report: Report, deps: ReportSkillDeps): Promise<ReportExport> {
  try {
    return await deps.reports.export(report.id);
  } catch (error) {
    if (error instanceof ReportStoreError)
      throw new AppError('internal_error', { userMessage: error.userMessage, cause: error });
    throw error;
  }
}

/**
 * The "exported" card of `report` for `viewer`: the store's `webUrls` when it has them (OneDrive, which
 * enforces its own permissions), else the bot's download links made for `viewer` (`deps.linkFor`).
 */
export function exportedCard(
  report: Report,
  exported: ReportExport,
  deps: ReportSkillDeps,
  viewer: Pick<SkillUser, 'id'> & Partial<SkillUser>,
  approval?: { approvedBy: string; comment?: string },
  /** The viewer's locale: the card's fixed texts come from its catalog. */
  locale?: string,
): Pick<SkillResult, 'card' | 'text'> {
  const user: SkillUser = { principals: [], ...viewer };
  const links = exported.webUrls ?? {
    docx: deps.linkFor(report.id, user, 'docx'),
    markdown: deps.linkFor(report.id, user, 'markdown'),
  };
  const location = exported.webUrls ? 'onedrive' : 'download';
  return {
    card: renderReportExportedCard({
      report,
      links,
      location,
      ...(approval ?? {}),
      ...(locale ? { locale } : {}),
    }),
    text: `${approval ? `Approved by ${approval.approvedBy}. ` : ''}Exported "${report.title}"${location === 'onedrive' ? " to the author's OneDrive" : ''}: Word ${links.docx} · Markdown ${links.markdown}`,
  };
}
