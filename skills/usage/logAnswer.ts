import crypto from 'node:crypto';
import type { SkillContext, SkillResult } from '../SkillDescriptor';
import type { AnswerLog } from './AnswerLog';

/** Where `logAnswer` writes (as `SkillRegistryOptions`). */
export interface LogAnswerOptions {
  readonly answers?: AnswerLog;
  readonly onAnswerLogError?: (error: unknown) => void;
  /** Clock of the answer log's times (tests); default the current time. */
  readonly now?: () => Date;
}

/**
 * Writes a result of `skill` that answers a question (`result.answer`) to `options.answers`; nothing without
 * either. The answer text is kept for `answered` outcomes only. A failed write is told to `onAnswerLogError`
 * and never rejects.
 */
export async function logAnswer(
  options: LogAnswerOptions,
  skill: string,
  context: SkillContext,
  result: SkillResult,
): Promise<void> {
  const answers = options.answers;
  if (!answers || !result.answer) return;
  const { question, outcome, brand, closestSourceIds } = result.answer;
  await answers
    .record({
      id: crypto.randomUUID(),
      at: (options.now?.() ?? new Date()).toISOString(),
      surface: context.surface,
      skill,
      userId: context.user.id,
      ...(context.conversationId ? { conversationId: context.conversationId } : {}),
      question,
      ...(brand ? { brand } : {}),
      outcome,
      citedSourceIds: result.audit?.sourceIds ?? [],
      closestSourceIds,
      answerText: outcome === 'answered' ? result.text : '',
    })
    .catch((error: unknown) => options.onAnswerLogError?.(error));
}
