import type { z } from 'zod/v4';
import type { OptionalSettings } from './settingChecks';

/** Geographies of the Azure Bot Service (BOT_DATA_RESIDENCY): `global` means anywhere Microsoft runs it. */
export const BOT_DATA_RESIDENCIES = ['global', 'europe', 'india'] as const;

/** The settings `checkResidency` reads. */
export type ResidencySettings = OptionalSettings<
  | 'ALLOWED_REGIONS'
  | 'MicrosoftAppId'
  | 'AZURE_STORAGE_CONNECTION_STRING'
  | 'AZURE_STORAGE_ACCOUNT_NAME'
  | 'AZURE_STORAGE_REGION'
  | 'AZURE_SEARCH_ENDPOINT'
  | 'AZURE_SEARCH_REGION'
  | 'AZURE_OPENAI_ENDPOINT'
  | 'AZURE_OPENAI_REGION'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_REGION'
  | 'APPLICATIONINSIGHTS_CONNECTION_STRING'
  | 'APPLICATIONINSIGHTS_REGION'
> & {
  readonly BOT_DATA_RESIDENCY: (typeof BOT_DATA_RESIDENCIES)[number];
  readonly STATE_BACKEND: string;
  readonly SEARCH_BACKEND: string;
  readonly MODEL_PROVIDER: string;
  readonly EMBEDDING_PROVIDER: string;
};

/** One configured endpoint whose data leaves the process: where it is, and how its region is known. */
interface Endpoint {
  /** The variable that configures the endpoint (named in the error). */
  readonly variable: string;
  /** What the error shows of the endpoint: its host, never a key. */
  readonly shown: string;
  /** The variable that declares its region. */
  readonly regionVariable: string;
  readonly declared: string | undefined;
  /** The region the endpoint itself reveals (an Application Insights ingestion host, a regional host name). */
  readonly revealed: string | undefined;
  /** On this machine (Azurite, a local model server): no region to check. */
  readonly loopback: boolean;
}

