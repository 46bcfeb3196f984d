import type { SkillResult } from '../../skills/SkillDescriptor';

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
  readonly confirmation?: SkillApiConfirmation;
}

/** The API view of a skill result: its text, provenance and pending confirmation; never the card. */
export function toSkillApiResponse(skill: string, result: SkillResult): SkillApiResponse {
  return {
    skill,
    text: result.text,
    aiGenerated: result.aiGenerated,
    citations: result.citations.map(({ n, title, url }) => ({ n, title, url })),
    ...(result.confirmation
      ? {
          confirmation: {
            skill: result.confirmation.skill,
            token: result.confirmation.token,
            expiresAt: result.confirmation.expiresAt,
            summary: result.confirmation.summary,
          },
        }
      : {}),
  };
}
