import type { AnswerEvent, AnswerOutcome } from './AnswerLog';

/** One event as a store keeps it: unset optional fields null or absent, document ids as JSON arrays. */
export interface StoredAnswerEvent {
  readonly id: string;
  readonly at: string;
  readonly surface: string;
  readonly skill: string;
  readonly userId: string;
  readonly conversationId?: string | null;
  readonly question: string;
  readonly brand?: string | null;
  readonly outcome: AnswerOutcome;
  readonly cited: string;
  readonly closest: string;
  readonly answerText: string;
}

/** The `AnswerEvent` of a stored event: unset optional fields absent, document ids parsed. */
export function answerEvent(stored: StoredAnswerEvent): AnswerEvent {
  return {
    id: stored.id,
    at: stored.at,
    surface: stored.surface,
    skill: stored.skill,
    userId: stored.userId,
    ...(typeof stored.conversationId === 'string' ? { conversationId: stored.conversationId } : {}),
    question: stored.question,
    ...(typeof stored.brand === 'string' ? { brand: stored.brand } : {}),
    outcome: stored.outcome,
    citedSourceIds: JSON.parse(stored.cited) as string[],
    closestSourceIds: JSON.parse(stored.closest) as string[],
    answerText: stored.answerText,
  };
}
