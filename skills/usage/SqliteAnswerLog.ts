import type Database from 'better-sqlite3';
import { GroupCommit, type Settled } from '../storage/GroupCommit';
import { ANSWER_LOG_TEXT_CHARS, type AnswerEvent, type AnswerLog } from './AnswerLog';
import { answerEvent, type StoredAnswerEvent } from './answerEvent';

export interface SqliteAnswerLogOptions {
  /** An open SQLite database (the app's `state.sqlite`); the log creates its `answer_log` table. */
  readonly db: Database.Database;
}

/**
 * `AnswerLog` in one SQLite table, `answer_log`, indexed by time. Events recorded during one turn of the event
 * loop are written in one transaction (`GroupCommit`: one commit, one sync, for all the turns answered
 * together); `record` resolves once its event is committed, and every read or delete first commits what is
 * pending.
 */
export class SqliteAnswerLog implements AnswerLog {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly batches: GroupCommit<AnswerEvent, void>;

  constructor(options: SqliteAnswerLogOptions) {
    this.db = options.db;
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS answer_log (
        id TEXT PRIMARY KEY, at TEXT NOT NULL, surface TEXT NOT NULL, skill TEXT NOT NULL, user_id TEXT NOT NULL,
        conversation_id TEXT, question TEXT NOT NULL, brand TEXT, outcome TEXT NOT NULL, cited TEXT NOT NULL,
        closest TEXT NOT NULL, answer_text TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS answer_log_at ON answer_log (at);`);
    this.insert = this.db.prepare(
      'INSERT OR REPLACE INTO answer_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertAll = this.db.transaction((events: readonly AnswerEvent[]) =>
      events.map((event): Settled<void> => {
        try {
          this.insertEvent(event);
          return { ok: true, value: undefined };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
    this.batches = new GroupCommit((events) => insertAll.immediate(events));
  }

  record(event: AnswerEvent): Promise<void> {
    return this.batches.submit(event);
  }

  private insertEvent(event: AnswerEvent): void {
    this.insert.run(
      event.id,
      event.at,
      event.surface,
      event.skill,
      event.userId,
      event.conversationId ?? null,
      event.question.slice(0, ANSWER_LOG_TEXT_CHARS),
      event.brand ?? null,
      event.outcome,
      JSON.stringify(event.citedSourceIds),
      JSON.stringify(event.closestSourceIds),
      event.answerText.slice(0, ANSWER_LOG_TEXT_CHARS),
    );
  }

  /** Retention: removes the events before `cutoff`; resolves with how many. */
  async purgeBefore(cutoff: Date): Promise<number> {
    this.batches.flush();
    return this.db.prepare('DELETE FROM answer_log WHERE at < ?').run(cutoff.toISOString()).changes;
  }

  /** Every event of questions `userId` asked, oldest first, as stored. */
  async recordsAbout(userId: string): Promise<Record<string, unknown>[]> {
    this.batches.flush();
    return this.db
      .prepare('SELECT * FROM answer_log WHERE user_id = ? ORDER BY at, rowid')
      .all(userId) as Record<string, unknown>[];
  }

  /** Removes every event of questions `userId` asked; resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    this.batches.flush();
    return this.db.prepare('DELETE FROM answer_log WHERE user_id = ?').run(userId).changes;
  }

  async list(options: { since?: string; limit?: number } = {}): Promise<AnswerEvent[]> {
    this.batches.flush();
    const rows = this.db
      .prepare(
        `SELECT id, at, surface, skill, user_id AS userId, conversation_id AS conversationId, question, brand,
           outcome, cited, closest, answer_text AS answerText
         FROM answer_log WHERE at >= ? ORDER BY at DESC, rowid DESC LIMIT ?`,
      )
      .all(options.since ?? '', options.limit ?? 10_000) as StoredAnswerEvent[];
    return rows.map(answerEvent);
  }
}
