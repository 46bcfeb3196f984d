import { renderReportPreviewCard } from '../../adaptive-cards/reports';
import type { AdaptiveCard, CitationView } from '../../adaptive-cards';
import type { SkillResult, SkillUser } from '../SkillDescriptor';
import { needsSecondApprover, type Report } from './Report';
import type { ExportDraft, ReportSkillDeps } from './ReportSkillDeps';
import { reportPlainText } from './reportPlainText';

export const DRAFT_SKILL = 'draft_report';
export const EXPORT_SKILL = 'export_report';

/** Who may see a stored report's card: its author, and for customer/external reports the configured approver. */
export function mayView(report: Report, user: SkillUser, deps: ReportSkillDeps): boolean {
  if (user.id === report.authorId) return true;
  return needsSecondApprover(report.audience) && deps.approverId !== undefined && user.id === deps.approverId;
}

/**
 * The preview card of a stored report, with a fresh single-use export token: for internal and management
 * reports bound to the author; for customer and external reports bound to the configured approver (the button
 * then reads "Approve and export"), and no token at all when no approver is configured or the author is the
 * approver (the card says a second approver is needed). The caller must have checked `mayView`.
 */
export async function reportPreview(
  report: Report,
  deps: ReportSkillDeps,
  audit: SkillResult['audit'],
): Promise<SkillResult> {
  const draft: ExportDraft = { reportId: report.id, audience: report.audience, authorId: report.authorId };
  let issued: { token: string; expiresAt: string } | undefined;
  const issue = async (userId: string) =>
    (issued = await deps.confirmations.issue({ userId, skill: EXPORT_SKILL, draft })).token;
  const skills = { draft: DRAFT_SKILL, export: EXPORT_SKILL };
  let card: AdaptiveCard;
  if (!needsSecondApprover(report.audience)) {
    card = renderReportPreviewCard({ report, exportToken: await issue(report.authorId), skills });
  } else if (deps.approverId === undefined || deps.approverId === report.authorId) {
    card = renderReportPreviewCard({
      report,
      skills,
      notice:
        deps.approverId === undefined
          ? `A ${report.audience} report can only be exported after a second person approves it, and no approver is configured. Ask an administrator.`
          : `A ${report.audience} report needs a second approver, and you are the configured approver. Ask an administrator to name someone else.`,
    });
  } else {
    card = renderReportPreviewCard({
      report,
      skills,
      exportToken: await issue(deps.approverId),
      needsApprovalBy: deps.approverName ?? 'the configured approver',
    });
  }
  return {
    card,
    text: reportPlainText(report),
    aiGenerated: true,
    citations: citationsOf(report),
    ...(audit ? { audit } : {}),
    ...(issued
      ? {
          confirmation: {
            skill: EXPORT_SKILL,
            ...issued,
            summary: needsSecondApprover(report.audience)
              ? `Approve and export "${report.title}" (${report.audience}) to Word and Markdown; only ${deps.approverName ?? 'the configured approver'} can confirm.`
              : `Export "${report.title}" to Word and Markdown.`,
          },
        }
      : {}),
  };
}

export function citationsOf(report: Report): CitationView[] {
  return report.sources.map((s) => ({ n: s.n, title: s.title, url: s.url, heading: '', snippet: '' }));
}
