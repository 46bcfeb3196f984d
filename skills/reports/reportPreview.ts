import { renderReportPreviewCard } from '../../adaptive-cards/reports';
import type { AdaptiveCard, CitationView } from '../../adaptive-cards';
import type { SkillResult, SkillUser } from '../SkillDescriptor';
import type { ApprovalRecord } from './approval/ApprovalStore';
import { needsSecondApprover, type Report } from './Report';
import type { ExportDraft, ReportSkillDeps } from './ReportSkillDeps';
import { reportPlainText } from './reportPlainText';

export const DRAFT_SKILL = 'draft_report';
export const EXPORT_SKILL = 'export_report';

/** How long the approver's Approve / Reject buttons stay valid (the approver may answer days later). */
export const APPROVAL_TTL_SECONDS = 7 * 24 * 3600;

const skills = { draft: DRAFT_SKILL, export: EXPORT_SKILL };

/** Who may see a stored report's card: its author, and for customer/external reports the configured approver. */
export function mayView(report: Report, user: SkillUser, deps: ReportSkillDeps): boolean {
  return user.id === report.authorId || isApprover(report, user.id, deps);
}

/** Whether `userId` is the configured second approver of `report` (never its author). */
export function isApprover(report: Report, userId: string, deps: ReportSkillDeps): boolean {
  return (
    needsSecondApprover(report.audience) &&
    deps.approverId !== undefined &&
    userId === deps.approverId &&
    userId !== report.authorId
  );
}

/** The approver's display name, or a neutral phrase. */
export function approverName(deps: ReportSkillDeps): string {
  return deps.approverName ?? 'the configured approver';
}

/**
 * The author's card of a stored report. Internal and management reports: the preview with a fresh single-use
 * export token bound to the author. Customer and external reports never carry an export button for the
 * author: with no approver configured, or the author being the approver, the card says so; when the approver
 * may not read every source (`deps.unreadableBy`), the card says approval is refused and why (a count, no
 * title: the author may read them all anyway) and no request is made; otherwise the report's approval is
 * requested (`ApprovalStore.request`, once per report), the card says "Waiting for approval from <name>" (or
 * the decision, once made) and, for a new request, `approval` asks the surface to send the approver's card
 * (`approverCard`). Audit actions: `approval_requested`, `approval_refused`, else `audit.action` as given.
 */
export async function reportPreview(
  report: Report,
  deps: ReportSkillDeps,
  audit: NonNullable<SkillResult['audit']>,
  author: SkillUser,
  /** The author's locale: the card's fixed texts (not the status lines) come from its catalog. */
  locale?: string,
): Promise<SkillResult> {
  const inLocale = locale ? { locale } : {};
  const base = {
    text: reportPlainText(report),
    aiGenerated: true,
    citations: citationsOf(report),
    ...(report.sensitivityLabel ? { sensitivityLabel: { name: report.sensitivityLabel } } : {}),
  };
  if (!needsSecondApprover(report.audience)) {
    const draft: ExportDraft = { reportId: report.id, audience: report.audience, authorId: report.authorId };
    const issued = await deps.confirmations.issue({ userId: report.authorId, skill: EXPORT_SKILL, draft });
    return {
      ...base,
      card: renderReportPreviewCard({ report, exportToken: issued.token, skills, ...inLocale }),
      audit,
      confirmation: {
        skill: EXPORT_SKILL,
        ...issued,
        summary: `Export "${report.title}" to Word and Markdown.`,
      },
    };
  }
  const approverId = deps.approverId;
  if (approverId === undefined || approverId === report.authorId) {
    const notice =
      approverId === undefined
        ? `A ${report.audience} report can only be exported after a second person approves it, and no approver is configured. Ask an administrator.`
        : `A ${report.audience} report needs a second approver, and you are the configured approver. Ask an administrator to name someone else.`;
    return { ...base, card: renderReportPreviewCard({ report, skills, notice, ...inLocale }), audit };
  }
  const unreadable = await deps.unreadableBy(
    approverId,
    report.sources.map((s) => s.docId),
  );
  if (unreadable > 0) {
    const status = `${approverName(deps)} cannot approve this report: ${unreadable} of its ${report.sources.length} sources ${unreadable === 1 ? 'is a document' : 'are documents'} they may not read, so it was not sent for approval. Regenerate it with a narrower topic, or ask an administrator.`;
    return {
      ...base,
      card: renderReportPreviewCard({ report, skills, status, statusColor: 'Attention', ...inLocale }),
      audit: {
        ...audit,
        action: 'approval_refused',
        detail: `${report.id} approver may not read ${unreadable} sources`,
      },
    };
  }
  const existing = await deps.approvals.get(report.id);
  const record =
    existing ??
    (await deps.approvals.request({
      reportId: report.id,
      authorId: report.authorId,
      approverId,
      requestedAt: new Date().toISOString(),
    }));
  const card = authorWaitingCard(report, record, deps);
  if (existing) return { ...base, card, audit };
  const approverCard = await approverRequestCard(report, deps, author);
  return {
    ...base,
    card,
    audit: { ...audit, action: 'approval_requested' },
    approval: { kind: 'requested', reportId: report.id, approverId, approverCard },
  };
}

