import { renderReportPreviewCard } from '../../adaptive-cards/reports';
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

/** Refusal shown to an approver who may not read every source (a count: nothing of those documents). */
export function unreadableRefusal(unreadable: number): AppError {
  return new AppError('approval_refused', {
    userMessage: `You cannot approve this report: ${unreadable} of its sources ${unreadable === 1 ? 'is a document' : 'are documents'} you may not read. Nothing was exported; ask the author to draft it from documents you may both read.`,
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
  const record = await deps.approvals.get(report.id);
  if (!record)
    throw new AppError('confirmation_invalid', { userMessage: 'This report was never sent for approval.' });
  const unreadable = await deps.unreadableBy(
    user.id,
    report.sources.map((s) => s.docId),
  );
  if (unreadable > 0) throw unreadableRefusal(unreadable);
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
      ...rejectedCards(report, decided, deps),
      aiGenerated: false,
      citations: [],
      audit: audit('report_rejected'),
    };
  }
  const exported = await exportReport(report, deps);
  const approval = {
    approvedBy: deps.approverName ?? user.name ?? approverName(deps),
    ...(decided.comment ? { comment: decided.comment } : {}),
  };
  const forApprover = exportedCard(report, exported, deps, user, approval);
  const forAuthor = exportedCard(report, exported, deps, { id: report.authorId }, approval);
  return {
    ...forApprover,
    aiGenerated: false,
    citations: [],
    audit: audit('report_approved'),
    approval: { kind: 'decided', reportId: report.id, authorCard: forAuthor },
  };
}

/** The approver's and the author's cards after a rejection. */
function rejectedCards(
  report: Report,
  record: ApprovalRecord,
  deps: ReportSkillDeps,
): Pick<SkillResult, 'card' | 'text' | 'approval'> {
  const skills = { draft: DRAFT_SKILL, export: EXPORT_SKILL };
  const line = decisionLine(record, deps);
  const card = renderReportPreviewCard({
    report: linkedFor(report, deps, record.approverId),
    skills,
    status: line,
    statusColor: 'Attention',
    regenerate: false,
  });
  return {
    card,
    text: `${line} Nothing was exported.`,
    approval: {
      kind: 'decided',
      reportId: report.id,
      authorCard: { card: authorWaitingCard(report, record, deps), text: `${line} Nothing was exported.` },
    },
  };
}
