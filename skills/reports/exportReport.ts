import { renderReportExportedCard } from '../../adaptive-cards/reports';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import type { Messages } from '../../adaptive-cards/messages/Messages';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { AppError } from '../errors/AppError';
import type { SkillResult, SkillUser } from '../SkillDescriptor';
import type { Report } from './Report';
import type { ReportExport } from './ReportStore';
import { ReportStoreError, type ReportStoreErrorCode } from './ReportStoreError';
import type { ReportSkillDeps } from './ReportSkillDeps';

/** The catalog message of each report store failure. */
const STORE_MESSAGES: Readonly<Record<ReportStoreErrorCode, (m: Messages['replies']['reports']) => string>> =
  {
    report_store_unavailable: (m) => m.storeUnavailable,
    report_store_denied: (m) => m.storeDenied,
    report_too_large: (m) => m.storeTooLarge,
  };

/**
 * Exports `report` through the ReportStore (idempotent: a second call returns the first export). A
 * `ReportStoreError` becomes `internal_error` with its code's user message in `locale`'s language (nothing of
 * the service's reply is shown).
 */
export async function exportReport(
  report: Report,
  deps: ReportSkillDeps,
  locale?: string,
): Promise<ReportExport> {
  try {
    return await deps.reports.export(report.id);
  } catch (error) {
    if (error instanceof ReportStoreError)
      throw new AppError('internal_error', {
        userMessage: STORE_MESSAGES[error.code](messagesFor(locale).replies.reports),
        cause: error,
      });
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
  const m = messagesFor(locale).replies.reports;
  const approvedBy = approval ? `${formatMessage(m.approved, { approver: approval.approvedBy })} ` : '';
  const exportedLine = formatMessage(location === 'onedrive' ? m.exportedOneDrive : m.exported, {
    title: report.title,
    docx: links.docx,
    markdown: links.markdown,
  });
  return {
    card: renderReportExportedCard({
      report,
      links,
      location,
      ...(approval ?? {}),
      ...(locale ? { locale } : {}),
    }),
    text: `${approvedBy}${exportedLine}`,
  };
}
