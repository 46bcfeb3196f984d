import path from 'node:path';
import type { AppConfig } from './AppConfig';
import {
  ConfigSchema,
  type ConfigValues,
  embeddingModelName,
  KNOWN_EMBEDDING_DIMENSIONS,
} from './configSchema';
import { allowedRegionsOf } from './checkResidency';
import { readEnvFile } from './readEnvFile';

export type { AppConfig } from './AppConfig';

/** The bundled demo corpus and its organisation profile: the defaults when no source folder is configured. */
const SAMPLE_CORPUS = 'knowledge/sample/corpus';
const SAMPLE_PROFILE = 'knowledge/sample/organisation.yaml';

/** Thrown once at startup, listing every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds the validated config from `env` over the values of `envFile` (default `env/.env.local` when present;
 * process environment wins). Relative paths resolve against `cwd`. Throws ConfigError naming every bad variable.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: { cwd?: string; envFile?: string } = {},
): AppConfig {
  const cwd = options.cwd ?? process.cwd();
  let fileValues: Record<string, string>;
  try {
    fileValues = readEnvFile(path.resolve(cwd, options.envFile ?? 'env/.env.local'));
  } catch (error) {
    throw new ConfigError([error instanceof Error ? error.message : String(error)]);
  }
  const merged: Record<string, string | undefined> = { ...fileValues };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value;
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'config');
        const value = merged[name];
        const shown =
          value === undefined || /PASSWORD|SECRET|KEY|PAT|CONNECTION_STRING/i.test(name)
            ? ''
            : ` (got "${value}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  return toAppConfig(parsed.data, cwd);
}

/** True when the deployment serves the bundled sample: no source folder, no Graph drives, the embedded index. */
function servesSample(c: ConfigValues): boolean {
  return !c.KNOWLEDGE_SOURCE_DIR && !c.GRAPH_DRIVES && c.SEARCH_BACKEND === 'embedded';
}

