import type { OpenAIEndpointConfig } from '../../knowledge/openai/createOpenAIClient';

/** The validated, typed configuration; built once by `loadConfig` and passed to the composition root. */
export interface AppConfig {
  readonly port: number;
  /** Absolute folder for every file the app writes (index, state, audit, reports, playground). */
  readonly dataDir: string;
  readonly botName: string;
  /** Undefined in local mode: then the server accepts unauthenticated requests and binds to 127.0.0.1 only. */
  readonly auth?: {
    appId: string;
    appPassword?: string;
    tenantId?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  };
  /** Folder the local source ingests. Default: the bundled sample corpus (`knowledge/sample/corpus`). */
  readonly knowledgeSourceDir: string;
  /**
   * Principals (`everyone`, `group:<id>`, `user:<id>`) that may read a local document which neither its own
   * metadata nor any `_folder.meta.yaml` above it gives an access list. Absent: such documents are readable by
   * nobody (fail closed). KNOWLEDGE_DEFAULT_ACCESS.
   */
  readonly knowledgeDefaultAccess?: readonly string[];
  /**
   * Absolute path of the organisation profile (names, brands, glossary, examples). Default: the sample's
   * `knowledge/sample/organisation.yaml` when the sample is served (no KNOWLEDGE_SOURCE_DIR, no GRAPH_DRIVES,
   * the embedded index), else none (neutral wording).
   * ORGANISATION_PROFILE.
   */
  readonly organisationProfile?: string;
  /**
   * The audit trail's signing key file and the external copy of its signed head (absolute paths). Defaults:
   * the key in `DATA_DIR/audit.sqlite.key`, no anchor. Put both outside `DATA_DIR` (another volume, a mounted
   * secret) so that restoring or rolling back the data folder is detected. `key`: the key itself (a Key Vault
   * reference), instead of `keyFile`; one of the two is required with `state.backend === 'azure'`, where every
   * instance signs the one chain. AUDIT_HEAD_KEY, AUDIT_HEAD_KEY_FILE, AUDIT_HEAD_ANCHOR.
   */
  readonly audit: { key?: string; keyFile?: string; anchorFile?: string };
  readonly directoryFile: string;
  /** Origin readers use to reach this server (document and report links). Default `http://127.0.0.1:<PORT>`. */
  readonly publicBaseUrl: string;
  readonly linkSigningSecret?: string;
  /**
   * Lifetime of a document or report link in minutes (5 to 1440, default 60): a kept or forwarded link stops
   * working soon after. LINK_TTL_MINUTES.
   */
  readonly linkTtlMinutes: number;
  /**
   * Authenticated mode only: readers of `/docs` and `/reports` links sign in with Entra ID (authorization code
   * flow with PKCE, confidential client). `authority` is `https://<host>/<tenant>` (default
   * `https://login.microsoftonline.com/<MicrosoftAppTenantId or PLUGIN_API_TENANT_ID>`); `redirectUri` is
   * `<PUBLIC_BASE_URL>/auth/callback`, to register as a Web redirect URI on the app `clientId`; a session lasts
   * `sessionMinutes` (5 to 720, default 60). SIGN_IN_CLIENT_ID (default MicrosoftAppId), SIGN_IN_CLIENT_SECRET
   * (default MicrosoftAppPassword), SIGN_IN_AUTHORITY, SIGN_IN_SESSION_MINUTES.
   */
  readonly signIn?: {
    readonly clientId: string;
    readonly clientSecret: string;
    readonly authority: string;
    readonly redirectUri: string;
    readonly sessionMinutes: number;
  };
  readonly playground: { enabled: boolean; port: number };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /**
   * Traces and metrics go to this Application Insights resource (`@azure/monitor-opentelemetry`) when set;
   * absent: OpenTelemetry stays a no-op. APPLICATIONINSIGHTS_CONNECTION_STRING.
   */
  readonly applicationInsightsConnectionString?: string;
  /**
   * On SIGTERM the server stops accepting connections and waits up to this long for requests in flight
   * (turns, plugin calls) before closing the rest and the stores. 0 to 120000, default 10000. SHUTDOWN_TIMEOUT_MS.
   */
  readonly shutdownTimeoutMs: number;
  /**
   * Hours the bot keeps a conversation's state (a question it asked and waits on; with a model, the planner's
   * last messages) after its last change; then it is forgotten and deleted. 1 to 720, default 24.
   * CONVERSATION_STATE_TTL_HOURS.
   */
  readonly conversationStateTtlHours: number;
  /**
   * Where shared state lives: `embedded` (SQLite files and folders under `dataDir`, one instance) or `azure`
   * (Azure Table and Blob Storage, shared by every instance): conversation state, confirmation tokens,
   * idempotency keys, feedback, the embedded ticket desk, the audit chain and exported reports. `storage`: a
   * connection string (Azurite; an account key) or an account name reached with the app's Entra credential.
   * STATE_BACKEND, AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_ACCOUNT_NAME.
   */
  readonly state:
    | { backend: 'embedded' }
    | { backend: 'azure'; storage: { connectionString: string } | { accountName: string } };
  /** The app's own Entra credential for Graph, Azure AI Search and Azure DevOps (when they don't use keys). */
  readonly entra?:
    | { kind: 'secret'; tenantId: string; clientId: string; clientSecret: string }
    | { kind: 'certificate'; tenantId: string; clientId: string; certificatePath: string }
    | { kind: 'managedIdentity'; clientId?: string };
  readonly search:
    | {
        backend: 'embedded';
        /** Worker threads the embedded index searches on (0: on the event loop's thread); see ThreadedSearchIndex. */
        threads: number;
      }
    | {
        backend: 'azure';
        endpoint: string;
        indexName: string;
        apiKey?: string;
        semanticConfiguration?: string;
      };
  readonly directory: { backend: 'file' } | { backend: 'graph' };
  /** Microsoft Graph origin (default `https://graph.microsoft.com`; a loopback server in tests). */
  readonly graphBaseUrl: string;
  /** Drives (document libraries) the Graph source ingests, with the brand and language of their documents. */
  readonly graphDrives: { driveId: string; brand?: string; language?: string }[];
  readonly tickets:
    | { backend: 'embedded' }
    | {
        backend: 'azure-devops';
        organizationUrl: string;
        project: string;
        pat?: string;
        areaPath?: string;
        workItemType: string;
      };
  /**
   * Optional language model. Absent: deterministic router and extractive answers. `openai` covers OpenAI and
   * any OpenAI-compatible server (`baseUrl`, e.g. a local llama.cpp or Ollama); `azure-openai` uses an API key
   * or the app's Entra credential.
   */
  readonly model?: OpenAIEndpointConfig & { timeoutMs: number };
  /**
   * Optional embedding model for hybrid (text + vector) retrieval; only with `search.backend === 'azure'`.
   * `dimensions`: EMBEDDING_DIMENSIONS, else the known size of the named model (text-embedding-3-small 1536,
   * -3-large 3072, ada-002 1536). `requestDimensions`: the size is also sent as the API's `dimensions`
   * parameter, when EMBEDDING_DIMENSIONS is set for a model (or deployment) named `text-embedding-3-*`.
   */
  readonly embeddings?: OpenAIEndpointConfig & {
    dimensions: number;
    requestDimensions: boolean;
    timeoutMs: number;
  };
  /**
   * The Copilot plugin API (`/api/skills/...`) and the MCP endpoint (`/mcp`): Entra bearer tokens for `audience`, issued by `tenantId`, are
   * validated locally against the tenant's signing keys (`jwksUrl`, cached). Absent in local mode: calls are
   * accepted without a token from loopback only, as `localUserId`.
   */
  readonly pluginApi?: {
    audience: string;
    tenantId: string;
    jwksUrl: string;
    issuer: string;
    /**
     * The OAuth authorization server MCP clients get tokens from, named in the protected-resource metadata
     * (`/.well-known/oauth-protected-resource`). MCP_AUTHORIZATION_SERVER, default the tenant's Entra v2
     * authority `https://login.microsoftonline.com/<tenant>/v2.0` (clients find its OpenID configuration).
     */
    authorizationServer: string;
    /** Scopes a client asks for, in that metadata. MCP_SCOPES, default `<audience>/access_as_user`. */
    scopes: readonly string[];
  };
  /** The user local-mode calls without a token act as (default: the Agents Playground's default user). */
  readonly localUserId: string;
  /** The second person who must approve reports for customers or external audiences. */
  readonly reportApprover?: { id: string; name?: string };
  /**
   * Where exported reports go: `embedded` (under `DATA_DIR/reports`, downloaded through the bot) or `onedrive`
   * (the author's OneDrive, folder Reports, through Microsoft Graph with the app's Entra credential).
   */
  readonly reportStore: { backend: 'embedded' } | { backend: 'onedrive' };
  /**
   * The admin console (`/admin`). `groupId`: members of this group (Entra object id; transitive) may open it when
   * signed in; unset means the console is off in production (local mode: loopback callers only, as
   * `localUserId`). `namesGroupId`: admins in this group see people's names and ids; everyone else sees
   * pseudonyms.
   */
  readonly admin: { readonly groupId?: string; readonly namesGroupId?: string };
  /**
   * Retention in days per record kind, enforced by the purge (a timer in the running bot every
   * `purgeIntervalHours`, and `npm run purge`): feedback with its answers, the answer log, audit records (purged
   * behind a signed checkpoint), exported reports with their drafts and approval requests, tickets of the
   * embedded desk. Conversation state keeps `conversationStateTtlHours`. FEEDBACK_RETENTION_DAYS (365),
   * ANSWER_LOG_RETENTION_DAYS (180), AUDIT_RETENTION_DAYS (730), REPORT_RETENTION_DAYS (90),
   * TICKET_RETENTION_DAYS (730), RETENTION_PURGE_INTERVAL_HOURS (24).
   */
  readonly retention: {
    readonly feedbackDays: number;
    readonly answerLogDays: number;
    readonly auditDays: number;
    readonly reportDays: number;
    readonly ticketDays: number;
    readonly purgeIntervalHours: number;
  };
  /**
   * Data residency: the regions (and Bot Service geography) every configured endpoint must be in, checked at
   * start-up by `checkResidency` (the config does not load otherwise). Absent: ALLOWED_REGIONS unset, no check.
   * ALLOWED_REGIONS, BOT_DATA_RESIDENCY and the `*_REGION` variables.
   */
  readonly residency?: { readonly allowedRegions: readonly string[]; readonly botDataResidency: string };
}
