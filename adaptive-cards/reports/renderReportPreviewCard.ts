import { formatMessage } from '../messages/formatMessage';
import type { Messages } from '../messages/Messages';
import { messagesFor } from '../messages/messagesFor';
import type { AdaptiveCard } from '../AdaptiveCard';
import { MAX_CARD_BYTES, cardBytes } from '../cardBudget';
import { expandTemplate } from '../expandTemplate';
import { safeHttpUrl } from '../safeHttpUrl';
import { safeText } from '../safeText';
import previewTemplate from '../templates/reports/reportPreview.json';
import { EXTERNAL_AUDIENCES, type ReportCardReport, type ReportSkillNames } from './ReportCardModel';
import { audienceBadge, clip, inertValue, metaLine, tokenValue, withMarkers } from './reportCardText';

export interface ReportPreviewCardModel {
  report: ReportCardReport;
  /**
   * Confirmation token for the export button (url-safe base64 as issued; anything else is ignored); without it
   * the card has no Export and no Discard button.
   */
  exportToken?: string;
  /**
   * The approver's card: confirmation token (as issued) for **Approve and export** and **Reject** (both verb
   * `confirm`, data `{ skill: <export>, token, decision: 'approve' | 'reject' }`) with a `comment` input; the
   * card then has no Export, Discard or Regenerate (the approver decides, the author edits).
   */
  approveToken?: string;
  /** Where the report stands, in bold under the metadata (e.g. "Waiting for approval from Megan Bowen."). */
  status?: string;
  /** Colour of `status`: `Accent` (default, waiting), `Good` (approved) or `Attention` (rejected, refused). */
  statusColor?: 'Accent' | 'Good' | 'Attention';
  /** Extra line shown in attention colour (e.g. "Export needs a second approver; none is configured."). */
  notice?: string;
  /** Whether the card offers Regenerate with the changes input; default true unless `approveToken` is set. */
  regenerate?: boolean;
  skills?: ReportSkillNames;
  /** The reader's locale: the card's fixed texts come from its catalog (English by default). */
  locale?: string;
}

/** Longest comment the approver's card accepts (the export skill's limit). */
export const COMMENT_MAX_LENGTH = 500;

/** Longest `changes` text the Regenerate input accepts (the draft skill's limit). */
export const CHANGES_MAX_LENGTH = 500;

interface Limits {
  text: number;
  findings: number;
  sections: number;
  sources: number;
  links: boolean;
  summary: number;
  questions: number;
}

/** Budget ladder, fullest first; the last rung always fits. */
const LADDER: readonly Limits[] = [
  { text: 600, findings: 99, sections: 99, sources: 40, links: true, summary: 3, questions: 8 },
  { text: 300, findings: 6, sections: 40, sources: 30, links: true, summary: 3, questions: 8 },
  { text: 200, findings: 4, sections: 20, sources: 20, links: true, summary: 3, questions: 6 },
  { text: 160, findings: 3, sections: 12, sources: 15, links: true, summary: 3, questions: 5 },
  { text: 120, findings: 2, sections: 8, sources: 10, links: true, summary: 3, questions: 4 },
  { text: 100, findings: 1, sections: 5, sources: 8, links: false, summary: 2, questions: 3 },
  { text: 80, findings: 0, sections: 0, sources: 5, links: false, summary: 1, questions: 2 },
  { text: 60, findings: 0, sections: 0, sources: 0, links: false, summary: 0, questions: 0 },
];

/**
 * The report preview: title, audience badge, metadata, summary, every section heading with its findings
 * (each ending with `[n]` markers), open questions, numbered sources (titles linked only for http(s) URLs),
 * a footnote saying who wrote it ("Written by <model> from N documents" or "Extracted from N documents"),
 * the optional status and notice, and buttons: Export (`Action.Execute` verb `confirm`, data `{ skill: <export>,
 * token }`), Regenerate (verb `invoke`, data `{ skill: <draft>, topic, brand?, period?, audience }` plus the
 * `changes` Input.Text) and Discard (verb `cancel`, same data as Export); or, on the approver's card
 * (`approveToken`), Approve and export and Reject with a `comment` input.
 * All text goes through `safeText`; data values are made inert (`inertValue`). When the card would exceed
 * `MAX_CARD_BYTES` it steps down a ladder (shorter findings, fewer findings per section, fewer sections and
 * sources, no links) and says what was left out; the exported file always has the full report. Never throws.
 */
