import {
  FEEDBACK_TEXT_CHARS,
  type AnswerRecord,
  type FeedbackInput,
  type FeedbackRow,
  type FeedbackStore,
  type Reaction,
} from './FeedbackStore';

/** An answer as a store keeps it: the question cut at `FEEDBACK_TEXT_CHARS`, the source ids as a JSON array. */
export interface KeptAnswer {
  readonly conversationId: string;
  readonly messageId: string;
  readonly userId: string;
  readonly skill: string;
  readonly question: string;
  readonly sourceIds: string;
}

/** A reaction as a store keeps it: the comment cut at `FEEDBACK_TEXT_CHARS`, when it was given (ISO 8601). */
export interface KeptReaction {
  readonly reaction: Reaction;
  readonly comment: string;
  readonly at: string;
}

/** The answer a store kept, as recorded (the question as cut). */
export function answerRecord(kept: KeptAnswer): AnswerRecord {
  return {
    conversationId: kept.conversationId,
    messageId: kept.messageId,
    userId: kept.userId,
    skill: kept.skill,
    question: kept.question,
    sourceIds: JSON.parse(kept.sourceIds) as string[],
  };
}

/**
 * The `FeedbackStore` contract over a narrow persistence interface: a subclass keeps answers and reactions
 * keyed by (conversation, message), replacing what was kept under that key, and reads back the newest
 * reactions joined with their answers; what is cut, who may react and the rows `list` returns are decided here.
 */
export abstract class KeptFeedbackStore implements FeedbackStore {
  protected readonly now: () => Date;

  /** `now`: clock for the records' times (tests); default the current time. */
  protected constructor(now: (() => Date) | undefined) {
    this.now = now ?? (() => new Date());
  }

  abstract latestAnswerId(conversationId: string, userId: string): Promise<string | undefined>;
  /** Keeps `answer` (recorded at `at`, ISO 8601), replacing the one kept for its conversation and message. */
  protected abstract keepAnswer(answer: KeptAnswer, at: string): Promise<void>;
  /** Who the answer kept for (conversation, message) was for, or undefined when none is kept. */
  protected abstract answerUser(conversationId: string, messageId: string): Promise<string | undefined>;
  /** Keeps `reaction` on the answer for (conversation, message), replacing the one kept there. */
  protected abstract keepReaction(
    conversationId: string,
    messageId: string,
    reaction: KeptReaction,
  ): Promise<void>;
  /**
   * The newest `limit` reactions (only `reaction` when given), newest first, each with its answer; a reaction
   * whose answer is gone may be left out.
   */
  protected abstract newestReactions(
    reaction: Reaction | undefined,
    limit: number,
  ): Promise<{ answer: KeptAnswer; reaction: KeptReaction }[]>;

  async recordAnswer(answer: AnswerRecord): Promise<void> {
    const kept: KeptAnswer = {
      conversationId: answer.conversationId,
      messageId: answer.messageId,
      userId: answer.userId,
      skill: answer.skill,
      question: answer.question.slice(0, FEEDBACK_TEXT_CHARS),
      sourceIds: JSON.stringify(answer.sourceIds),
    };
    await this.keepAnswer(kept, this.now().toISOString());
  }

  async recordFeedback(input: FeedbackInput): Promise<boolean> {
    if ((await this.answerUser(input.conversationId, input.messageId)) !== input.userId) return false;
    await this.keepReaction(input.conversationId, input.messageId, {
      reaction: input.reaction,
      comment: input.comment.slice(0, FEEDBACK_TEXT_CHARS),
      at: this.now().toISOString(),
    });
    return true;
  }

  async list(options: { reaction?: Reaction; limit?: number } = {}): Promise<FeedbackRow[]> {
    const newest = await this.newestReactions(options.reaction, options.limit ?? 100);
    return newest.map(({ answer, reaction }) => ({
      ...answerRecord(answer),
      reaction: reaction.reaction,
      comment: reaction.comment,
      at: reaction.at,
    }));
  }
}
