import type Database from 'better-sqlite3';
import { SqliteStore } from '../../storage/SqliteStore';
import type {
  ApprovalDecision,
  ApprovalRecord,
  ApprovalRequest,
  ApprovalRole,
  ApprovalState,
  ApprovalStore,
  CardPlace,
} from './ApprovalStore';
import { approvalRecord } from './approvalRecord';

export interface SqliteApprovalStoreOptions {
  /** An open SQLite database (the app's `state.sqlite`); the store creates its `report_approvals` table. */
  readonly db: Database.Database;
}

interface Row {
  report_id: string;
  author_id: string;
  approver_id: string;
  state: ApprovalState;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  comment: string | null;
  author_card: string | null;
  approver_card: string | null;
}

const APPROVALS_TABLE = `CREATE TABLE IF NOT EXISTS report_approvals (
  report_id TEXT PRIMARY KEY,
  author_id TEXT NOT NULL,
  approver_id TEXT NOT NULL,
  state TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  comment TEXT,
  author_card TEXT,
  approver_card TEXT
)`;

/**
 * `ApprovalStore` in one SQLite table. `request` is an `INSERT ... ON CONFLICT DO NOTHING`, `decide` one
 * conditional `UPDATE ... WHERE state = 'pending'`, so processes sharing the file never both decide.
 */
export class SqliteApprovalStore extends SqliteStore implements ApprovalStore {
  constructor(options: SqliteApprovalStoreOptions) {
    super(options.db, APPROVALS_TABLE);
  }

  async request(input: ApprovalRequest): Promise<ApprovalRecord> {
    this.db
      .prepare(
        `INSERT INTO report_approvals(report_id, author_id, approver_id, state, requested_at)
         VALUES (?, ?, ?, 'pending', ?) ON CONFLICT(report_id) DO NOTHING`,
      )
      .run(input.reportId, input.authorId, input.approverId, input.requestedAt);
    return this.read(input.reportId) as ApprovalRecord;
  }

  async get(reportId: string): Promise<ApprovalRecord | undefined> {
    return this.read(reportId);
  }

  async placeCard(reportId: string, role: ApprovalRole, place: CardPlace): Promise<boolean> {
    const column = role === 'author' ? 'author_card' : 'approver_card';
    const result = this.db
      .prepare(`UPDATE report_approvals SET ${column} = ? WHERE report_id = ?`)
      .run(JSON.stringify(place), reportId);
    return result.changes === 1;
  }

  async decide(
    reportId: string,
    decision: ApprovalDecision,
  ): Promise<{ record: ApprovalRecord; decided: boolean } | undefined> {
    const result = this.db
      .prepare(
        `UPDATE report_approvals SET state = ?, decided_by = ?, decided_at = ?, comment = ?
         WHERE report_id = ? AND state = 'pending'`,
      )
      .run(decision.state, decision.by, decision.at, decision.comment ?? null, reportId);
    const record = this.read(reportId);
    return record ? { record, decided: result.changes === 1 } : undefined;
  }

  /** Retention (with the reports): removes the requests made before `cutoff`; resolves with how many. */
  async purgeBefore(cutoff: Date): Promise<number> {
    return this.db.prepare('DELETE FROM report_approvals WHERE requested_at < ?').run(cutoff.toISOString())
      .changes;
  }

  /** Every request `userId` made, was asked to decide, or decided. */
  async recordsAbout(userId: string): Promise<ApprovalRecord[]> {
    const rows = this.db
      .prepare(
        'SELECT report_id FROM report_approvals WHERE ? IN (author_id, approver_id, decided_by) ORDER BY requested_at',
      )
      .all(userId) as { report_id: string }[];
    return rows.map((row) => this.read(row.report_id) as ApprovalRecord);
  }

  /**
   * Removes the requests for `userId`'s reports; in requests for other people's reports, `userId` as approver
   * or decider becomes `replacement` (the decision stays). Resolves with how many rows were removed or changed.
   */
  async eraseUser(userId: string, replacement: string): Promise<number> {
    return this.db.transaction(() => {
      let changes = this.db.prepare('DELETE FROM report_approvals WHERE author_id = ?').run(userId).changes;
      changes += this.db
        .prepare(
          `UPDATE report_approvals SET
             approver_id = CASE WHEN approver_id = @user THEN @replacement ELSE approver_id END,
             decided_by = CASE WHEN decided_by = @user THEN @replacement ELSE decided_by END
           WHERE approver_id = @user OR decided_by = @user`,
        )
        .run({ user: userId, replacement }).changes;
      return changes;
    })();
  }

  private read(reportId: string): ApprovalRecord | undefined {
    const row = this.db.prepare('SELECT * FROM report_approvals WHERE report_id = ?').get(reportId) as
      Row | undefined;
    return row
      ? approvalRecord({
          reportId: row.report_id,
          authorId: row.author_id,
          approverId: row.approver_id,
          state: row.state,
          requestedAt: row.requested_at,
          decidedBy: row.decided_by,
          decidedAt: row.decided_at,
          comment: row.comment,
          authorCard: row.author_card,
          approverCard: row.approver_card,
        })
      : undefined;
  }
}
