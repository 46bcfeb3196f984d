import { searchScope } from '../skills/access/searchScope';
import path from 'node:path';
import type { TokenCredential } from '@azure/identity';
import { createGraphClient } from '../knowledge/graph/createGraphClient';
import { defaultOrganisationProfile } from '../knowledge/profile/defaultOrganisationProfile';
import type { OrganisationProfile } from '../knowledge/profile/OrganisationProfile';
import type { Directory } from '../knowledge/identity/Directory';
import type { KnowledgeIndex } from '../knowledge/index/KnowledgeIndex';
import type { Passage } from '../knowledge/index/Passage';
import { unreadableBy } from '../skills/access/unreadableBy';
import type { ConfirmationStore } from '../skills/confirm/ConfirmationStore';
import type { ApprovalStore } from '../skills/reports/approval/ApprovalStore';
import { askKnowledgeSkill } from '../skills/knowledge/askKnowledgeSkill';
import type { ChatModel } from '../skills/model/ChatModel';
import { OpenAIChatModel } from '../skills/model/OpenAIChatModel';
import { draftReportSkill } from '../skills/reports/draftReportSkill';
import { exportReportSkill } from '../skills/reports/exportReportSkill';
import { FileReportStore } from '../skills/reports/FileReportStore';
import { GraphReportStore } from '../skills/reports/GraphReportStore';
import { BlobReportStore } from '../skills/reports/BlobReportStore';
import {
  daysBefore,
  type DataHolders,
  type PersonalDataSource,
  type RetentionTarget,
} from '../skills/privacy/PersonalData';
import type { ReportStore } from '../skills/reports/ReportStore';
import type { SkillUser } from '../skills/SkillDescriptor';
import type { SkillRegistry } from '../skills/SkillRegistry';
import {
  AzureDevOpsTicketSystem,
  fileTicketSkill,
  myTicketsSkill,
  SqliteTicketDesk,
  TableTicketDesk,
  ticketStatusSkill,
  type TicketSystem,
} from '../skills/tickets';
import type { StorageClients } from './azure/createStorageClients';
import type { SecurityEvents } from '../skills/security/SecurityEvents';
import type { AppConfig } from './config/AppConfig';
import { createLinkBuilder } from './links/createLinkBuilder';
import { traceMethods } from './telemetry/traceMethods';

/** Where the embedded ticket desk and exported reports live with STATE_BACKEND=azure. */
export const TICKETS_TABLE = 'tickets';
export const REPORTS_CONTAINER = 'reports';

/** Azure DevOps' Entra resource (the scope for tokens of the app's credential). */
const AZURE_DEVOPS_SCOPE = '499b84ac-1321-427f-aa17-267ca6975798/.default';

export interface SkillBackends {
  readonly tickets: TicketSystem;
  readonly reports: ReportStore;
  /** Retention and personal data of the embedded ticket desk and report store. */
  readonly holders: DataHolders;
}

/**
 * Builds the skills' backends from `config` and registers every skill with them (`registerSkills`). The optional model
 * (`config.model`) answers questions and writes report drafts; reports are stored per `config.reportStore`
 * (`onedrive` needs `credential`, else this throws). Links come from `createLinkBuilder` (a passage's own `url`
 * when it has one, else a short-lived signed link to this server's viewer). Every name, brand, category, glossary
 * entry and example comes from `profile` (example questions: `examples`, default the profile's).
 */
export function composeSkills(input: {
  config: AppConfig;
  registry: SkillRegistry;
  index: KnowledgeIndex;
  confirmations: ConfirmationStore;
  /** Report approval state (the composition root picks the backend). */
  approvals: ApprovalStore;
  /** Resolves the approver's access (an approver may only see and approve reports they may read entirely). */
  directory: Directory;
  linkSecret: string;
  credential: TokenCredential | undefined;
  /** The organisation (`compose` loads it from `config.organisationProfile`); default the neutral profile. */
  profile?: OrganisationProfile;
  /** The knowledge skill's examples (default: the profile's, fixed). */
  examples?: readonly string[];
  /** STATE_BACKEND=azure: the embedded ticket desk and exported reports live in this Storage account. */
  storage?: StorageClients;
  /** Where skills report security events (a model answer replaced for holding links). */
  securityEvents?: SecurityEvents;
}): SkillBackends {
  const { config, registry, index, confirmations, linkSecret } = input;
  const profile = input.profile ?? defaultOrganisationProfile;
  const links = createLinkBuilder(config, linkSecret);
  const ticketSystem = createTicketSystem(config, input.credential, input.storage);
  const reportStore = createReportStore(config, input.credential, input.storage);
  const tickets = traceMethods(ticketSystem, 'backend.tickets', ['create', 'get', 'listByRequester']);
  const answerModel = config.model
    ? traceMethods(
        new OpenAIChatModel({
          ...config.model,
          ...(config.model.provider === 'azure-openai' && input.credential
            ? { credential: input.credential }
            : {}),
        }),
        'backend.model',
        ['complete'],
        { 'backend.kind': config.model.provider },
      )
    : undefined;
  const reports = traceMethods(reportStore, 'backend.reports', [
    'saveDraft',
    'getDraft',
    'export',
    'getExport',
  ]);
  registerSkills(registry, {
    index,
    tickets,
    reports,
    confirmations,
    approvals: input.approvals,
    unreadableBy: unreadableBy(input.directory, index),
    linkFor: links.documentLink,
    reportLinkFor: links.reportLink,
    answerModel,
    approver: config.reportApprover,
    profile,
    examples: input.examples ?? profile.examples.questions,
    securityEvents: input.securityEvents,
  });
  return { tickets, reports, holders: holdersOf(config, ticketSystem, reportStore) };
}