function toAppConfig(c: ConfigValues, cwd: string): AppConfig {
  return {
    port: c.PORT,
    dataDir: path.resolve(cwd, c.DATA_DIR),
    botName: c.BOT_NAME,
    ...(c.MicrosoftAppId
      ? {
          auth: {
            appId: c.MicrosoftAppId,
            appType: c.MicrosoftAppType,
            ...(c.MicrosoftAppPassword ? { appPassword: c.MicrosoftAppPassword } : {}),
            ...(c.MicrosoftAppTenantId ? { tenantId: c.MicrosoftAppTenantId } : {}),
          },
        }
      : {}),
    knowledgeSourceDir: path.resolve(cwd, c.KNOWLEDGE_SOURCE_DIR ?? SAMPLE_CORPUS),
    ...(c.KNOWLEDGE_DEFAULT_ACCESS
      ? { knowledgeDefaultAccess: c.KNOWLEDGE_DEFAULT_ACCESS.split(',').map((entry) => entry.trim()) }
      : {}),
    // The sample's profile only goes with the sample: the embedded index over the bundled corpus.
    ...(c.ORGANISATION_PROFILE || servesSample(c)
      ? { organisationProfile: path.resolve(cwd, c.ORGANISATION_PROFILE ?? SAMPLE_PROFILE) }
      : {}),
    directoryFile: path.resolve(cwd, c.DIRECTORY_FILE),
    audit: {
      ...(c.AUDIT_HEAD_KEY ? { key: c.AUDIT_HEAD_KEY } : {}),
      ...(c.AUDIT_HEAD_KEY_FILE ? { keyFile: path.resolve(cwd, c.AUDIT_HEAD_KEY_FILE) } : {}),
      ...(c.AUDIT_HEAD_ANCHOR ? { anchorFile: path.resolve(cwd, c.AUDIT_HEAD_ANCHOR) } : {}),
    },
    publicBaseUrl: (c.PUBLIC_BASE_URL ?? `http://127.0.0.1:${c.PORT}`).replace(/\/+$/, ''),
    ...(c.LINK_SIGNING_SECRET ? { linkSigningSecret: c.LINK_SIGNING_SECRET } : {}),
    linkTtlMinutes: c.LINK_TTL_MINUTES,
    ...signInOf(c),
    playground: { enabled: c.PLAYGROUND === 'on', port: c.PLAYGROUND_PORT },
    logLevel: c.LOG_LEVEL,
    ...(c.APPLICATIONINSIGHTS_CONNECTION_STRING
      ? { applicationInsightsConnectionString: c.APPLICATIONINSIGHTS_CONNECTION_STRING }
      : {}),
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    conversationStateTtlHours: c.CONVERSATION_STATE_TTL_HOURS,
    state:
      c.STATE_BACKEND === 'azure'
        ? {
            backend: 'azure',
            storage: c.AZURE_STORAGE_CONNECTION_STRING
              ? { connectionString: c.AZURE_STORAGE_CONNECTION_STRING }
              : { accountName: c.AZURE_STORAGE_ACCOUNT_NAME as string },
          }
        : { backend: 'embedded' },
    ...entraOf(c),
    search:
      c.SEARCH_BACKEND === 'azure'
        ? {
            backend: 'azure',
            endpoint: c.AZURE_SEARCH_ENDPOINT as string,
            indexName: c.AZURE_SEARCH_INDEX as string,
            ...(c.AZURE_SEARCH_API_KEY ? { apiKey: c.AZURE_SEARCH_API_KEY } : {}),
            ...(c.AZURE_SEARCH_SEMANTIC_CONFIG
              ? { semanticConfiguration: c.AZURE_SEARCH_SEMANTIC_CONFIG }
              : {}),
          }
        : { backend: 'embedded', threads: c.INDEX_SEARCH_THREADS },
    directory: c.DIRECTORY_BACKEND === 'graph' ? { backend: 'graph' } : { backend: 'file' },
    graphBaseUrl: (c.GRAPH_BASE_URL ?? 'https://graph.microsoft.com').replace(/\/+$/, ''),
    graphDrives: (c.GRAPH_DRIVES ?? '')
      .split(',')
      .filter(Boolean)
      .map((entry) => {
        const [driveId = '', brand, language] = entry.split(':');
        return { driveId, ...(brand ? { brand } : {}), ...(language ? { language } : {}) };
      }),
    tickets:
      c.TICKET_BACKEND === 'azure-devops'
        ? {
            backend: 'azure-devops',
            organizationUrl: (c.AZURE_DEVOPS_ORG_URL as string).replace(/\/+$/, ''),
            project: c.AZURE_DEVOPS_PROJECT as string,
            workItemType: c.AZURE_DEVOPS_WORK_ITEM_TYPE,
            ...(c.AZURE_DEVOPS_PAT ? { pat: c.AZURE_DEVOPS_PAT } : {}),
            ...(c.AZURE_DEVOPS_AREA_PATH ? { areaPath: c.AZURE_DEVOPS_AREA_PATH } : {}),
          }
        : { backend: 'embedded' },
    ...modelOf(c),
    ...embeddingsOf(c),
    ...pluginApiOf(c),
    localUserId: c.LOCAL_USER_ID ?? '00000000-0000-0000-0000-0000000000020',
    ...(c.REPORT_APPROVER_ID
      ? {
          reportApprover: {
            id: c.REPORT_APPROVER_ID,
            ...(c.REPORT_APPROVER_NAME ? { name: c.REPORT_APPROVER_NAME } : {}),
          },
        }
      : {}),
    reportStore: c.REPORT_STORE === 'onedrive' ? { backend: 'onedrive' } : { backend: 'embedded' },
    admin: {
      ...(c.ADMIN_GROUP_ID ? { groupId: c.ADMIN_GROUP_ID } : {}),
      ...(c.ADMIN_NAMES_GROUP_ID ? { namesGroupId: c.ADMIN_NAMES_GROUP_ID } : {}),
    },
    retention: {
      feedbackDays: c.FEEDBACK_RETENTION_DAYS,
      answerLogDays: c.ANSWER_LOG_RETENTION_DAYS,
      auditDays: c.AUDIT_RETENTION_DAYS,
      reportDays: c.REPORT_RETENTION_DAYS,
      ticketDays: c.TICKET_RETENTION_DAYS,
      purgeIntervalHours: c.RETENTION_PURGE_INTERVAL_HOURS,
    },
    ...residencyOf(c),
  };
}

function residencyOf(c: ConfigValues): Pick<AppConfig, 'residency'> {
  const allowedRegions = allowedRegionsOf(c.ALLOWED_REGIONS);
  return allowedRegions ? { residency: { allowedRegions, botDataResidency: c.BOT_DATA_RESIDENCY } } : {};
}

/** Authenticated mode: how readers of links sign in (the schema made sure every part is there). */
function signInOf(c: ConfigValues): Pick<AppConfig, 'signIn'> {
  const clientId = c.SIGN_IN_CLIENT_ID ?? c.MicrosoftAppId;
  const clientSecret = c.SIGN_IN_CLIENT_SECRET ?? c.MicrosoftAppPassword;
  const tenantId = c.MicrosoftAppTenantId ?? c.PLUGIN_API_TENANT_ID;
  const authority = c.SIGN_IN_AUTHORITY ?? (tenantId ? `https://login.microsoftonline.com/${tenantId}` : '');
  if (!c.MicrosoftAppId || !clientId || !clientSecret || !authority || !c.PUBLIC_BASE_URL) return {};
  return {
    signIn: {
      clientId,
      clientSecret,
      authority: authority.replace(/\/+$/, ''),
      redirectUri: `${c.PUBLIC_BASE_URL.replace(/\/+$/, '')}/auth/callback`,
      sessionMinutes: c.SIGN_IN_SESSION_MINUTES,
    },
  };
}

