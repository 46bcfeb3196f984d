import { z } from 'zod/v4';
import { DEFAULT_CONVERSATION_STATE_TTL_HOURS } from '../../skills/state/ConversationStateStore';
import { BOT_DATA_RESIDENCIES, checkResidency } from './checkResidency';
import { checkEmbeddings } from './checkEmbeddings';
import { checkSignIn } from './checkSignIn';
import { checkStateBackend } from './checkStateBackend';
import {
  optionalText,
  HOURS,
  minutes,
  region,
  days,
  port,
  guid,
  httpsUrl,
  userId,
  groupId,
} from './configFields';
import { settingChecks } from './settingChecks';

/** What a setting needing the app's own Entra identity names as the ways to configure one. */
const ENTRA_CREDENTIAL =
  'an Entra credential (AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH or AZURE_USE_MANAGED_IDENTITY=true)';

export { embeddingModelName, KNOWN_EMBEDDING_DIMENSIONS } from './checkEmbeddings';

/**
 * Every variable the app reads, with defaults. Names follow Bot Framework / Agents Toolkit and Azure SDK
 * conventions (`MicrosoftAppId`, `AZURE_CLIENT_ID`, ...). The README's configuration table documents each one.
 */
export const ConfigSchema = z
  .object({
    PORT: port(3978),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    BOT_NAME: z.string().trim().min(1).max(30).default('Knowledge Assistant'),
    MicrosoftAppId: guid('the bot’s Entra app id'),
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: guid('your Entra tenant id'),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    KNOWLEDGE_SOURCE_DIR: optionalText,
    KNOWLEDGE_DEFAULT_ACCESS: optionalText.pipe(
      z
        .string()
        .regex(
          /^(everyone|(user|group):[A-Za-z0-9._@-]{1,128})(\s*,\s*(everyone|(user|group):[A-Za-z0-9._@-]{1,128}))*$/,
          'must be principals separated by commas (everyone, group:<id>, user:<id>)',
        )
        .optional(),
    ),
    ORGANISATION_PROFILE: optionalText,
    AUDIT_HEAD_ANCHOR: optionalText,
    AUDIT_HEAD_KEY_FILE: optionalText,
    AUDIT_HEAD_KEY: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    DIRECTORY_FILE: z.string().trim().min(1).default('knowledge/sample/directory.yaml'),
    PUBLIC_BASE_URL: httpsUrl,
    LINK_SIGNING_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    // Document and report links: lifetime, and (authenticated mode) the Entra ID sign-in of their readers.
    LINK_TTL_MINUTES: minutes(5, 1440, 60),
    SIGN_IN_SESSION_MINUTES: minutes(5, 720, 60),
    SIGN_IN_CLIENT_ID: guid('the app registration readers sign in to'),
    SIGN_IN_CLIENT_SECRET: optionalText,
    SIGN_IN_AUTHORITY: optionalText.pipe(
      z
        .url({
          protocol: /^https$/,
          message: 'must be an https URL such as https://login.microsoftonline.com/<tenant id>',
        })
        .optional(),
    ),
    PLAYGROUND: z.enum(['on', 'off']).default('on'),
    PLAYGROUND_PORT: port(56150),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText.pipe(
      z
        .string()
        .regex(
          /(^|;)\s*(InstrumentationKey|IngestionEndpoint)=/i,
          'must be an Application Insights connection string',
        )
        .optional(),
    ),
    SHUTDOWN_TIMEOUT_MS: z.coerce
      .number({ error: 'must be milliseconds from 0 to 120000' })
      .int('must be milliseconds from 0 to 120000')
      .min(0, 'must be milliseconds from 0 to 120000')
      .max(120000, 'must be milliseconds from 0 to 120000')
      .default(10000),
    CONVERSATION_STATE_TTL_HOURS: z.coerce
      .number({ error: HOURS })
      .int(HOURS)
      .min(1, HOURS)
      .max(720, HOURS)
      .default(DEFAULT_CONVERSATION_STATE_TTL_HOURS),
    // Backends (embedded defaults).
    STATE_BACKEND: z.enum(['embedded', 'azure']).default('embedded'),
    AZURE_STORAGE_CONNECTION_STRING: optionalText,
    AZURE_STORAGE_ACCOUNT_NAME: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z0-9]{3,24}$/, 'must be a storage account name (3-24 lower-case letters and digits)')
        .optional(),
    ),
    SEARCH_BACKEND: z.enum(['embedded', 'azure']).default('embedded'),
    INDEX_SEARCH_THREADS: z.coerce
      .number({ error: 'must be a whole number from 0 to 16' })
      .int('must be a whole number from 0 to 16')
      .min(0, 'must be a whole number from 0 to 16')
      .max(16, 'must be a whole number from 0 to 16')
      .default(1),
    AZURE_SEARCH_ENDPOINT: httpsUrl,
    AZURE_SEARCH_INDEX: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{1,127}$/, 'must be a valid index name')
        .optional(),
    ),
    AZURE_SEARCH_API_KEY: optionalText,
    AZURE_SEARCH_SEMANTIC_CONFIG: optionalText,
    DIRECTORY_BACKEND: z.enum(['file', 'graph']).default('file'),
    GRAPH_BASE_URL: httpsUrl,
    GRAPH_DRIVES: optionalText,
    AZURE_TENANT_ID: guid('the Entra tenant of the app credential'),
    AZURE_CLIENT_ID: guid('the Entra app (or managed identity) client id'),
    AZURE_CLIENT_SECRET: optionalText,
    AZURE_CLIENT_CERTIFICATE_PATH: optionalText,
    AZURE_USE_MANAGED_IDENTITY: z.enum(['true', 'false']).default('false'),
    TICKET_BACKEND: z.enum(['embedded', 'azure-devops']).default('embedded'),
    AZURE_DEVOPS_ORG_URL: httpsUrl,
    AZURE_DEVOPS_PROJECT: optionalText,
    AZURE_DEVOPS_PAT: optionalText,
    AZURE_DEVOPS_AREA_PATH: optionalText,
    AZURE_DEVOPS_WORK_ITEM_TYPE: z.string().trim().min(1).default('Issue'),
    MODEL_PROVIDER: z.enum(['none', 'openai', 'azure-openai']).default('none'),
    OPENAI_BASE_URL: httpsUrl,
    OPENAI_API_KEY: optionalText,
    OPENAI_MODEL: optionalText,
    AZURE_OPENAI_ENDPOINT: httpsUrl,
    AZURE_OPENAI_DEPLOYMENT: optionalText,
    AZURE_OPENAI_API_KEY: optionalText,
    AZURE_OPENAI_API_VERSION: z.string().trim().min(1).default('2024-10-21'),
    MODEL_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120000).default(30000),
    EMBEDDING_PROVIDER: z.enum(['none', 'openai', 'azure-openai']).default('none'),
    OPENAI_EMBEDDING_MODEL: optionalText,
    AZURE_OPENAI_EMBEDDING_DEPLOYMENT: optionalText,
    EMBEDDING_DIMENSIONS: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z.coerce
        .number()
        .int('must be an integer from 1 to 4096')
        .min(1, 'must be an integer from 1 to 4096')
        .max(4096, 'must be an integer from 1 to 4096')
        .optional(),
    ),
    PLUGIN_API_AUDIENCE: optionalText,
    PLUGIN_API_TENANT_ID: guid('the tenant whose users may call the plugin API'),
    PLUGIN_API_JWKS_URL: httpsUrl,
    PLUGIN_API_ISSUER: optionalText,
    MCP_AUTHORIZATION_SERVER: httpsUrl,
    MCP_SCOPES: optionalText.pipe(
      z
        .string()
        .regex(
          /^[\x21\x23-\x5B\x5D-\x7E]{1,200}(?:[ ,]+[\x21\x23-\x5B\x5D-\x7E]{1,200}){0,19}$/,
          'must be OAuth scopes separated by spaces or commas',
        )
        .optional(),
    ),
    LOCAL_USER_ID: userId,
    REPORT_APPROVER_ID: userId,
    REPORT_APPROVER_NAME: optionalText,
    REPORT_STORE: z.enum(['embedded', 'onedrive']).default('embedded'),
    ADMIN_GROUP_ID: groupId,
    ADMIN_NAMES_GROUP_ID: groupId,
    // Retention per record kind (conversation state: CONVERSATION_STATE_TTL_HOURS), enforced by the purge.
    FEEDBACK_RETENTION_DAYS: days(365),
    ANSWER_LOG_RETENTION_DAYS: days(180),
    AUDIT_RETENTION_DAYS: days(730),
    REPORT_RETENTION_DAYS: days(90),
    TICKET_RETENTION_DAYS: days(730),
    RETENTION_PURGE_INTERVAL_HOURS: z.coerce
      .number({ error: 'must be a whole number of hours from 1 to 168' })
      .int('must be a whole number of hours from 1 to 168')
      .min(1, 'must be a whole number of hours from 1 to 168')
      .max(168, 'must be a whole number of hours from 1 to 168')
      .default(24),
    // Data residency (checkResidency): allowed regions, and the region of each endpoint that hides it.
    ALLOWED_REGIONS: optionalText,
    BOT_DATA_RESIDENCY: z.enum(BOT_DATA_RESIDENCIES).default('global'),
    AZURE_SEARCH_REGION: region,
    AZURE_STORAGE_REGION: region,
    AZURE_OPENAI_REGION: region,
    OPENAI_REGION: region,
    APPLICATIONINSIGHTS_REGION: region,
  })
  .superRefine((env, ctx) => {
    const entra =
      env.AZURE_USE_MANAGED_IDENTITY === 'true' ||
      Boolean(env.AZURE_CLIENT_SECRET || env.AZURE_CLIENT_CERTIFICATE_PATH);
    const checks = settingChecks<keyof typeof env>(env, entra, ctx);
    const { issue, need } = checks;
    if (env.MicrosoftAppId) {
      if (env.MicrosoftAppType !== 'UserAssignedMSI')
        need('MicrosoftAppPassword', 'when MicrosoftAppId is set');
      if (env.MicrosoftAppType !== 'MultiTenant') need('MicrosoftAppTenantId', `for ${env.MicrosoftAppType}`);
      if (
        env.PLUGIN_API_JWKS_URL &&
        !env.PLUGIN_API_JWKS_URL.startsWith('https://') &&
        !/^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//.test(env.PLUGIN_API_JWKS_URL)
      )
        issue(
          'PLUGIN_API_JWKS_URL',
          'must be https when MicrosoftAppId is set (signing keys fetched over plain http can be forged)',
        );
      checkSignIn(env, ctx, need);
      if (env.PUBLIC_BASE_URL && !env.PUBLIC_BASE_URL.startsWith('https://'))
        issue('PUBLIC_BASE_URL', 'must be https when MicrosoftAppId is set');
    }
    if (env.AZURE_CLIENT_SECRET || env.AZURE_CLIENT_CERTIFICATE_PATH) {
      need('AZURE_TENANT_ID', 'with a client secret or certificate');
      need('AZURE_CLIENT_ID', 'with a client secret or certificate');
    }
    if (env.SEARCH_BACKEND === 'azure')
      checks.needWithKey(
        ['AZURE_SEARCH_ENDPOINT', 'AZURE_SEARCH_INDEX'],
        'when SEARCH_BACKEND=azure',
        'AZURE_SEARCH_API_KEY',
        `or ${ENTRA_CREDENTIAL} is required when SEARCH_BACKEND=azure`,
      );
    checkStateBackend(env, entra, ctx);
    if (env.DIRECTORY_BACKEND === 'graph' && !entra)
      issue('DIRECTORY_BACKEND', `graph needs ${ENTRA_CREDENTIAL}`);
    if (env.REPORT_STORE === 'onedrive' && !entra)
      issue(
        'REPORT_STORE',
        `onedrive needs ${ENTRA_CREDENTIAL} with the Graph permission Files.ReadWrite.All`,
      );
    if (
      env.GRAPH_DRIVES &&
      !/^[A-Za-z0-9!_-]+(?::[a-z]*(?::[a-z]{2})?)?(?:,[A-Za-z0-9!_-]+(?::[a-z]*(?::[a-z]{2})?)?)*$/.test(
        env.GRAPH_DRIVES,
      )
    )
      issue('GRAPH_DRIVES', 'must be driveId[:brand[:language]] entries separated by commas');
    if (env.MODEL_PROVIDER === 'openai') need('OPENAI_MODEL', 'when MODEL_PROVIDER=openai');
    if (env.MODEL_PROVIDER === 'openai' && !env.OPENAI_BASE_URL)
      need('OPENAI_API_KEY', 'when MODEL_PROVIDER=openai without OPENAI_BASE_URL');
    if (env.MODEL_PROVIDER === 'azure-openai')
      checks.needWithKey(
        ['AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT'],
        'when MODEL_PROVIDER=azure-openai',
        'AZURE_OPENAI_API_KEY',
        'or an Entra credential is required when MODEL_PROVIDER=azure-openai',
      );
    checkEmbeddings(env, checks);
    checkResidency(env, ctx);
    if (env.MicrosoftAppId && !env.PLUGIN_API_AUDIENCE)
      need(
        'PLUGIN_API_AUDIENCE',
        'when MicrosoftAppId is set (the Copilot plugin API validates Entra tokens)',
      );
    if (env.PLUGIN_API_AUDIENCE && !env.PLUGIN_API_TENANT_ID && !env.MicrosoftAppTenantId)
      need('PLUGIN_API_TENANT_ID', 'with PLUGIN_API_AUDIENCE (or set MicrosoftAppTenantId)');
    if (env.TICKET_BACKEND === 'azure-devops')
      checks.needWithKey(
        ['AZURE_DEVOPS_ORG_URL', 'AZURE_DEVOPS_PROJECT'],
        'when TICKET_BACKEND=azure-devops',
        'AZURE_DEVOPS_PAT',
        'or an Entra credential is required when TICKET_BACKEND=azure-devops',
      );
  });

export type ConfigValues = z.infer<typeof ConfigSchema>;
