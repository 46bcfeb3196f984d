import type Database from 'better-sqlite3';

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

/**
 * Thumbs up/down (with an optional comment) on AI answers, kept with the answer's question and cited sources so
 * poor answers can be found and their documents fixed. Feedback is accepted only from the user the answer was
 * for; a second reaction to the same answer replaces the first. Comments are capped at 2,000 characters.
 */
export class FeedbackStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS answers (
        conversation_id TEXT NOT NULL, message_id TEXT NOT NULL, user_id TEXT NOT NULL, skill TEXT NOT NULL,
        question TEXT NOT NULL, source_ids TEXT NOT NULL, created_at TEXT NOT NULL,
        PRIMARY KEY (conversation_id, message_id));
      CREATE TABLE IF NOT EXISTS feedback (
        conversation_id TEXT NOT NULL, message_id TEXT NOT NULL, reaction TEXT NOT NULL, comment TEXT NOT NULL,
        at TEXT NOT NULL, PRIMARY KEY (conversation_id, message_id));`);
  }

  recordAnswer(answer: AnswerRecord): void {
    this.db
      .prepare('INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(
        answer.conversationId,
        answer.messageId,
        answer.userId,
        answer.skill,
        answer.question.slice(0, 2000),
        JSON.stringify(answer.sourceIds),
        this.now().toISOString(),
      );
  }

  /** Stores feedback on an answer; false (nothing stored) when the answer is unknown or was for someone else. */
  recordFeedback(input: {
    conversationId: string;
    messageId: string;
    userId: string;
    reaction: Reaction;
    comment: string;
  }): boolean {
    const answer = this.db
      .prepare('SELECT user_id FROM answers WHERE conversation_id = ? AND message_id = ?')
      .get(input.conversationId, input.messageId) as { user_id: string } | undefined;
    if (!answer || answer.user_id !== input.userId) return false;
    this.db
      .prepare('INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?, ?)')
      .run(
        input.conversationId,
        input.messageId,
        input.reaction,
        input.comment.slice(0, 2000),
        this.now().toISOString(),
      );
    return true;
  }

  /** Feedback with its answers, newest first; `reaction` filters (e.g. `dislike` to find poor answers). */
  list(options: { reaction?: Reaction; limit?: number } = {}): FeedbackRow[] {
    const rows = this.db
      .prepare(
        `SELECT a.*, f.reaction, f.comment, f.at FROM feedback f JOIN answers a USING (conversation_id, message_id)
         WHERE (@reaction IS NULL OR f.reaction = @reaction) ORDER BY f.at DESC LIMIT @limit`,
      )
      .all({ reaction: options.reaction ?? null, limit: options.limit ?? 100 }) as {
      conversation_id: string;
      message_id: string;
      user_id: string;
      skill: string;
      question: string;
      source_ids: string;
      reaction: Reaction;
      comment: string;
      at: string;
    }[];
    return rows.map((row) => ({
      conversationId: row.conversation_id,
      messageId: row.message_id,
      userId: row.user_id,
      skill: row.skill,
      question: row.question,
      sourceIds: JSON.parse(row.source_ids) as string[],
      reaction: row.reaction,
      comment: row.comment,
      at: row.at,
    }));
  }
}
