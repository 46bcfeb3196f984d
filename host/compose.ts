import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TokenCredential } from '@azure/identity';
import type { INetworkModule } from '@azure/msal-node';
import { createGraphClient } from '../knowledge/graph/createGraphClient';
import { GraphDirectory } from '../knowledge/identity/GraphDirectory';
import { LocalDirectory } from '../knowledge/identity/LocalDirectory';
import { ExampleQuestions, observeIndexChanges } from '../knowledge/profile/ExampleQuestions';
import { loadOrganisationProfile } from '../knowledge/profile/loadOrganisationProfile';
import type { OrganisationProfile } from '../knowledge/profile/OrganisationProfile';
import type { Directory } from '../knowledge/identity/Directory';
import type { AuditLog } from '../skills/audit/AuditLog';
import { EVERYONE } from '../knowledge/access/Principal';
import { askKnowledgeSkill } from '../skills/knowledge/askKnowledgeSkill';
import type { SecurityEvents } from '../skills/security/SecurityEvents';
import { IngestRunLog } from '../knowledge/ingest/IngestRunLog';
import { SkillRegistry } from '../skills/SkillRegistry';
import type { AppConfig } from './config/loadConfig';
import { createCredential } from './azure/createCredential';
import { composeAudit } from './composeAudit';
import { composeSkills } from './composeSkills';
import { composeState } from './composeState';
import { createIndex } from './createIndex';
import { createSignIn } from './http/signIn/createSignIn';
import { createLogger, type Logger } from './log/createLogger';
import { logSecurityEvents } from './log/logSecurityEvents';
import { traceMethods } from './telemetry/traceMethods';
import type { Services } from './Services';

export type { Services };

/** Files the embedded backends keep under `DATA_DIR` (the embedded index's file is `createIndex`'s). */
export const dataFiles = (config: AppConfig) => ({
  state: path.join(config.dataDir, 'state.sqlite'),
  audit: path.join(config.dataDir, 'audit.sqlite'),
  linkSecret: path.join(config.dataDir, 'link-secret'),
  ingestRuns: path.join(config.dataDir, 'ingest-runs.jsonl'),
});

/**
 * The composition root: the only place that picks implementations, from the validated config. Embedded
 * defaults: SQLite index, directory file, SQLite state (confirmations, idempotency, feedback, conversation
 * state; Azure Table Storage with STATE_BACKEND=azure, `composeState`) and audit log. The
 * organisation profile is read and validated first: a bad profile file throws (naming the file and every bad
 * field) before anything is opened. An audit log that fails `verifyAuditLog` (edited, deleted, reordered or
 * truncated records, a forged head, a rollback behind `AUDIT_HEAD_ANCHOR`) throws too: the app does not start.
 */
