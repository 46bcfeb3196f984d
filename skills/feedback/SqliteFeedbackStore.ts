import type Database from 'better-sqlite3';
import type { Reaction } from './FeedbackStore';
import { KeptFeedbackStore, type KeptAnswer, type KeptReaction } from './KeptFeedbackStore';

export interface SqliteFeedbackStoreOptions {
  /** An open SQLite database (the app's `state.sqlite`); the store creates its `answers` and `feedback` tables. */
  readonly db: Database.Database;
  /** Clock for the records' times (tests); default the current time. */
  readonly now?: () => Date;
}

const FEEDBACK_TABLES = `
  CREATE TABLE IF NOT EXISTS answers (
    conversation_id TEXT NOT NULL, message_id TEXT NOT NULL, user_id TEXT NOT NULL, skill TEXT NOT NULL,
    question TEXT NOT NULL, source_ids TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, message_id));
  CREATE TABLE IF NOT EXISTS feedback (
    conversation_id TEXT NOT NULL, message_id TEXT NOT NULL, reaction TEXT NOT NULL, comment TEXT NOT NULL,
    at TEXT NOT NULL, PRIMARY KEY (conversation_id, message_id));`;

/** `FeedbackStore` in two SQLite tables, `answers` and `feedback`, joined by (conversation, message). */
export class SqliteFeedbackStore extends KeptFeedbackStore {
  private readonly db: Database.Database;

  constructor(options: SqliteFeedbackStoreOptions) {
    super(options.now);
    this.db = options.db;
    this.db.exec(FEEDBACK_TABLES);
  }

  protected async keepAnswer(answer: KeptAnswer, at: string): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(
        answer.conversationId,
        answer.messageId,
        answer.userId,
        answer.skill,
        answer.question,
        answer.sourceIds,
        at,
      );
  }

  protected async answerUser(conversationId: string, messageId: string): Promise<string | undefined> {
    const answer = this.db
      .prepare('SELECT user_id FROM answers WHERE conversation_id = ? AND message_id = ?')
      .get(conversationId, messageId) as { user_id: string } | undefined;
    return answer?.user_id;
  }

  protected async keepReaction(
    conversationId: string,
    messageId: string,
    reaction: KeptReaction,
  ): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?, ?)')
      .run(conversationId, messageId, reaction.reaction, reaction.comment, reaction.at);
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

  protected async newestReactions(
    reaction: Reaction | undefined,
    limit: number,
  ): Promise<{ answer: KeptAnswer; reaction: KeptReaction }[]> {
    const rows = this.db
      .prepare(
        `SELECT a.*, f.reaction, f.comment, f.at FROM feedback f JOIN answers a USING (conversation_id, message_id)
         WHERE (@reaction IS NULL OR f.reaction = @reaction) ORDER BY f.at DESC LIMIT @limit`,
      )
      .all({ reaction: reaction ?? null, limit }) as {
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
      answer: {
        conversationId: row.conversation_id,
        messageId: row.message_id,
        userId: row.user_id,
        skill: row.skill,
        question: row.question,
        sourceIds: row.source_ids,
      },
      reaction: { reaction: row.reaction, comment: row.comment, at: row.at },
    }));
  }
}
