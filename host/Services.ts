import type { TokenCredential } from '@azure/identity';
import type { IngestRunLog } from '../knowledge/ingest/IngestRunLog';
import type { ExampleQuestions } from '../knowledge/profile/ExampleQuestions';
import type { OrganisationProfile } from '../knowledge/profile/OrganisationProfile';
import type { Directory } from '../knowledge/identity/Directory';
import type { KnowledgeIndex } from '../knowledge/index/KnowledgeIndex';
import type { AuditLog } from '../skills/audit/AuditLog';
import type { AuditVerification } from '../skills/audit/verifyAuditLog';
import type { FeedbackStore } from '../skills/feedback/FeedbackStore';
import type { DataHolders } from '../skills/privacy/PersonalData';
import type { ApprovalStore } from '../skills/reports/approval/ApprovalStore';
import type { ReportStore } from '../skills/reports/ReportStore';
import type { SecurityEvents } from '../skills/security/SecurityEvents';
import type { SkillRegistry } from '../skills/SkillRegistry';
import type { ConversationStateStore } from '../skills/state/ConversationStateStore';
import type { TicketSystem } from '../skills/tickets';
import type { AnswerLog } from '../skills/usage/AnswerLog';
import type { AppConfig } from './config/loadConfig';
import type { ReadinessProbe } from './http/checkReadiness';
import type { SignIn } from './http/signIn/createSignIn';
import type { Logger } from './log/createLogger';

/** Everything the bot's surfaces need, built once from the validated config. */
export interface Services {
  readonly config: AppConfig;
  /** The organisation profile (ORGANISATION_PROFILE), or the neutral default: every tenant-specific name. */
  readonly profile: OrganisationProfile;
  readonly log: Logger;
  /** The one sink for security events (auth failures, blocked tool calls, stripped links, token replays, ...). */
  readonly securityEvents: SecurityEvents;
  readonly index: KnowledgeIndex;
  readonly directory: Directory;
  readonly registry: SkillRegistry;
  readonly audit: AuditLog;
  readonly tickets: TicketSystem;
  readonly reports: ReportStore;
  /** Approval requests of customer and external reports, with where their cards were posted. */
  readonly approvals: ApprovalStore;
  /** The knowledge skill's example questions: only those answered over the index in use (see ExampleQuestions). */
  readonly examples: ExampleQuestions;
  /** Thumbs up/down on AI answers, with the answers' sources. */
  readonly feedback: FeedbackStore;
  /** The teams-ai turn state of each conversation (and user), forgotten CONVERSATION_STATE_TTL_HOURS after its last change. */
  readonly conversationState: ConversationStateStore;
  /** Every question answered or declined, on every surface (written by the registry): the admin console's usage. */
  readonly answers: AnswerLog;
  /** Finished ingest runs recorded in this data folder (`DATA_DIR/ingest-runs.jsonl`). */
  readonly ingestRuns: IngestRunLog;
  /**
   * The audit log's SQLite file, read by the admin console (panel, export); undefined with STATE_BACKEND=azure
   * (the chain is in Table Storage: `npm run audit:export` reads it).
   */
  readonly auditFile?: string;
  /**
   * Every store's retention (the purge: `purgeExpired`, run by a timer in the running bot and by `npm run
   * purge`) and personal data (`npm run privacy`). Only stores that support it appear (see docs/ADMIN.md).
   */
  readonly holders: DataHolders;
  /** Verifies the whole audit trail as `audit:verify` does (hash chain, signed head, anchor). */
  verifyAudit(): Promise<AuditVerification>;
  /** The app's Entra credential, when configured (cloud backends). */
  readonly credential?: TokenCredential;
  /** Secret for signed document-viewer links (and, derived from it, the sign-in cookies). */
  readonly linkSecret: string;
  /** Authenticated mode: Entra ID sign-in of the people who open `/docs` and `/reports` links. */
  readonly signIn?: SignIn;
  /**
   * What `GET /readyz` checks, by backend name: `index` (a document lookup), `state` (a conversation-state
   * read: confirmations, idempotency keys, feedback and conversation state share its store), `audit` (the
   * log's `ping`), `tickets` (a ticket lookup). Undefined: that backend has no probe (reported unchecked).
   */
  readonly readiness: Readonly<Record<string, ReadinessProbe | undefined>>;
  /**
   * Resolves when the state backend is usable (STATE_BACKEND=azure: its tables exist); rejects with the reason
   * otherwise. `startBot` awaits it before listening; the stores also prepare themselves on first use.
   */
  ready(): Promise<void>;
  close(): Promise<void>;
}
