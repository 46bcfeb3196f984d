import Database from 'better-sqlite3';
import type { TokenCredential } from '@azure/identity';
import type { ConfirmationStore } from '../skills/confirm/ConfirmationStore';
import type { IdempotencyStore } from '../skills/confirm/IdempotencyStore';
import { SqliteConfirmationStore } from '../skills/confirm/SqliteConfirmationStore';
import { SqliteIdempotencyStore } from '../skills/confirm/SqliteIdempotencyStore';
import { TableConfirmationStore } from '../skills/confirm/TableConfirmationStore';
import { TableIdempotencyStore } from '../skills/confirm/TableIdempotencyStore';
import type { FeedbackStore } from '../skills/feedback/FeedbackStore';
import type { ApprovalStore } from '../skills/reports/approval/ApprovalStore';
import type { AnswerLog } from '../skills/usage/AnswerLog';
import { SqliteAnswerLog } from '../skills/usage/SqliteAnswerLog';
import { SqliteApprovalStore } from '../skills/reports/approval/SqliteApprovalStore';
import { SqliteFeedbackStore } from '../skills/feedback/SqliteFeedbackStore';
import { TableFeedbackStore } from '../skills/feedback/TableFeedbackStore';
import type { ConversationStateStore } from '../skills/state/ConversationStateStore';
import { SqliteConversationStateStore } from '../skills/state/SqliteConversationStateStore';
import { TableConversationStateStore } from '../skills/state/TableConversationStateStore';
import { createStorageClients, type StorageClients } from './azure/createStorageClients';
import type { AppConfig } from './config/AppConfig';
import { REPORTS_CONTAINER, TICKETS_TABLE } from './composeSkills';

/** Table names in the Storage account (STATE_BACKEND=azure). */
export const STATE_TABLES = {
  confirmations: 'confirmations',
  idempotency: 'idempotency',
  feedback: 'feedback',
  conversationState: 'conversationstate',
} as const;

/** The state stores of one instance, per `config.state`. */
export interface StateStores {
  readonly confirmations: ConfirmationStore;
  readonly idempotency: IdempotencyStore;
  readonly feedback: FeedbackStore;
  readonly conversationState: ConversationStateStore;
  /**
   * Report approvals: SQLite in `stateFile` with either backend (no Table Storage implementation yet, so with
   * STATE_BACKEND=azure each instance keeps its own approvals).
   */
  readonly approvals: ApprovalStore;
  /**
   * Every question answered or declined (the admin console's usage): SQLite in `stateFile` with either backend
   * (no Table Storage implementation yet, so with STATE_BACKEND=azure each instance's console shows its own).
   */
  readonly answers: AnswerLog;
  /** The Storage account's clients with STATE_BACKEND=azure (the audit chain, tickets and reports use them too). */
  readonly storage?: StorageClients;
  /**
   * Resolves when the backend is usable (Azure: every table and the reports container exist; the audit table is
   * `composeAudit`'s); rejects with the reason otherwise.
   */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds the state stores: SQLite over `stateFile` (`DATA_DIR/state.sqlite`, WAL) by default, Azure Table
 * Storage with `STATE_BACKEND=azure` (`createStorageClients`). `now`: clock for expiry (tests).
 */
export function composeState(
  config: AppConfig,
  options: { stateFile: string; credential: TokenCredential | undefined; now?: () => number },
): StateStores {
  const ttlMs = config.conversationStateTtlHours * 3600 * 1000;
  const now = options.now;
  if (config.state.backend === 'azure') {
    const clients = createStorageClients(config.state, options.credential);
    const tables = [...Object.values(STATE_TABLES), TICKETS_TABLE].map((name) => clients.table(name));
    const reports = clients.container(REPORTS_CONTAINER);
    const approvalsDb = openStateFile(options.stateFile);
    return {
      storage: clients,
      confirmations: new TableConfirmationStore({ table: clients.table(STATE_TABLES.confirmations), now }),
      idempotency: new TableIdempotencyStore({ table: clients.table(STATE_TABLES.idempotency) }),
      feedback: new TableFeedbackStore({ table: clients.table(STATE_TABLES.feedback) }),
      conversationState: new TableConversationStateStore({
        table: clients.table(STATE_TABLES.conversationState),
        ttlMs,
        now,
      }),
      approvals: new SqliteApprovalStore({ db: approvalsDb }),
      answers: new SqliteAnswerLog({ db: approvalsDb }),
      ready: async () => {
        await Promise.all([...tables.map((table) => table.createTable()), reports.createIfNotExists()]);
      },
      close: async () => {
        if (approvalsDb.open) approvalsDb.close();
      },
    };
  }
  const db = openStateFile(options.stateFile);
  return {
    confirmations: new SqliteConfirmationStore({ db, now }),
    idempotency: new SqliteIdempotencyStore({ db }),
    feedback: new SqliteFeedbackStore({ db }),
    conversationState: new SqliteConversationStateStore({ db, ttlMs, now }),
    approvals: new SqliteApprovalStore({ db }),
    answers: new SqliteAnswerLog({ db }),
    ready: async () => undefined,
    close: async () => {
      if (db.open) db.close();
    },
  };
}

function openStateFile(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  return db;
}