function pluginApiOf(c: ConfigValues): Pick<AppConfig, 'pluginApi'> {
  const tenantId = c.PLUGIN_API_TENANT_ID ?? c.MicrosoftAppTenantId;
  if (!c.PLUGIN_API_AUDIENCE || !tenantId) return {};
  return {
    pluginApi: {
      audience: c.PLUGIN_API_AUDIENCE,
      tenantId,
      jwksUrl: c.PLUGIN_API_JWKS_URL ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
      issuer: c.PLUGIN_API_ISSUER ?? `https://login.microsoftonline.com/${tenantId}/v2.0`,
      authorizationServer: c.MCP_AUTHORIZATION_SERVER ?? `https://login.microsoftonline.com/${tenantId}/v2.0`,
      scopes: c.MCP_SCOPES
        ? c.MCP_SCOPES.split(/[ ,]+/).filter(Boolean)
        : [`${c.PLUGIN_API_AUDIENCE.replace(/\/+$/, '')}/access_as_user`],
    },
  };
}

function modelOf(c: ConfigValues): Pick<AppConfig, 'model'> {
  if (c.MODEL_PROVIDER === 'openai') {
    return {
      model: {
        provider: 'openai',
        model: c.OPENAI_MODEL as string,
        timeoutMs: c.MODEL_TIMEOUT_MS,
        ...(c.OPENAI_API_KEY ? { apiKey: c.OPENAI_API_KEY } : {}),
        ...(c.OPENAI_BASE_URL ? { baseUrl: c.OPENAI_BASE_URL } : {}),
      },
    };
  }
  if (c.MODEL_PROVIDER === 'azure-openai') {
    return {
      model: {
        provider: 'azure-openai',
        endpoint: c.AZURE_OPENAI_ENDPOINT as string,
        deployment: c.AZURE_OPENAI_DEPLOYMENT as string,
        apiVersion: c.AZURE_OPENAI_API_VERSION,
        timeoutMs: c.MODEL_TIMEOUT_MS,
        ...(c.AZURE_OPENAI_API_KEY ? { apiKey: c.AZURE_OPENAI_API_KEY } : {}),
      },
    };
  }
  return {};
}

function embeddingsOf(c: ConfigValues): Pick<AppConfig, 'embeddings'> {
  const name = embeddingModelName(c);
  if (!name) return {};
  const dimensions = c.EMBEDDING_DIMENSIONS ?? (KNOWN_EMBEDDING_DIMENSIONS[name] as number);
  const requestDimensions = c.EMBEDDING_DIMENSIONS !== undefined && name.startsWith('text-embedding-3');
  const common = { dimensions, requestDimensions, timeoutMs: c.MODEL_TIMEOUT_MS };
  if (c.EMBEDDING_PROVIDER === 'openai') {
    return {
      embeddings: {
        provider: 'openai',
        model: name,
        ...common,
        ...(c.OPENAI_API_KEY ? { apiKey: c.OPENAI_API_KEY } : {}),
        ...(c.OPENAI_BASE_URL ? { baseUrl: c.OPENAI_BASE_URL } : {}),
      },
    };
  }
  return {
    embeddings: {
      provider: 'azure-openai',
      endpoint: c.AZURE_OPENAI_ENDPOINT as string,
      deployment: name,
      apiVersion: c.AZURE_OPENAI_API_VERSION,
      ...common,
      ...(c.AZURE_OPENAI_API_KEY ? { apiKey: c.AZURE_OPENAI_API_KEY } : {}),
    },
  };
}

function entraOf(c: ConfigValues): Pick<AppConfig, 'entra'> {
  if (c.AZURE_TENANT_ID && c.AZURE_CLIENT_ID) {
    const app = { tenantId: c.AZURE_TENANT_ID, clientId: c.AZURE_CLIENT_ID };
    if (c.AZURE_CLIENT_SECRET)
      return { entra: { kind: 'secret', ...app, clientSecret: c.AZURE_CLIENT_SECRET } };
    if (c.AZURE_CLIENT_CERTIFICATE_PATH)
      return { entra: { kind: 'certificate', ...app, certificatePath: c.AZURE_CLIENT_CERTIFICATE_PATH } };
  }
  if (c.AZURE_USE_MANAGED_IDENTITY === 'true') {
    return {
      entra: { kind: 'managedIdentity', ...(c.AZURE_CLIENT_ID ? { clientId: c.AZURE_CLIENT_ID } : {}) },
    };
  }
  return {};
}