/** What the skills run against. `registerSkills` only captures these: no skill calls one while being registered. */
export interface SkillDeps {
  readonly index: KnowledgeIndex;
  readonly tickets: TicketSystem;
  readonly reports: ReportStore;
  readonly confirmations: ConfirmationStore;
  readonly approvals: ApprovalStore;
  /** How many of `docIds` a user may not read now (see `skills/access/unreadableBy`). */
  readonly unreadableBy: (userId: string, docIds: readonly string[]) => Promise<number>;
  /** Where a cited passage opens for `user`. */
  readonly linkFor: (passage: Pick<Passage, 'docId' | 'url' | 'chunkId'>, user: SkillUser) => string;
  /** The link to a stored report for `user`. */
  readonly reportLinkFor: (reportId: string, user: SkillUser, format?: 'docx' | 'markdown') => string;
  /** Answers questions and writes report drafts; absent: extractive answers and template drafts. */
  readonly answerModel?: ChatModel;
  /** Who approves reports (REPORT_APPROVER_ID / _NAME). */
  readonly approver?: { readonly id: string; readonly name?: string };
  readonly profile: OrganisationProfile;
  /** The knowledge skill's example questions. */
  readonly examples: readonly string[];
  /** Where skills report security events. */
  readonly securityEvents?: SecurityEvents;
}

/** Registers every skill with `deps`, in the order help and the planner list them. */
export function registerSkills(registry: SkillRegistry, deps: SkillDeps): void {
  const { index, tickets, confirmations, profile, answerModel } = deps;
  const reportDeps = {
    search: (query: string, user: SkillUser, brand?: string) =>
      index.search(query, { ...searchScope(user), top: 8, ...(brand ? { filters: { brand } } : {}) }),
    reports: deps.reports,
    confirmations,
    approvals: deps.approvals,
    unreadableBy: deps.unreadableBy,
    linkFor: deps.reportLinkFor,
    sourceLinkFor: deps.linkFor,
    reportModel: answerModel,
    approverId: deps.approver?.id,
    approverName: deps.approver?.name,
    profile,
  };
  registry
    .register(
      askKnowledgeSkill({
        index,
        linkFor: deps.linkFor,
        profile,
        examples: deps.examples,
        answerModel,
        securityEvents: deps.securityEvents,
      }),
    )
    .register(fileTicketSkill({ tickets, confirmations, profile }))
    .register(ticketStatusSkill({ tickets, profile }))
    .register(myTicketsSkill({ tickets }))
    .register(draftReportSkill(reportDeps))
    .register(exportReportSkill(reportDeps));
}

function createReportStore(
  config: AppConfig,
  credential: TokenCredential | undefined,
  storage: StorageClients | undefined,
): ReportStore {
  const dir = path.join(config.dataDir, 'reports');
  if (config.reportStore.backend === 'embedded')
    return storage
      ? new BlobReportStore({ container: storage.container(REPORTS_CONTAINER) })
      : new FileReportStore({ dir });
  if (!credential) throw new Error('REPORT_STORE=onedrive needs an Entra credential');
  return new GraphReportStore({
    dir,
    client: createGraphClient({ credential, baseUrl: config.graphBaseUrl }),
  });
}

function createTicketSystem(
  config: AppConfig,
  credential: TokenCredential | undefined,
  storage: StorageClients | undefined,
): TicketSystem {
  if (config.tickets.backend === 'embedded')
    return storage
      ? new TableTicketDesk({ table: storage.table(TICKETS_TABLE) })
      : new SqliteTicketDesk({ file: path.join(config.dataDir, 'tickets.sqlite') });
  const { organizationUrl, project, workItemType, areaPath, pat } = config.tickets;
  if (!pat && !credential)
    throw new Error('TICKET_BACKEND=azure-devops needs AZURE_DEVOPS_PAT or an Entra credential');
  return new AzureDevOpsTicketSystem({
    organizationUrl,
    project,
    workItemType,
    botName: config.botName,
    areaPath,
    auth: pat
      ? { pat }
      : {
          getToken: async () => {
            const token = await credential?.getToken(AZURE_DEVOPS_SCOPE);
            if (!token) throw new Error('no token for Azure DevOps');
            return token.token;
          },
        },
  });
}

/**
 * Retention and personal data of the backends kept here: the embedded ticket desk (SQLite or Table Storage) and
 * the embedded report store (files or Blob Storage). Azure DevOps and OneDrive keep their own.
 */
function holdersOf(config: AppConfig, tickets: TicketSystem, reports: ReportStore): DataHolders {
  const retention: RetentionTarget[] = [];
  const personalData: PersonalDataSource[] = [];
  const hold = (kind: 'tickets' | 'reports', store: KeptRecords, days: number) => {
    retention.push({ kind, purge: (now) => store.purgeBefore(daysBefore(now, days)) });
    personalData.push({
      kind,
      exportUser: (user) => store.recordsAbout(user),
      eraseUser: (user) => store.eraseUser(user),
    });
  };
  if (tickets instanceof SqliteTicketDesk || tickets instanceof TableTicketDesk)
    hold('tickets', tickets, config.retention.ticketDays);
  if (reports instanceof FileReportStore || reports instanceof BlobReportStore)
    hold('reports', reports, config.retention.reportDays);
  return { retention, personalData };
}

/** What an embedded store offers for retention and people's data (the ticket desks and report stores). */
interface KeptRecords {
  purgeBefore(cutoff: Date): Promise<number>;
  recordsAbout(userId: string): Promise<readonly object[]>;
  eraseUser(userId: string): Promise<number>;
}
