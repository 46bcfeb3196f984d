import path from 'node:path';
import { z } from 'zod/v4';
import { readEnvFile } from './readEnvFile';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));
const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/**
 * Every setting the app reads, with defaults. Names follow Bot Framework / Agents Toolkit conventions
 * (`MicrosoftAppId`, ...). The README's configuration table documents each one.
 */
const ConfigSchema = z
  .object({
    PORT: port(3978),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    BOT_NAME: z.string().trim().min(1).max(30).default('Norvik Assistant'),
    MicrosoftAppId: optionalText.pipe(
      z.guid({ message: 'must be a GUID (the bot’s Entra app id)' }).optional(),
    ),
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText.pipe(
      z.guid({ message: 'must be a GUID (your Entra tenant id)' }).optional(),
    ),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    KNOWLEDGE_SOURCE_DIR: z.string().trim().min(1).default('knowledge/sample/corpus'),
    DIRECTORY_FILE: z.string().trim().min(1).default('knowledge/sample/directory.yaml'),
    PUBLIC_BASE_URL: optionalText.pipe(
      z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
    ),
    LINK_SIGNING_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    PLAYGROUND: z.enum(['on', 'off']).default('on'),
    PLAYGROUND_PORT: port(56150),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (!env.MicrosoftAppId) return;
    if (env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'is required when MicrosoftAppId is set',
      });
    }
    if (env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: `is required for ${env.MicrosoftAppType}`,
      });
    }
    if (env.PUBLIC_BASE_URL && !env.PUBLIC_BASE_URL.startsWith('https://')) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_BASE_URL'],
        message: 'must be https when MicrosoftAppId is set',
      });
    }
  });

export interface AppConfig {
  readonly port: number;
  /** Absolute folder for every file the app writes (index, secrets, playground state). */
  readonly dataDir: string;
  readonly botName: string;
  /** Undefined in local mode: then the server accepts unauthenticated requests and binds to 127.0.0.1 only. */
  readonly auth?: {
    appId: string;
    appPassword?: string;
    tenantId?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  };
  readonly knowledgeSourceDir: string;
  readonly directoryFile: string;
  /** Origin readers use to reach this server (document links). Default `http://127.0.0.1:<PORT>`. */
  readonly publicBaseUrl: string;
  readonly linkSigningSecret?: string;
  readonly playground: { enabled: boolean; port: number };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
}

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
        const shown = value === undefined || /PASSWORD|SECRET/i.test(name) ? '' : ` (got "${value}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const c = parsed.data;
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
    knowledgeSourceDir: path.resolve(cwd, c.KNOWLEDGE_SOURCE_DIR),
    directoryFile: path.resolve(cwd, c.DIRECTORY_FILE),
    publicBaseUrl: (c.PUBLIC_BASE_URL ?? `http://127.0.0.1:${c.PORT}`).replace(/\/+$/, ''),
    ...(c.LINK_SIGNING_SECRET ? { linkSigningSecret: c.LINK_SIGNING_SECRET } : {}),
    playground: { enabled: c.PLAYGROUND === 'on', port: c.PLAYGROUND_PORT },
    logLevel: c.LOG_LEVEL,
  };
}
