import type Database from 'better-sqlite3';
import {
  FEEDBACK_TEXT_CHARS,
  type AnswerRecord,
  type FeedbackInput,
  type FeedbackRow,
  type FeedbackStore,
  type Reaction,
} from './FeedbackStore';

export interface SqliteFeedbackStoreOptions {
  /** An open SQLite database (the app's `state.sqlite`); the store creates its `answers` and `feedback` tables. */
  readonly db: Database.Database;
  /** Clock for the records' times (tests); default the current time. */
  readonly now?: () => Date;
}

/** `FeedbackStore` in two SQLite tables, `answers` and `feedback`, joined by (conversation, message). */
export class SqliteFeedbackStore implements FeedbackStore {
  private readonly db: Database.Database;
  private readonly now: () => Date;

  constructor(options: SqliteFeedbackStoreOptions) {
    this.db = options.db;
    this.now = options.now ?? (() => new Date());
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS answers (
        conversation_id TEXT NOT NULL, message_id TEXT NOT NULL, user_id TEXT NOT NULL, skill TEXT NOT NULL,
        question TEXT NOT NULL, source_ids TEXT NOT NULL, created_at TEXT NOT NULL,
        PRIMARY KEY (conversation_id, message_id));
      CREATE TABLE IF NOT EXISTS feedback (
        conversation_id TEXT NOT NULL, message_id TEXT NOT NULL, reaction TEXT NOT NULL, comment TEXT NOT NULL,
        at TEXT NOT NULL, PRIMARY KEY (conversation_id, message_id));`);
  }

  async recordAnswer(answer: AnswerRecord): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(
        answer.conversationId,
        answer.messageId,
        answer.userId,
        answer.skill,
        answer.question.slice(0, FEEDBACK_TEXT_CHARS),
        JSON.stringify(answer.sourceIds),
        this.now().toISOString(),
      );
  }

  async recordFeedback(input: FeedbackInput): Promise<boolean> {
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
        input.comment.slice(0, FEEDBACK_TEXT_CHARS),
        this.now().toISOString(),
      );
    return true;
  }

  async latestAnswerId(conversationId: string, userId: string): Promise<string | undefined> {
    // rowid breaks ties between answers recorded in the same millisecond (INSERT OR REPLACE gives a new one).
    const row = this.db
      .prepare(
        `SELECT message_id FROM answers WHERE conversation_id = ? AND user_id = ?
         ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .get(conversationId, userId) as { message_id: string } | undefined;
    return row?.message_id;
  }

  /**
   * Retention: removes feedback given before `cutoff`, then answers recorded before it that no feedback is
   * left on. Resolves with the number of rows removed.
   */
  async purgeBefore(cutoff: Date): Promise<number> {
    const at = cutoff.toISOString();
    return this.db.transaction(() => {
      const feedback = this.db.prepare('DELETE FROM feedback WHERE at < ?').run(at).changes;
      const answers = this.db
        .prepare(
          `DELETE FROM answers WHERE created_at < ? AND NOT EXISTS (SELECT 1 FROM feedback f
             WHERE f.conversation_id = answers.conversation_id AND f.message_id = answers.message_id)`,
        )
        .run(at).changes;
      return feedback + answers;
    })();
  }

  /** Every answer recorded for `userId`, with the feedback they gave on it (if any). */
  async recordsAbout(userId: string): Promise<Record<string, unknown>[]> {
    return this.db
      .prepare(
        `SELECT a.*, f.reaction, f.comment, f.at FROM answers a LEFT JOIN feedback f USING (conversation_id, message_id)
         WHERE a.user_id = ? ORDER BY a.created_at`,
      )
      .all(userId) as Record<string, unknown>[];
  }

  /** Removes every answer recorded for `userId` and their feedback; resolves with the number of rows removed. */
  async eraseUser(userId: string): Promise<number> {
    return this.db.transaction(() => {
      const feedback = this.db
        .prepare(
          `DELETE FROM feedback WHERE EXISTS (SELECT 1 FROM answers a WHERE a.user_id = ?
             AND a.conversation_id = feedback.conversation_id AND a.message_id = feedback.message_id)`,
        )
        .run(userId).changes;
      return feedback + this.db.prepare('DELETE FROM answers WHERE user_id = ?').run(userId).changes;
    })();
  }

  async list(options: { reaction?: Reaction; limit?: number } = {}): Promise<FeedbackRow[]> {
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