export function renderReportPreviewCard(model: ReportPreviewCardModel): AdaptiveCard {
  for (const limits of LADDER) {
    const card = draw(model, limits);
    if (cardBytes(card) <= MAX_CARD_BYTES) return card;
  }
  return draw(model, LADDER[LADDER.length - 1] as Limits);
}

function draw(model: ReportPreviewCardModel, limits: Limits): AdaptiveCard {
  const report = model.report;
  const m = messagesFor(model.locale).reports;
  const external = EXTERNAL_AUDIENCES.includes(report.audience);
  const allFindings = report.sections.reduce((sum, s) => sum + s.findings.length, 0);
  const sections = report.sections.slice(0, limits.sections).map((section) => ({
    heading: clip(section.heading, 200) || m.section,
    findings: section.findings
      .slice(0, limits.findings)
      .map((f) => ({ text: withMarkers(clip(f.text, limits.text), f.citations) })),
  }));
  const shownFindings = sections.reduce((sum, s) => sum + s.findings.length, 0);
  const truncated =
    report.summary.length > limits.summary ||
    report.openQuestions.length > limits.questions ||
    [...report.summary, ...report.sections.flatMap((s) => s.findings)].some(
      (s) => Array.from(safeText(s.text)).length > limits.text,
    );
  const sources = report.sources.slice(0, limits.sources).map((s) => sourceLine(s, limits.links, m.source));
  if (report.sources.length > limits.sources) {
    sources.push({ text: formatMessage(m.moreSources, { count: report.sources.length - limits.sources }) });
  }
  const skills = {
    draft: model.skills?.draft ?? 'draft_report',
    export: model.skills?.export ?? 'export_report',
  };
  const approveToken = tokenValue(model.approveToken);
  const token = approveToken === '' ? tokenValue(model.exportToken) : '';
  const card = expandTemplate(previewTemplate, {
    labels: m,
    title: clip(report.title, 200) || m.report,
    badge: audienceBadge(report.audience, external, model.locale),
    badgeColor: external ? 'Attention' : 'Accent',
    meta: metaLine(report, model.locale),
    summary: report.summary
      .slice(0, limits.summary)
      .map((s) => ({ text: withMarkers(clip(s.text, limits.text), s.citations) })),
    sections,
    shortenedNote:
      shownFindings < allFindings || sections.length < report.sections.length
        ? formatMessage(m.shortenedCounts, {
            shown: shownFindings,
            all: allFindings,
            sections: sections.length,
            allSections: report.sections.length,
          })
        : truncated
          ? m.shortenedText
          : '',
    openQuestions: report.openQuestions
      .slice(0, limits.questions)
      .map((q) => ({ text: `• ${clip(q, 300)}` })),
    sources,
    status: clip(model.status, 700),
    statusColor: model.statusColor ?? 'Accent',
    notice: clip(model.notice, 400),
    footnote: footnoteOf(report, m),
    changesMaxLength: CHANGES_MAX_LENGTH,
    commentMaxLength: COMMENT_MAX_LENGTH,
    regenerable: model.regenerate ?? approveToken === '',
    exportTitle: m.export,
    exportSkill: skills.export,
    exportToken: token,
    approveToken,
    regenerate: {
      skill: skills.draft,
      topic: inertValue(report.topic, 300),
      ...(report.brand ? { brand: inertValue(report.brand, 40) } : {}),
      ...(report.period ? { period: inertValue(report.period, 50) } : {}),
      audience: inertValue(report.audience, 40),
    },
  });
  if (card.actions !== undefined && card.actions.length === 0) delete card.actions;
  return card;
}

/** "Written by <model> from N documents …" for a model-written report, else "Extracted from N documents …". */
function footnoteOf(report: ReportCardReport, m: Messages['reports']): string {
  const count = report.sources.length;
  const documents = count === 1 ? m.documentsOne : formatMessage(m.documentsMany, { count });
  const model = clip(report.writtenBy, 60);
  return model
    ? formatMessage(m.writtenFooter, { model, documents })
    : formatMessage(m.extractedFooter, { documents });
}

function sourceLine(
  source: ReportCardReport['sources'][number],
  links: boolean,
  untitled: string,
): { text: string } {
  const title = clip(source.title, 150) || formatMessage(untitled, { n: source.n });
  const url = links ? safeHttpUrl(source.url) : undefined;
  return { text: `[${source.n}] ${url ? `[${title}](${url})` : title}` };
}
