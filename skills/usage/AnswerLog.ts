/** Whether a question got an answer: `declined` when the skill found nothing relevant and said so. */
export type AnswerOutcome = 'answered' | 'declined';

/** One question a skill answered (or declined), on any surface: what the admin console's usage panels read. */
export interface AnswerEvent {
  /** Unique id of the event. */
  readonly id: string;
  /** ISO 8601 time the answer was given. */
  readonly at: string;
  /** The surface that asked (`teams`, `copilot`, ...; see `SkillContext.surface`). */
  readonly surface: string;
  readonly skill: string;
  /** Who asked (Entra object id or local id): the console pseudonymises it unless the admin may see names. */
  readonly userId: string;
  readonly conversationId?: string;
  /** The question as answered (after follow-up rewriting); cut at {@link ANSWER_LOG_TEXT_CHARS}. */
  readonly question: string;
  /** The brand the question was about (its `brand` parameter, a brand it names, or its first source's). */
  readonly brand?: string;
  readonly outcome: AnswerOutcome;
  /** Documents the answer cited, in citation order (empty when declined). */
  readonly citedSourceIds: readonly string[];
  /** Documents the search ranked best, best first (for a declined question: what came closest). */
  readonly closestSourceIds: readonly string[];
  /** The answer's plain text (empty when declined); cut at {@link ANSWER_LOG_TEXT_CHARS}. */
  readonly answerText: string;
}

/** Longest question and answer text kept, in characters; longer ones are cut. */
export const ANSWER_LOG_TEXT_CHARS = 4000;

/**
 * The record of questions and their outcomes, for usage figures, knowledge gaps and citation counts (the
 * admin console). Written by the skill registry, the one gate every surface's skill calls pass through.
 *
 * Contract every implementation keeps (`test/skills/usage/AnswerLog.contract.ts`):
 * - `record` stores the event as given (texts cut at `ANSWER_LOG_TEXT_CHARS`); recording an event again (same id
 *   and time, e.g. a retry) replaces it.
 * - `list` returns events at or after `since` (ISO time; default all), newest first, at most `limit`
 *   (default 10,000).
 * - Events persist across store objects over the same storage (a restart, a second instance).
 */
export interface AnswerLog {
  record(event: AnswerEvent): Promise<void>;
  list(options?: { since?: string; limit?: number }): Promise<AnswerEvent[]>;
}
