import { safeHttpUrl, safeText, truncateText } from '../../adaptive-cards';

/** Longest `text`, citation title and confirmation summary the API returns (Copilot renders them in one card). */
export const API_TEXT_LIMITS = { text: 8_000, title: 200, summary: 500, label: 60 } as const;
import type { SkillResult } from '../SkillDescriptor';

/** One numbered source of an answer; `n` is the number the `[n]` markers in `text` refer to. */
export interface SkillApiCitation {
  readonly n: number;
  readonly title: string;
  /** Link the caller's user opens (a signed viewer link issued for that user, or the document's own URL). */
  readonly url: string;
}

/**
 * A proposal waiting for the user's confirmation: send `token` to `POST /api/skills/{skill}/confirm`
 * before `expiresAt` (ISO 8601). Single-use, bound to the user it was issued for. `skill` is the skill whose
 * confirm operation consumes it (e.g. `export_report` for a `draft_report` result).
 */
export interface SkillApiConfirmation {
  readonly skill: string;
  readonly token: string;
  readonly expiresAt: string;
  readonly summary: string;
}

/** The 200 body of every plugin API skill operation (schema: `components.schemas.SkillApiResponse`). */
export interface SkillApiResponse {
  readonly skill: string;
  /** Plain text of the result, with `[n]` citation markers. */
  readonly text: string;
  readonly aiGenerated: boolean;
  readonly citations: readonly SkillApiCitation[];
  /** The most restrictive sensitivity label of the cited documents (its display name); absent when none has one. */
  readonly sensitivityLabel?: string;
  readonly confirmation?: SkillApiConfirmation;
}

/**
 * One line of a result's text made inert (`safeText`), with what is ours and harmless put back: the `[n]`
 * citation markers (never followed by `(` or `:`, so they can't become links or link definitions) and a
 * leading `#` before a digit (a ticket number; a heading needs a space after `#`).
 */
function inertLine(line: string): string {
  return safeText(line)
    .replace(/［(\d{1,3})］(?![(:（])/gu, '[$1]')
    .replace(/^＃(?=\d)/u, '#');
}

/**
 * The API view of a skill result: its text, provenance and pending confirmation; never the card. Everything
 * that came from documents, users or a model is made inert on the way out, exactly as on Teams cards
 * (`safeText`, line by line so the `[n]` lines stay lines): no markdown link, image, HTML or template
 * expression survives, whoever renders it (Copilot's response template renders TextBlock markdown). A
 * citation keeps its URL only when it is an absolute http(s) URL (`safeHttpUrl`), else the URL is empty.
 * Texts are bounded (`API_TEXT_LIMITS`), so the response template's card stays within Teams' 28 KB.
 */
export function toSkillApiResponse(skill: string, result: SkillResult): SkillApiResponse {
  return {
    skill,
    text: truncateText(result.text.split('\n').map(inertLine).join('\n'), API_TEXT_LIMITS.text),
    aiGenerated: result.aiGenerated,
    citations: result.citations.map(({ n, title, url }) => ({
      n,
      title: truncateText(safeText(title), API_TEXT_LIMITS.title),
      url: safeHttpUrl(url) ?? '',
    })),
    ...(result.sensitivityLabel
      ? { sensitivityLabel: truncateText(safeText(result.sensitivityLabel.name), API_TEXT_LIMITS.label) }
      : {}),
    ...(result.confirmation
      ? {
          confirmation: {
            skill: result.confirmation.skill,
            token: result.confirmation.token,
            expiresAt: result.confirmation.expiresAt,
            summary: truncateText(safeText(result.confirmation.summary), API_TEXT_LIMITS.summary),
          },
        }
      : {}),
  };
}
