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
import { TableAnswerLog } from '../skills/usage/TableAnswerLog';
import { SqliteApprovalStore } from '../skills/reports/approval/SqliteApprovalStore';
import { TableApprovalStore } from '../skills/reports/approval/TableApprovalStore';
import { SqliteFeedbackStore } from '../skills/feedback/SqliteFeedbackStore';
import { TableFeedbackStore } from '../skills/feedback/TableFeedbackStore';
import type { ConversationStateStore } from '../skills/state/ConversationStateStore';
import { SqliteConversationStateStore } from '../skills/state/SqliteConversationStateStore';
import { TableConversationStateStore } from '../skills/state/TableConversationStateStore';
import { daysBefore, ERASED_PERSON, type DataHolders } from '../skills/privacy/PersonalData';
import { createStorageClients, type StorageClients } from './azure/createStorageClients';
import type { AppConfig } from './config/AppConfig';
import { REPORTS_CONTAINER, TICKETS_TABLE } from './composeSkills';

/** Table names in the Storage account (STATE_BACKEND=azure). */
export const STATE_TABLES = {
  confirmations: 'confirmations',
  idempotency: 'idempotency',
  feedback: 'feedback',
  conversationState: 'conversationstate',
  approvals: 'approvals',
  answerLog: 'answerlog',
} as const;

/** The state stores of one instance, per `config.state`. */
export interface StateStores {
  readonly confirmations: ConfirmationStore;
  readonly idempotency: IdempotencyStore;
  readonly feedback: FeedbackStore;
  readonly conversationState: ConversationStateStore;
  /** Report approvals: SQLite in `stateFile`, or Table Storage with STATE_BACKEND=azure (shared by every instance). */
  readonly approvals: ApprovalStore;
  /**
   * Every question answered or declined (the admin console's usage): SQLite in `stateFile`, or Table Storage with
   * STATE_BACKEND=azure (every instance's console shows every instance's answers).
   */
  readonly answers: AnswerLog;
  /** Retention and personal data of conversation state, feedback, the answer log and approvals. */
  readonly holders: DataHolders;
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
    const answers = new TableAnswerLog({ table: clients.table(STATE_TABLES.answerLog) });
    const approvals = new TableApprovalStore({ table: clients.table(STATE_TABLES.approvals) });
    const feedback = new TableFeedbackStore({ table: clients.table(STATE_TABLES.feedback) });
    const conversationState = new TableConversationStateStore({
      table: clients.table(STATE_TABLES.conversationState),
      ttlMs,
      now,
    });
    return {
      holders: stateHolders(config, { answers, approvals, feedback, conversationState }),
      storage: clients,
      confirmations: new TableConfirmationStore({ table: clients.table(STATE_TABLES.confirmations), now }),
      idempotency: new TableIdempotencyStore({ table: clients.table(STATE_TABLES.idempotency) }),
      feedback,
      conversationState,
      approvals,
      answers,
      ready: async () => {
        await Promise.all([...tables.map((table) => table.createTable()), reports.createIfNotExists()]);
      },
      close: async () => undefined,
    };
  }
  const db = openStateFile(options.stateFile);
  const feedback = new SqliteFeedbackStore({ db });
  const conversationState = new SqliteConversationStateStore({ db, ttlMs, now });
  const approvals = new SqliteApprovalStore({ db });
  const answers = new SqliteAnswerLog({ db });
  return {
    holders: stateHolders(config, { answers, approvals, feedback, conversationState }),
    confirmations: new SqliteConfirmationStore({ db, now }),
    idempotency: new SqliteIdempotencyStore({ db }),
    feedback,
    conversationState,
    approvals,
    answers,
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

/** Retention targets and personal-data sources of the state stores (SQLite or Table Storage). */
function stateHolders(
  config: AppConfig,
  stores: {
    answers: SqliteAnswerLog | TableAnswerLog;
    approvals: SqliteApprovalStore | TableApprovalStore;
    feedback: SqliteFeedbackStore | TableFeedbackStore;
    conversationState: SqliteConversationStateStore | TableConversationStateStore;
  },
): DataHolders {
  const { answers, approvals, feedback, conversationState } = stores;
  const { retention } = config;
  return {
    retention: [
      { kind: 'conversationState', purge: () => conversationState.purgeExpired() },
      { kind: 'feedback', purge: (now) => feedback.purgeBefore(daysBefore(now, retention.feedbackDays)) },
      { kind: 'answerLog', purge: (now) => answers.purgeBefore(daysBefore(now, retention.answerLogDays)) },
      { kind: 'approvals', purge: (now) => approvals.purgeBefore(daysBefore(now, retention.reportDays)) },
    ],
    personalData: [
      {
        kind: 'conversationState',
        exportUser: (user) => conversationState.recordsAbout(user),
        eraseUser: (user) => conversationState.eraseUser(user),
      },
      {
        kind: 'feedback',
        exportUser: (user) => feedback.recordsAbout(user),
        eraseUser: (user) => feedback.eraseUser(user),
      },
      {
        kind: 'answerLog',
        exportUser: (user) => answers.recordsAbout(user),
        eraseUser: (user) => answers.eraseUser(user),
      },
      {
        kind: 'approvals',
        exportUser: (user) => approvals.recordsAbout(user),
        eraseUser: (user) => approvals.eraseUser(user, ERASED_PERSON),
      },
    ],
  };
}
