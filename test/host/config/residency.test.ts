import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applicationInsightsRegion } from '../../../host/config/checkResidency';
import { ConfigError, loadConfig } from '../../../host/config/loadConfig';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'residency-'));
const GUID = '11111111-2222-3333-4444-555555555555';
const load = (env: Record<string, string>) => loadConfig(env, { cwd });
const problemsOf = (env: Record<string, string>): string[] => {
  try {
    load(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.problems;
  }
  return [];
};

const ALLOWED = { ALLOWED_REGIONS: 'westeurope, germanywestcentral,europe' };
const SEARCH = {
  SEARCH_BACKEND: 'azure',
  AZURE_SEARCH_ENDPOINT: 'https://kb-search.search.windows.net',
  AZURE_SEARCH_INDEX: 'knowledge',
  AZURE_SEARCH_API_KEY: 'k',
  AZURE_SEARCH_REGION: 'westeurope',
};
const STORAGE = {
  STATE_BACKEND: 'azure',
  AZURE_STORAGE_CONNECTION_STRING:
    'DefaultEndpointsProtocol=https;AccountName=kbstate;AccountKey=a2V5;EndpointSuffix=core.windows.net',
  AZURE_STORAGE_REGION: 'germanywestcentral',
  AUDIT_HEAD_KEY: 'x'.repeat(32),
  LINK_SIGNING_SECRET: 'y'.repeat(32),
};
const OPENAI = {
  MODEL_PROVIDER: 'azure-openai',
  AZURE_OPENAI_ENDPOINT: 'https://kb-openai.openai.azure.com',
  AZURE_OPENAI_DEPLOYMENT: 'gpt',
  AZURE_OPENAI_API_KEY: 'k',
  AZURE_OPENAI_REGION: 'westeurope',
};
const INSIGHTS = {
  APPLICATIONINSIGHTS_CONNECTION_STRING:
    'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/',
};
const BOT = {
  MicrosoftAppId: GUID,
  MicrosoftAppPassword: 'p',
  MicrosoftAppTenantId: GUID,
  PLUGIN_API_AUDIENCE: 'api://x',
  PUBLIC_BASE_URL: 'https://bot.example',
  BOT_DATA_RESIDENCY: 'europe',
};
const ALL_IN = { ...ALLOWED, ...SEARCH, ...STORAGE, ...OPENAI, ...INSIGHTS, ...BOT };

describe('data residency (ALLOWED_REGIONS)', () => {
  it('loads when every configured endpoint is in an allowed region', () => {
    const config = load(ALL_IN);
    assert.deepEqual(config.residency, {
      allowedRegions: ['westeurope', 'germanywestcentral', 'europe'],
      botDataResidency: 'europe',
    });
  });

  it('checks nothing without ALLOWED_REGIONS', () => {
    const config = load({ ...SEARCH, AZURE_SEARCH_REGION: 'eastus' });
    assert.equal(config.residency, undefined);
  });

  const cases: { endpoint: string; change: Record<string, string>; named: RegExp }[] = [
    {
      endpoint: 'Azure AI Search',
      change: { AZURE_SEARCH_REGION: 'eastus' },
      named: /^AZURE_SEARCH_ENDPOINT: kb-search\.search\.windows\.net is in eastus, outside ALLOWED_REGIONS/,
    },
    {
      endpoint: 'Storage',
      change: { AZURE_STORAGE_REGION: 'northeurope' },
      named: /^AZURE_STORAGE_CONNECTION_STRING: kbstate\.table\.core\.windows\.net is in northeurope/,
    },
    {
      endpoint: 'Azure OpenAI',
      change: { AZURE_OPENAI_REGION: 'swedencentral' },
      named: /^AZURE_OPENAI_ENDPOINT: kb-openai\.openai\.azure\.com is in swedencentral/,
    },
    {
      endpoint: 'Application Insights (region read from the ingestion endpoint)',
      change: {
        APPLICATIONINSIGHTS_CONNECTION_STRING:
          'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://eastus-8.in.applicationinsights.azure.com/',
      },
      named:
        /^APPLICATIONINSIGHTS_CONNECTION_STRING: eastus-8\.in\.applicationinsights\.azure\.com is in eastus/,
    },
    {
      endpoint: 'the Bot Framework (Azure Bot Service geography)',
      change: { BOT_DATA_RESIDENCY: 'global' },
      named: /^BOT_DATA_RESIDENCY: the Azure Bot Service .* is global, outside ALLOWED_REGIONS/,
    },
  ];
  for (const { endpoint, change, named } of cases) {
    it(`refuses to start when ${endpoint} is outside, naming that endpoint alone`, () => {
      const problems = problemsOf({ ...ALL_IN, ...change });
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0] ?? '', named);
    });
  }

  it('names every offending endpoint in one error', () => {
    const problems = problemsOf({
      ...ALL_IN,
      AZURE_SEARCH_REGION: 'eastus',
      AZURE_STORAGE_REGION: 'eastus',
      AZURE_OPENAI_REGION: 'eastus',
      BOT_DATA_RESIDENCY: 'india',
    });
    assert.deepEqual(problems.map((problem) => problem.split(':')[0]).sort(), [
      'AZURE_OPENAI_ENDPOINT',
      'AZURE_SEARCH_ENDPOINT',
      'AZURE_STORAGE_CONNECTION_STRING',
      'BOT_DATA_RESIDENCY',
    ]);
  });

  it('requires the declared region of an endpoint that does not reveal it', () => {
    const problems = problemsOf({ ...ALL_IN, AZURE_SEARCH_REGION: '', AZURE_STORAGE_REGION: '' });
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems.join('\n'), /AZURE_SEARCH_REGION: is required with ALLOWED_REGIONS/);
    assert.match(problems.join('\n'), /AZURE_STORAGE_REGION: is required with ALLOWED_REGIONS/);
  });

  it('refuses a declared region that contradicts the one the endpoint reveals', () => {
    const problems = problemsOf({ ...ALL_IN, APPLICATIONINSIGHTS_REGION: 'germanywestcentral' });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0] ?? '',
      /^APPLICATIONINSIGHTS_REGION: says germanywestcentral but .* is in westeurope/,
    );
  });

  it('reads the region of a regional Cognitive Services host, and checks OpenAI-compatible servers', () => {
    const regional = problemsOf({
      ...ALL_IN,
      AZURE_OPENAI_ENDPOINT: 'https://eastus.api.cognitive.microsoft.com/',
      AZURE_OPENAI_REGION: '',
    });
    assert.match(
      regional.join('\n'),
      /AZURE_OPENAI_ENDPOINT: eastus\.api\.cognitive\.microsoft\.com is in eastus/,
    );
    const openai = problemsOf({
      ...ALLOWED,
      MODEL_PROVIDER: 'openai',
      OPENAI_MODEL: 'gpt',
      OPENAI_API_KEY: 'k',
    });
    assert.match(
      openai.join('\n'),
      /OPENAI_REGION: is required with ALLOWED_REGIONS: the region of api\.openai\.com/,
    );
  });

  it('does not check loopback endpoints (Azurite, a local model server)', () => {
    const config = load({
      ...ALLOWED,
      ...STORAGE,
      AZURE_STORAGE_REGION: '',
      AZURE_STORAGE_CONNECTION_STRING:
        'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;',
      MODEL_PROVIDER: 'openai',
      OPENAI_MODEL: 'llama',
      OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1',
    });
    assert.ok(config.residency);
  });

  it('rejects an ALLOWED_REGIONS that is not a list of region names', () => {
    assert.match(
      problemsOf({ ALLOWED_REGIONS: 'West Europe' }).join('\n'),
      /^ALLOWED_REGIONS: must be Azure region names/,
    );
  });

  it('reads Application Insights ingestion hosts', () => {
    assert.equal(applicationInsightsRegion('westeurope-5.in.applicationinsights.azure.com'), 'westeurope');
    assert.equal(
      applicationInsightsRegion('germanywestcentral-1.in.applicationinsights.azure.com'),
      'germanywestcentral',
    );
    assert.equal(applicationInsightsRegion('northeurope.in.applicationinsights.azure.com'), 'northeurope');
    assert.equal(applicationInsightsRegion('dc.services.visualstudio.com'), undefined);
  });
});
