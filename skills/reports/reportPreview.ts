import { renderReportPreviewCard } from '../../adaptive-cards/reports';
import type { AdaptiveCard, CitationView } from '../../adaptive-cards';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import type { Messages } from '../../adaptive-cards/messages/Messages';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
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

/** The approver's display name, or a neutral phrase in `locale`'s language. */
export function approverName(deps: ReportSkillDeps, locale?: string): string {
  return deps.approverName ?? messagesFor(locale).replies.reports.theApprover;
}

/** How `audience` reads inside a sentence of `m`'s language; an unknown audience as given. */
export function audienceWord(m: Messages, audience: string): string {
  const words: Readonly<Record<string, string>> = m.replies.reports.audiences;
  return words[audience] ?? audience;
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
  /** The author's locale: the card's fixed texts, status lines and notices come from its catalog. */
  locale?: string,
): Promise<SkillResult> {
  const inLocale = locale ? { locale } : {};
  const m = messagesFor(locale).replies.reports;
  const audience = audienceWord(messagesFor(locale), report.audience);
  const base = {
    text: reportPlainText(report, locale),
    aiGenerated: true,
    subject: report.topic,
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
        summary: formatMessage(m.exportSummary, { title: report.title }),
      },
    };
  }
  const approverId = deps.approverId;
  if (approverId === undefined || approverId === report.authorId) {
    const notice = formatMessage(approverId === undefined ? m.noApprover : m.selfApprover, { audience });
    return { ...base, card: renderReportPreviewCard({ report, skills, notice, ...inLocale }), audit };
  }
  const unreadable = await deps.unreadableBy(
    approverId,
    report.sources.map((s) => s.docId),
  );
  if (unreadable > 0) {
    const status = formatMessage(unreadable === 1 ? m.approverCannotReadOne : m.approverCannotReadMany, {
      approver: approverName(deps, locale),
      unreadable,
      count: report.sources.length,
    });
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
  const card = authorWaitingCard(report, record, deps, locale);
  if (existing) return { ...base, card, audit };
  const approverCard = await approverRequestCard(report, deps, author, locale);
  return {
    ...base,
    card,
    audit: { ...audit, action: 'approval_requested' },
    approval: { kind: 'requested', reportId: report.id, approverId, approverCard },
  };
}

/**
 * The author's card while an approval is pending, or after a rejection (the approved card is the export's), in
 * `locale` (the author's when known; the approval store keeps no locale, so after a decision the deciding
 * approver's is used).
 */
export function authorWaitingCard(
  report: Report,
  record: ApprovalRecord,
  deps: ReportSkillDeps,
  locale?: string,
): AdaptiveCard {
  const inLocale = locale ? { locale } : {};
  if (record.state === 'pending') {
    return renderReportPreviewCard({
      report,
      skills,
      status: formatMessage(messagesFor(locale).replies.reports.waiting, {
        approver: approverName(deps, locale),
      }),
      ...inLocale,
    });
  }
  return renderReportPreviewCard({
    report,
    skills,
    status: decisionLine(record, deps, locale),
    statusColor: record.state === 'approved' ? 'Good' : 'Attention',
    ...inLocale,
  });
}

/** "Rejected by <approver>: <comment>" / "Approved by <approver>.", in `locale`'s language. */
export function decisionLine(record: ApprovalRecord, deps: ReportSkillDeps, locale?: string): string {
  const m = messagesFor(locale).replies.reports;
  const approved = record.state === 'approved';
  const template = record.comment
    ? approved
      ? m.approvedComment
      : m.rejectedComment
    : approved
      ? m.approved
      : m.rejected;
  return formatMessage(template, { approver: approverName(deps, locale), comment: record.comment ?? '' });
}

/**
 * The approver's card: the draft with its sources (links made for the approver, never the author's), who asks,
 * and Approve and export / Reject with a comment, on a single-use token bound to the approver (valid
 * `APPROVAL_TTL_SECONDS`). The caller must have checked that the approver may read every source. `locale`: the
 * language of the person the surface is serving (the approver's own locale is not known to the author's turn,
 * so a request made by the author is written in the author's).
 */
export async function approverRequestCard(
  report: Report,
  deps: ReportSkillDeps,
  author: Pick<SkillUser, 'id' | 'name'>,
  locale?: string,
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
  const messages = messagesFor(locale);
  const status = formatMessage(messages.replies.reports.approvalAsked, {
    asker: author.name ?? messages.replies.reports.aColleague,
    audience: audienceWord(messages, report.audience),
  });
  return {
    card: renderReportPreviewCard({
      report: forApprover,
      skills,
      approveToken: token,
      status,
      ...(locale ? { locale } : {}),
    }),
    text: `${status}\n\n${reportPlainText(forApprover, locale)}`,
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
