import { renderReportPreviewCard } from '../../adaptive-cards/reports';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { AppError } from '../errors/AppError';
import type { SkillContext, SkillResult } from '../SkillDescriptor';
import type { ApprovalRecord } from './approval/ApprovalStore';
import { exportedCard, exportReport } from './exportReport';
import type { Report } from './Report';
import type { ReportSkillDeps } from './ReportSkillDeps';
import {
  approverName,
  authorWaitingCard,
  decisionLine,
  DRAFT_SKILL,
  EXPORT_SKILL,
  linkedFor,
} from './reportPreview';

/** The approver's choice on their card. */
export interface ApprovalChoice {
  readonly decision: 'approve' | 'reject';
  readonly comment?: string;
}

/**
 * Refusal shown to an approver who may not read every source (a count: nothing of those documents), in the
 * approver's `locale`.
 */
export function unreadableRefusal(unreadable: number, locale?: string): AppError {
  const m = messagesFor(locale).replies.reports;
  return new AppError('approval_refused', {
    userMessage: formatMessage(unreadable === 1 ? m.youCannotApproveOne : m.youCannotApproveMany, {
      unreadable,
    }),
  });
}

/**
 * The configured approver decides on a report's pending approval (called by `export_report`'s confirmed action,
 * after the registry checked the approver's single-use token). Refused (`approval_refused`) when the approver may
 * not read every source now. The first decision wins (`ApprovalStore.decide`): approve exports the report once
 * (files for the author) and returns the approver's "exported" card plus the author's (`approval.decided`);
 * reject returns the approver's "rejected" card plus the author's, with the comment. A later decision changes
 * nothing and returns the cards of the first one (audit `approval_already_decided`); an approval whose export
 * failed is completed by the approver's next approval. Audit: `report_approved` / `report_rejected`, detail the
 * report id.
 */
export async function decideApproval(
  report: Report,
  choice: ApprovalChoice,
  deps: ReportSkillDeps,
  context: SkillContext,
): Promise<SkillResult> {
  const user = context.user;
  const locale = context.locale;
  const record = await deps.approvals.get(report.id);
  if (!record)
    throw new AppError('confirmation_invalid', {
      userMessage: messagesFor(locale).replies.reports.neverSent,
    });
  const unreadable = await deps.unreadableBy(
    user.id,
    report.sources.map((s) => s.docId),
  );
  if (unreadable > 0) throw unreadableRefusal(unreadable, locale);
  const sourceIds = report.sources.map((s) => s.docId);
  const comment = choice.comment?.trim() ? choice.comment.trim() : undefined;
  const outcome = await deps.approvals.decide(report.id, {
    state: choice.decision === 'approve' ? 'approved' : 'rejected',
    by: user.id,
    at: new Date().toISOString(),
    ...(comment ? { comment } : {}),
  });
  const decided = outcome?.record ?? record;
  const first = outcome?.decided === true;
  const audit = (action: string) => ({
    action: first ? action : 'approval_already_decided',
    sourceIds,
    detail: report.id,
  });
  if (decided.state === 'rejected') {
    return {
      ...rejectedCards(report, decided, deps, locale),
      aiGenerated: false,
      citations: [],
      audit: audit('report_rejected'),
    };
  }
  const exported = await exportReport(report, deps, locale);
  const approval = {
    approvedBy: deps.approverName ?? user.name ?? approverName(deps, locale),
    ...(decided.comment ? { comment: decided.comment } : {}),
  };
  // The author's locale is not stored with the approval: their card is written in the approver's.
  const forApprover = exportedCard(report, exported, deps, user, approval, locale);
  const forAuthor = exportedCard(report, exported, deps, { id: report.authorId }, approval, locale);
  return {
    ...forApprover,
    aiGenerated: false,
    citations: [],
    audit: audit('report_approved'),
    approval: { kind: 'decided', reportId: report.id, authorCard: forAuthor },
  };
}

/** The approver's and the author's cards after a rejection, in the approver's `locale`. */
function rejectedCards(
  report: Report,
  record: ApprovalRecord,
  deps: ReportSkillDeps,
  locale: string | undefined,
): Pick<SkillResult, 'card' | 'text' | 'approval'> {
  const skills = { draft: DRAFT_SKILL, export: EXPORT_SKILL };
  const line = decisionLine(record, deps, locale);
  const card = renderReportPreviewCard({
    report: linkedFor(report, deps, record.approverId),
    skills,
    status: line,
    statusColor: 'Attention',
    regenerate: false,
    ...(locale ? { locale } : {}),
  });
  const text = `${line} ${messagesFor(locale).replies.reports.nothingExported}`;
  return {
    card,
    text,
    approval: {
      kind: 'decided',
      reportId: report.id,
      authorCard: { card: authorWaitingCard(report, record, deps, locale), text },
    },
  };
}