/** The author's card while an approval is pending, or after a rejection (the approved card is the export's). */
export function authorWaitingCard(
  report: Report,
  record: ApprovalRecord,
  deps: ReportSkillDeps,
): AdaptiveCard {
  if (record.state === 'pending') {
    return renderReportPreviewCard({
      report,
      skills,
      status: `Waiting for approval from ${approverName(deps)}. You will see the decision here.`,
    });
  }
  return renderReportPreviewCard({
    report,
    skills,
    status: decisionLine(record, deps),
    statusColor: record.state === 'approved' ? 'Good' : 'Attention',
  });
}

/** "Rejected by Megan Bowen: <comment>" / "Approved by Megan Bowen." */
export function decisionLine(record: ApprovalRecord, deps: ReportSkillDeps): string {
  const verb = record.state === 'approved' ? 'Approved' : 'Rejected';
  return `${verb} by ${approverName(deps)}${record.comment ? `: ${record.comment}` : '.'}`;
}

/**
 * The approver's card: the draft with its sources (links made for the approver, never the author's), who asks,
 * and Approve and export / Reject with a comment, on a single-use token bound to the approver (valid
 * `APPROVAL_TTL_SECONDS`). The caller must have checked that the approver may read every source.
 */
export async function approverRequestCard(
  report: Report,
  deps: ReportSkillDeps,
  author: Pick<SkillUser, 'id' | 'name'>,
): Promise<{ card: AdaptiveCard; text: string }> {
  const approverId = deps.approverId as string;
  const draft: ExportDraft = { reportId: report.id, audience: report.audience, authorId: report.authorId };
  const { token } = await deps.confirmations.issue({
    userId: approverId,
    skill: EXPORT_SKILL,
    draft,
    ttlSeconds: APPROVAL_TTL_SECONDS,
  });
  const forApprover = linkedFor(report, deps, approverId);
  const asker = author.name ?? 'A colleague';
  const status = `${asker} asks you to approve this ${report.audience} report. Approving exports it to Word and Markdown for them; rejecting sends them your comment.`;
  return {
    card: renderReportPreviewCard({ report: forApprover, skills, approveToken: token, status }),
    text: `${status}\n\n${reportPlainText(forApprover)}`,
  };
}

/**
 * `report` with every source linked for `userId` (`deps.sourceLinkFor` over the source's own address and
 * passage), never with the links stored for the author; without `sourceLinkFor`, the source's own address.
 */
export function linkedFor(report: Report, deps: ReportSkillDeps, userId: string): Report {
  const viewer: SkillUser = { id: userId, principals: [] };
  const linkFor = deps.sourceLinkFor;
  return {
    ...report,
    sources: report.sources.map((source) => ({
      ...source,
      url: linkFor
        ? linkFor({ docId: source.docId, url: source.sourceUrl ?? '', chunkId: source.anchor ?? '' }, viewer)
        : (source.sourceUrl ?? ''),
    })),
  };
}

export function citationsOf(report: Report): CitationView[] {
  return report.sources.map((s) => ({ n: s.n, title: s.title, url: s.url, heading: '', snippet: '' }));
}