/** The allowed regions (lower case), or undefined when ALLOWED_REGIONS is unset: no residency check. */
export function allowedRegionsOf(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  return value
    .split(',')
    .map((region) => region.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Data residency. With ALLOWED_REGIONS set, every configured endpoint the bot sends people's data to must be in
 * one of those regions: Azure AI Search (AZURE_SEARCH_ENDPOINT), Storage (the state backend), Azure OpenAI
 * and OpenAI-compatible models, Application Insights and, in authenticated mode, the Azure Bot Service
 * (BOT_DATA_RESIDENCY: `europe`, `india` or `global`, which ALLOWED_REGIONS must list by that name).
 *
 * A region is read from the endpoint when the endpoint reveals it (the Application Insights connection
 * string's `IngestionEndpoint` host such as `westeurope-5.in.applicationinsights.azure.com`; a regional
 * Cognitive Services host `westeurope.api.cognitive.microsoft.com`); otherwise the backend's `*_REGION`
 * variable must declare it. A declared region that contradicts the revealed one is an error too. Loopback
 * endpoints (Azurite, a local model server) are on the bot's own machine and are not checked. Adds one issue
 * per offending endpoint, on the endpoint's variable, naming its host and region.
 */
export function checkResidency(env: ResidencySettings, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const allowed = allowedRegionsOf(env.ALLOWED_REGIONS);
  if (!allowed) return;
  const bad = allowed.filter((region) => !/^[a-z][a-z0-9]{1,39}$/.test(region));
  if (bad.length > 0) {
    issue('ALLOWED_REGIONS', `must be Azure region names separated by commas (not ${bad.join(', ')})`);
    return;
  }
  const list = allowed.join(',');
  for (const endpoint of endpointsOf(env)) {
    if (endpoint.loopback) continue;
    if (endpoint.revealed && endpoint.declared && endpoint.revealed !== endpoint.declared) {
      issue(
        endpoint.regionVariable,
        `says ${endpoint.declared} but ${endpoint.shown} (${endpoint.variable}) is in ${endpoint.revealed}`,
      );
      continue;
    }
    const region = endpoint.revealed ?? endpoint.declared;
    if (!region) {
      issue(
        endpoint.regionVariable,
        `is required with ALLOWED_REGIONS: the region of ${endpoint.shown} (${endpoint.variable}) cannot be read from the endpoint`,
      );
    } else if (!allowed.includes(region)) {
      issue(
        endpoint.variable,
        `${endpoint.shown} is in ${region}, outside ALLOWED_REGIONS (${list}): data residency`,
      );
    }
  }
  if (env.MicrosoftAppId && !allowed.includes(env.BOT_DATA_RESIDENCY)) {
    issue(
      'BOT_DATA_RESIDENCY',
      `the Azure Bot Service (Bot Framework token and channel endpoints) is ${env.BOT_DATA_RESIDENCY}, outside ALLOWED_REGIONS (${list}): register a regional bot (europe, india) and list that geography in ALLOWED_REGIONS`,
    );
  }
}

function endpointsOf(env: ResidencySettings): Endpoint[] {
  const endpoints: Endpoint[] = [];
  const region = (value: string | undefined) => value?.trim().toLowerCase() || undefined;
  if (env.SEARCH_BACKEND === 'azure' && env.AZURE_SEARCH_ENDPOINT) {
    endpoints.push(
      urlEndpoint(
        'AZURE_SEARCH_ENDPOINT',
        env.AZURE_SEARCH_ENDPOINT,
        'AZURE_SEARCH_REGION',
        region(env.AZURE_SEARCH_REGION),
      ),
    );
  }
  if (env.STATE_BACKEND === 'azure') {
    const connection = env.AZURE_STORAGE_CONNECTION_STRING;
    const account = env.AZURE_STORAGE_ACCOUNT_NAME;
    const hosts = connection ? storageHosts(connection) : [`${account ?? ''}.table.core.windows.net`];
    endpoints.push({
      variable: connection ? 'AZURE_STORAGE_CONNECTION_STRING' : 'AZURE_STORAGE_ACCOUNT_NAME',
      shown: connection ? (hosts[0] ?? 'the storage account') : `the storage account ${account ?? ''}`,
      regionVariable: 'AZURE_STORAGE_REGION',
      declared: region(env.AZURE_STORAGE_REGION),
      revealed: undefined,
      loopback: hosts.length > 0 && hosts.every(isLoopbackHost),
    });
  }
  const uses = (provider: string) => env.MODEL_PROVIDER === provider || env.EMBEDDING_PROVIDER === provider;
  if (uses('azure-openai') && env.AZURE_OPENAI_ENDPOINT) {
    endpoints.push(
      urlEndpoint(
        'AZURE_OPENAI_ENDPOINT',
        env.AZURE_OPENAI_ENDPOINT,
        'AZURE_OPENAI_REGION',
        region(env.AZURE_OPENAI_REGION),
      ),
    );
  }
  if (uses('openai')) {
    endpoints.push(
      urlEndpoint(
        'OPENAI_BASE_URL',
        env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
        'OPENAI_REGION',
        region(env.OPENAI_REGION),
      ),
    );
  }
  if (env.APPLICATIONINSIGHTS_CONNECTION_STRING) {
    const ingestion = connectionStringValue(env.APPLICATIONINSIGHTS_CONNECTION_STRING, 'IngestionEndpoint');
    const host = ingestion ? hostOf(ingestion) : undefined;
    endpoints.push({
      variable: 'APPLICATIONINSIGHTS_CONNECTION_STRING',
      shown: host ?? 'the Application Insights global ingestion endpoint',
      regionVariable: 'APPLICATIONINSIGHTS_REGION',
      declared: region(env.APPLICATIONINSIGHTS_REGION),
      revealed: host ? applicationInsightsRegion(host) : undefined,
      loopback: host !== undefined && isLoopbackHost(host),
    });
  }
  return endpoints;
}

function urlEndpoint(variable: string, url: string, regionVariable: string, declared: string | undefined) {
  const host = hostOf(url) ?? url;
  return {
    variable,
    shown: host,
    regionVariable,
    declared,
    revealed: /^([a-z0-9]+)\.api\.cognitive\.microsoft\.com$/.exec(host)?.[1],
    loopback: isLoopbackHost(host),
  };
}

/**
 * The Azure region of an Application Insights ingestion host: `westeurope-5.in.applicationinsights.azure.com`
 * gives `westeurope`; undefined for a host that names none (the global `dc.services.visualstudio.com`).
 */
export function applicationInsightsRegion(host: string): string | undefined {
  return /^([a-z0-9]+?)(?:-\d+)?\.in\.applicationinsights\.azure\.(?:com|us|cn)$/.exec(
    host.toLowerCase(),
  )?.[1];
}

/** A `Key=Value;...` connection string's value for `key` (case-insensitive), or undefined. */
function connectionStringValue(connection: string, key: string): string | undefined {
  for (const part of connection.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim().toLowerCase() === key.toLowerCase())
      return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The hosts a Storage connection string reaches (Azurite's for `UseDevelopmentStorage=true`). */
function storageHosts(connection: string): string[] {
  if (/usedevelopmentstorage\s*=\s*true/i.test(connection)) return ['127.0.0.1'];
  const explicit = ['BlobEndpoint', 'TableEndpoint', 'QueueEndpoint']
    .map((key) => connectionStringValue(connection, key))
    .filter((value): value is string => Boolean(value))
    .map((value) => hostOf(value))
    .filter((host): host is string => Boolean(host));
  if (explicit.length > 0) return explicit;
  const account = connectionStringValue(connection, 'AccountName');
  const suffix = connectionStringValue(connection, 'EndpointSuffix') ?? 'core.windows.net';
  return account ? [`${account}.table.${suffix}`] : [];
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
