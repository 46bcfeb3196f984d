import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { compactTicket } from './compactTicket';
import {
  clampTop,
  isTicketId,
  requireIdempotencyKey,
  type Ticket,
  type TicketDraft,
  type TicketPriority,
  type TicketRequester,
  type TicketStatus,
  type TicketSystem,
} from './TicketSystem';

export interface SqliteTicketDeskOptions {
  /** Path of the SQLite file (e.g. `DATA_DIR/tickets.sqlite`); its folder is created. `:memory:` for tests. */
  readonly file: string;
  /** Clock for `createdAt`; default `Date.now`. */
  readonly now?: () => number;
}

interface TicketRow {
  id: number;
  title: string;
  description: string;
  category: string;
  priority: string;
  brand: string | null;
  component: string | null;
  status: string;
  requester_id: string;
  requester_name: string | null;
  created_at: string;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS tickets (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  category TEXT NOT NULL,
  priority TEXT NOT NULL,
  brand TEXT,
  component TEXT,
  status TEXT NOT NULL DEFAULT 'new',
  requester_id TEXT NOT NULL,
  requester_name TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS tickets_idempotency ON tickets(idempotency_key);
CREATE INDEX IF NOT EXISTS tickets_requester ON tickets(requester_id, id);`;

/**
 * The embedded ticket desk: one SQLite file, ids 1, 2, 3, … (never reused), every new ticket `new`.
 * A unique index on the idempotency key makes `create` at most once per key, even across processes sharing
 * the file. Has no web UI, so tickets carry no `url`.
 */
export class SqliteTicketDesk implements TicketSystem {
  private readonly db: Database.Database;
  private readonly now: () => number;

  constructor(options: SqliteTicketDeskOptions) {
    if (options.file !== ':memory:')
      fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    this.db = new Database(options.file);
    this.now = options.now ?? Date.now;
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  async create(draft: TicketDraft, requester: TicketRequester, idempotencyKey: string): Promise<Ticket> {
    requireIdempotencyKey(idempotencyKey, 'SqliteTicketDesk');
    const insert = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO tickets(idempotency_key, title, description, category, priority, brand, component,
             requester_id, requester_name, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(idempotency_key) DO NOTHING`,
        )
        .run(
          idempotencyKey,
          draft.title,
          draft.description,
          draft.category,
          draft.priority,
          draft.brand ?? null,
          draft.component || null,
          requester.id,
          requester.name ?? null,
          new Date(this.now()).toISOString(),
        );
      return this.db
        .prepare('SELECT * FROM tickets WHERE idempotency_key = ?')
        .get(idempotencyKey) as TicketRow;
    });
    return toTicket(insert.immediate());
  }

  async get(id: number): Promise<Ticket | undefined> {
    if (!isTicketId(id)) return undefined;
    const row = this.db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as TicketRow | undefined;
    return row ? toTicket(row) : undefined;
  }

  async listByRequester(requesterId: string, options: { top?: number } = {}): Promise<Ticket[]> {
    const rows = this.db
      .prepare('SELECT * FROM tickets WHERE requester_id = ? ORDER BY id DESC LIMIT ?')
      .all(requesterId, clampTop(options.top)) as TicketRow[];
    return rows.map(toTicket);
  }

  /** Retention: removes the tickets created before `cutoff`; resolves with how many. */
  async purgeBefore(cutoff: Date): Promise<number> {
    return this.db.prepare('DELETE FROM tickets WHERE created_at < ?').run(cutoff.toISOString()).changes;
  }

  /** Every ticket `userId` filed, oldest first. */
  async recordsAbout(userId: string): Promise<Ticket[]> {
    const rows = this.db
      .prepare('SELECT * FROM tickets WHERE requester_id = ? ORDER BY id')
      .all(userId) as TicketRow[];
    return rows.map(toTicket);
  }

  /** Removes every ticket `userId` filed (ids are never reused); resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    return this.db.prepare('DELETE FROM tickets WHERE requester_id = ?').run(userId).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function toTicket(row: TicketRow): Ticket {
  return compactTicket({
    ...row,
    priority: row.priority as TicketPriority,
    status: row.status as TicketStatus,
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    createdAt: row.created_at,
  });
}
