import { z } from 'zod/v4';
import { renderReportExportedCard } from '../../adaptive-cards/reports';
import { AppError } from '../errors/AppError';
import type { SkillContext, SkillDescriptor, SkillResult } from '../SkillDescriptor';
import { needsSecondApprover, type Report } from './Report';
import { ReportStoreError } from './ReportStoreError';
import { isReportId } from './reportId';
import type { ReportSkillDeps } from './ReportSkillDeps';
import { EXPORT_SKILL, mayView, reportPreview } from './reportPreview';

const ExportReportParams = z.object({
  reportId: z.string().refine(isReportId, 'not a report id').describe('Id of a drafted report.'),
});
export type ExportReportParams = z.infer<typeof ExportReportParams>;

/** Card inputs sent back with the confirmation; `changes` (the Regenerate box) is ignored here. */
const ExportEdits = z.object({ changes: z.string().optional() }).optional();
export type ExportEdits = z.infer<typeof ExportEdits>;

const ExportDraftSchema = z.object({ reportId: z.string(), audience: z.string(), authorId: z.string() });

const NOT_FOUND = 'That report does not exist, or it is not yours to export. Draft it again.';

/**
 * `export_report` (consequential). A direct invoke `{ reportId }` never exports: it re-issues the report's
 * preview card with a fresh token, for the author or (customer/external reports) the configured approver;
 * anyone else gets `not_found`. The confirmed action exports the stored draft (.docx and Markdown) through the
 * ReportStore and returns the "exported" card with links: the store's `webUrls` when it has them (OneDrive,
 * which enforces its own permissions), else the bot's download links (`deps.linkFor`). A `ReportStoreError`
 * becomes `internal_error` with its user message (nothing of the service's reply is shown). Who may confirm
 * is re-checked against the stored report: the author for internal/management reports; for customer/external
 * reports only the configured approver, who must not be the author (`confirmation_invalid` otherwise).
 * Exporting a report twice returns the first export.
 */
export function exportReportSkill(deps: ReportSkillDeps): SkillDescriptor<ExportReportParams, ExportEdits> {
  const load = async (id: string, context: SkillContext): Promise<Report> => {
    const report = isReportId(id) ? await deps.reports.getDraft(id) : undefined;
    if (!report || !mayView(report, context.user, deps))
      throw new AppError('not_found', { userMessage: NOT_FOUND });
    return report;
  };
  return {
    name: EXPORT_SKILL,
    title: 'Export a report',
    description:
      'Exports a drafted report to Word (.docx) and Markdown after the user confirms; reports for customers or other external audiences need approval by a second person.',
    parameters: ExportReportParams,
    consequential: true,
    examples: [],
    async handler(params, context): Promise<SkillResult> {
      const report = await load(params.reportId, context);
      return reportPreview(report, deps, {
        action: 'report_preview_reissued',
        sourceIds: report.sources.map((s) => s.docId),
        detail: report.id,
      });
    },
    confirm: {
      edits: ExportEdits,
      async execute({ draft }, context): Promise<SkillResult> {
        const parsed = ExportDraftSchema.safeParse(draft);
        if (!parsed.success) throw new AppError('confirmation_invalid');
        const report = await load(parsed.data.reportId, context);
        const user = context.user;
        const allowed = needsSecondApprover(report.audience)
          ? deps.approverId !== undefined && user.id === deps.approverId && user.id !== report.authorId
          : user.id === report.authorId;
        if (
          !allowed ||
          parsed.data.audience !== report.audience ||
          parsed.data.authorId !== report.authorId
        ) {
          throw new AppError('confirmation_invalid', {
            userMessage: 'Only the configured second approver can export this report.',
          });
        }
        let exported;
        try {
          exported = await deps.reports.export(report.id);
        } catch (error) {
          if (error instanceof ReportStoreError)
            throw new AppError('internal_error', { userMessage: error.userMessage, cause: error });
          throw error;
        }
        const links = exported.webUrls ?? {
          docx: deps.linkFor(report.id, user, 'docx'),
          markdown: deps.linkFor(report.id, user, 'markdown'),
        };
        const location = exported.webUrls ? 'onedrive' : 'download';
        const approved = user.id !== report.authorId;
        const approvedBy = approved ? (user.name ?? deps.approverName) : undefined;
        return {
          card: renderReportExportedCard({ report, links, location, ...(approvedBy ? { approvedBy } : {}) }),
          text: `Exported "${report.title}"${location === 'onedrive' ? " to the author's OneDrive" : ''}: Word ${links.docx} · Markdown ${links.markdown}`,
          aiGenerated: false,
          citations: [],
          audit: {
            action: approved ? 'report_approved_and_exported' : 'report_exported',
            sourceIds: report.sources.map((s) => s.docId),
            detail: report.id,
          },
        };
      },
    },
  };
}