export function compose(
  config: AppConfig,
  overrides: {
    log?: Logger;
    /** Replaces the configured Entra credential (tests). */
    credential?: TokenCredential;
    /** Clock in ms for confirmation and conversation-state expiry (tests); default `Date.now`. */
    now?: () => number;
    /** Replaces the configured organisation profile (tests, the app packager). */
    profile?: OrganisationProfile;
    /** Replaces the security-event sink (default: one `security event` line per event in `log`). */
    securityEvents?: SecurityEvents;
    /** How the sign-in reaches its authority (tests: a loopback provider with its own certificate). */
    signInNetwork?: INetworkModule;
  } = {},
): Services {
  const profile = overrides.profile ?? loadOrganisationProfile(config.organisationProfile);
  const log = overrides.log ?? createLogger(config.logLevel);
  const securityEvents = overrides.securityEvents ?? logSecurityEvents(log);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const files = dataFiles(config);
  const credential = overrides.credential ?? createCredential(config.entra);
  // Backends are wrapped so each call is a span (`knowledge.search`, `backend.audit.append`, ...): see traceMethods.
  const backend = traceMethods(
    createIndex(config, { credential, log }),
    'knowledge',
    ['search', 'getDocument', 'getChunks', 'upsert', 'delete', 'listHashes'],
    { 'backend.kind': config.search.backend },
  );
  // The knowledge skill's examples are only those that get an answer over the index in use, for a reader of
  // what everyone may read (examples are shown to every user): the profile's, else ones derived from titles of
  // documents everyone may read, re-checked whenever the index changes (ingest runs through `services.index`).
  // Deriving only over the embedded index: listing a large Azure AI Search index on every change would cost
  // too much (set examples there). The check is the extractive answer, without audit or model.
  const derive = config.search.backend === 'embedded';
  const checker = askKnowledgeSkill({ index: backend, linkFor: () => '', profile });
  const examples = new ExampleQuestions(
    backend,
    profile.examples.questions,
    (error) => log.warn('could not derive example questions', { error: String(error) }),
    derive,
    async (question) =>
      (
        await checker.handler(
          { question },
          { user: { id: 'example-check', principals: [EVERYONE] }, surface: 'test' },
        )
      ).aiGenerated,
  );
  const index = derive ? observeIndexChanges(backend, () => void examples.refresh()) : backend;
  void examples.refresh();
  const directory = traceMethods(createDirectory(config, credential), 'backend.directory', [
    'principalsFor',
    'displayName',
  ]);
  const state = composeState(config, { stateFile: files.state, credential, now: overrides.now });
  let composedAudit: ReturnType<typeof composeAudit>;
  try {
    composedAudit = composeAudit(config, files.audit, state.storage);
  } catch (error) {
    void state.close();
    throw error;
  }
  const audit = traceMethods<AuditLog>(composedAudit.audit, 'backend.audit', ['append']);
  const linkSecret = config.linkSigningSecret ?? readOrCreateSecret(files.linkSecret);
  const confirmations = traceMethods(state.confirmations, 'backend.confirmations', [
    'issue',
    'check',
    'consume',
    'revoke',
  ]);
  const idempotency = traceMethods(state.idempotency, 'backend.idempotency', ['run']);
  const conversationState = traceMethods(state.conversationState, 'backend.state', [
    'read',
    'write',
    'delete',
  ]);
  const { approvals, answers } = state;
  const registry = new SkillRegistry({
    answers,
    onAnswerLogError: (error) => log.error('answer log not written', { error: String(error) }),
    audit,
    confirmations,
    idempotency,
    securityEvents,
    onAuditError: (error, record) =>
      log.error('audit record not written', { ...record, event: 'audit_write_failed', error: String(error) }),
  });
  const { tickets, reports, holders } = composeSkills({
    config,
    registry,
    index,
    confirmations,
    approvals,
    directory,
    linkSecret,
    credential,
    profile,
    examples: examples.list,
    storage: state.storage,
    securityEvents,
  });
  assertBrandSkillsExist(profile, registry);
  return {
    config,
    profile,
    log,
    securityEvents,
    index,
    directory,
    registry,
    audit,
    tickets,
    reports,
    approvals,
    examples,
    answers,
    ingestRuns: new IngestRunLog(files.ingestRuns),
    ...(composedAudit.file ? { auditFile: composedAudit.file } : {}),
    verifyAudit: () => composedAudit.verify(),
    holders: {
      retention: [...state.holders.retention, ...composedAudit.holders.retention, ...holders.retention],
      personalData: [
        ...state.holders.personalData,
        ...composedAudit.holders.personalData,
        ...holders.personalData,
      ],
    },
    feedback: traceMethods(state.feedback, 'backend.feedback', ['recordAnswer', 'recordFeedback', 'list']),
    conversationState,
    linkSecret,
    ready: async () => {
      await state.ready();
      await composedAudit.ready();
    },
    ...(config.signIn
      ? {
          signIn: createSignIn({
            config: config.signIn,
            secret: linkSecret,
            ...(overrides.signInNetwork ? { network: overrides.signInNetwork } : {}),
            onRefused: (reason, cause) => {
              securityEvents.record({
                type: 'sign_in_refused',
                correlationId: crypto.randomUUID(),
                surface: 'viewer',
                reason,
              });
              if (cause) log.debug('sign-in refused', { reason, cause: cause.slice(0, 300) });
            },
          }),
        }
      : {}),
    readiness: {
      index: async () => void (await index.getDocument('readyz-probe')),
      state: async () => void (await conversationState.read(['readyz-probe'])),
      audit: audit.ping?.bind(audit),
      tickets: async () => void (await tickets.get(1)),
    },
    credential,
    close: async () => {
      await index.close();
      await audit.close();
      await tickets.close();
      await state.close();
    },
  };
}

function createDirectory(config: AppConfig, credential: TokenCredential | undefined): Directory {
  if (config.directory.backend === 'file') return LocalDirectory.fromFile(config.directoryFile);
  if (!credential) throw new Error('DIRECTORY_BACKEND=graph needs an Entra credential');
  const baseUrl = config.graphBaseUrl;
  return new GraphDirectory({ client: createGraphClient({ credential, baseUrl }), baseUrl });
}

/** Reads a persisted random secret, creating it (mode 0600) on first use, so links survive restarts. */
function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  }
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * A brand that offers a skill the registry does not have is a typo that would silently hide a skill in its
 * places: start-up fails naming each one.
 */
function assertBrandSkillsExist(profile: OrganisationProfile, registry: SkillRegistry): void {
  const unknown = profile.brands.flatMap((brand) =>
    (brand.skills ?? [])
      .filter((skill) => registry.get(skill) === undefined)
      .map((skill) => `brands.${brand.id}.skills: no skill "${skill}"`),
  );
  if (unknown.length > 0) throw new Error(`organisation profile is invalid: ${unknown.join('; ')}`);
}
