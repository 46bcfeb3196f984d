import { z } from 'zod/v4';
import { renderReportPreviewCard } from '../../adaptive-cards/reports';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { AppError } from '../errors/AppError';
import type { SkillContext, SkillDescriptor, SkillResult } from '../SkillDescriptor';
import { decideApproval, unreadableRefusal } from './decideApproval';
import { exportedCard, exportReport } from './exportReport';
import { needsSecondApprover, type Report } from './Report';
import { isReportId } from './reportId';
import type { ReportSkillDeps } from './ReportSkillDeps';
import {
  approverRequestCard,
  decisionLine,
  DRAFT_SKILL,
  EXPORT_SKILL,
  isApprover,
  linkedFor,
  mayView,
  reportPreview,
} from './reportPreview';

const ExportReportParams = z.object({
  reportId: z.string().refine(isReportId, 'not a report id').describe('Id of a drafted report.'),
});
export type ExportReportParams = z.infer<typeof ExportReportParams>;

/**
 * Card inputs sent back with the confirmation: `changes` (the author's Regenerate box, ignored here); on the
 * approver's card `decision` (which button) and `comment` (at most 500 characters).
 */
const ExportEdits = z
  .object({
    changes: z.string().optional(),
    decision: z.enum(['approve', 'reject']).optional(),
    comment: z.string().max(500).optional(),
  })
  .optional();
export type ExportEdits = z.infer<typeof ExportEdits>;

const ExportDraftSchema = z.object({ reportId: z.string(), audience: z.string(), authorId: z.string() });

/** The refusal of a report that does not exist or that the caller may not see, in `locale`'s language. */
const notFound = (locale: string | undefined): AppError =>
  new AppError('not_found', { userMessage: messagesFor(locale).replies.reports.notFound });

/**
 * `export_report` (consequential). A direct invoke `{ reportId }` never exports: the author gets the report's
 * card again (internal and management reports: with a fresh export token; customer and external: its approval
 * state, see `reportPreview`); the configured approver gets the approval card again (fresh Approve / Reject
 * token) while the approval is pending, or its decision, and is refused (`approval_refused`) when they may not
 * read every source; anyone else gets `not_found`. The confirmed action: for internal and management reports,
 * the author exports (.docx and Markdown through the ReportStore) and gets the "exported" card with links; for
 * customer and external reports only the configured approver, never the author, decides (`decideApproval`:
 * approve exports, reject sends the comment; `confirmation_invalid` for anyone else). Exporting twice returns
 * the first export.
 */
export function exportReportSkill(deps: ReportSkillDeps): SkillDescriptor<ExportReportParams, ExportEdits> {
  const load = async (id: string, context: SkillContext): Promise<Report> => {
    const report = isReportId(id) ? await deps.reports.getDraft(id) : undefined;
    if (!report || !mayView(report, context.user, deps)) throw notFound(context.locale);
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
      const audit = {
        action: 'report_preview_reissued',
        sourceIds: report.sources.map((s) => s.docId),
        detail: report.id,
      };
      if (context.user.id === report.authorId)
        return reportPreview(report, deps, audit, context.user, context.locale);
      return approverPreview(report, deps, audit, context.locale);
    },
    confirm: {
      edits: ExportEdits,
      async execute({ draft, edits }, context): Promise<SkillResult> {
        const parsed = ExportDraftSchema.safeParse(draft);
        if (!parsed.success) throw new AppError('confirmation_invalid');
        const report = await load(parsed.data.reportId, context);
        const user = context.user;
        const approval = needsSecondApprover(report.audience);
        const allowed = approval ? isApprover(report, user.id, deps) : user.id === report.authorId;
        if (
          !allowed ||
          parsed.data.audience !== report.audience ||
          parsed.data.authorId !== report.authorId
        ) {
          const m = messagesFor(context.locale).replies.reports;
          throw new AppError('confirmation_invalid', {
            userMessage: approval ? m.onlyApprover : m.onlyAuthor,
          });
        }
        if (approval) {
          if (!edits?.decision) throw new AppError('invalid_parameters');
          return decideApproval(
            report,
            { decision: edits.decision, ...(edits.comment ? { comment: edits.comment } : {}) },
            deps,
            context,
          );
        }
        const exported = await exportReport(report, deps, context.locale);
        return {
          ...exportedCard(report, exported, deps, user, undefined, context.locale),
          aiGenerated: false,
          citations: [],
          audit: {
            action: 'report_exported',
            sourceIds: report.sources.map((s) => s.docId),
            detail: report.id,
          },
        };
      },
    },
  };
}

/**
 * The approver's card of `report` on a direct invoke: the request again while pending, else its decision, in
 * the approver's `locale`.
 */
async function approverPreview(
  report: Report,
  deps: ReportSkillDeps,
  audit: NonNullable<SkillResult['audit']>,
  locale: string | undefined,
): Promise<SkillResult> {
  const approverId = deps.approverId as string;
  const unreadable = await deps.unreadableBy(
    approverId,
    report.sources.map((s) => s.docId),
  );
  if (unreadable > 0) throw unreadableRefusal(unreadable, locale);
  const record = await deps.approvals.get(report.id);
  if (!record) throw notFound(locale);
  const base = { aiGenerated: true, subject: report.topic, citations: [], audit };
  if (record.state === 'pending') {
    const author = record.authorId;
    return { ...base, ...(await approverRequestCard(report, deps, { id: author }, locale)) };
  }
  const line = decisionLine(record, deps, locale);
  return {
    ...base,
    card: renderReportPreviewCard({
      report: linkedFor(report, deps, approverId),
      skills: { draft: DRAFT_SKILL, export: EXPORT_SKILL },
      status: line,
      statusColor: record.state === 'approved' ? 'Good' : 'Attention',
      regenerate: false,
      ...(locale ? { locale } : {}),
    }),
    text: line,
  };
}
