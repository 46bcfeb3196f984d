export type Reaction = 'like' | 'dislike';

/** One answer that feedback can attach to: which message, for whom, what was asked, which sources it cited. */
export interface AnswerRecord {
  readonly messageId: string;
  readonly conversationId: string;
  readonly userId: string;
  readonly skill: string;
  readonly question: string;
  readonly sourceIds: readonly string[];
}

export interface FeedbackRow extends AnswerRecord {
  readonly reaction: Reaction;
  readonly comment: string;
  readonly at: string;
}

/** Longest question and comment kept, in characters; longer ones are cut. */
export const FEEDBACK_TEXT_CHARS = 2000;

/** Feedback on one answer, as `FeedbackStore.recordFeedback` takes it. */
export interface FeedbackInput {
  conversationId: string;
  messageId: string;
  /** Who gave the feedback: it is stored only when the answer was for them. */
  userId: string;
  reaction: Reaction;
  comment: string;
}

/**
 * Thumbs up/down (with an optional comment) on AI answers, kept with the answer's question and cited sources so
 * poor answers can be found and their documents fixed.
 *
 * Contract every implementation keeps (`test/skills/feedback/FeedbackStore.contract.ts`):
 * - An answer is keyed by (conversation, message); recording it again replaces it.
 * - `recordFeedback` stores only on a recorded answer and only from the user it was for (else false, nothing
 *   stored); a second reaction to the same answer replaces the first.
 * - Questions and comments are cut at `FEEDBACK_TEXT_CHARS`.
 * - `list` returns feedback joined with its answer, newest first, at most `limit` (default 100), only
 *   `reaction` when given.
 * - `latestAnswerId` is the message id of the answer recorded last for that user in that conversation (a
 *   re-recorded answer counts as recorded then), or undefined when there is none.
 */
export interface FeedbackStore {
  recordAnswer(answer: AnswerRecord): Promise<void>;
  /** Stores feedback on an answer; false (nothing stored) when the answer is unknown or was for someone else. */
  recordFeedback(input: FeedbackInput): Promise<boolean>;
  /**
   * The message id of the newest answer for `userId` in `conversationId`: where feedback from a client that
   * names no message (the Agents Playground sends no `replyToId`) belongs.
   */
  latestAnswerId(conversationId: string, userId: string): Promise<string | undefined>;
  /** Feedback with its answers, newest first; `reaction` filters (e.g. `dislike` to find poor answers). */
  list(options?: { reaction?: Reaction; limit?: number }): Promise<FeedbackRow[]>;
}
