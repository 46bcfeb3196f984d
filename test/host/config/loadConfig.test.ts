import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../host/config/loadConfig';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'config-'));
const load = (env: Record<string, string>, envFile?: string) =>
  loadConfig(env, { cwd, ...(envFile ? { envFile } : {}) });
const GUID = '11111111-2222-3333-4444-555555555555';

/** One test per case: loading `env` throws one ConfigError naming exactly the `expected` variables (sorted). */
function itNamesEveryBadVariable(
  cases: readonly (readonly [string, Record<string, string>, readonly string[]])[],
): void {
  for (const [name, env, expected] of cases) {
    it(`names every bad variable: ${name}`, () => {
      try {
        load(env);
        assert.fail('expected ConfigError');
      } catch (error) {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual([...new Set(error.problems.map((p) => p.split(':')[0]))].sort(), expected);
      }
    });
  }
}

describe('loadConfig', () => {
  it('has working defaults (local mode)', () => {
    const config = load({});
    assert.equal(config.port, 3978);
    assert.equal(config.dataDir, path.join(cwd, 'data'));
    assert.equal(config.auth, undefined);
    assert.equal(config.publicBaseUrl, 'http://127.0.0.1:3978');
    assert.deepEqual(config.playground, { enabled: true, port: 56150 });
  });
  it('serves the sample with its organisation profile only when nothing else is configured', () => {
    const sample = path.join(cwd, 'knowledge/sample/organisation.yaml');
    assert.equal(load({}).organisationProfile, sample);
    assert.equal(load({}).knowledgeSourceDir, path.join(cwd, 'knowledge/sample/corpus'));
    assert.equal(load({ KNOWLEDGE_SOURCE_DIR: '/srv/docs' }).organisationProfile, undefined);
    assert.equal(load({ GRAPH_DRIVES: 'b!drive1' }).organisationProfile, undefined);
    assert.equal(
      load({ KNOWLEDGE_SOURCE_DIR: '/srv/docs', ORGANISATION_PROFILE: 'org.yaml' }).organisationProfile,
      path.join(cwd, 'org.yaml'),
    );
  });
  it('reads KNOWLEDGE_DEFAULT_ACCESS as a list of principals, and rejects anything else', () => {
    assert.deepEqual(load({ KNOWLEDGE_DEFAULT_ACCESS: 'everyone, group:eng' }).knowledgeDefaultAccess, [
      'everyone',
      'group:eng',
    ]);
    assert.equal(load({}).knowledgeDefaultAccess, undefined);
    assert.throws(() => load({ KNOWLEDGE_DEFAULT_ACCESS: 'all staff' }), /KNOWLEDGE_DEFAULT_ACCESS/);
  });
  it('requires an https signing-key URL in authenticated mode', () => {
    assert.throws(
      () =>
        load({
          MicrosoftAppId: GUID,
          MicrosoftAppPassword: 'p',
          MicrosoftAppTenantId: GUID,
          PLUGIN_API_AUDIENCE: 'api://x',
          PLUGIN_API_JWKS_URL: 'http://keys.example/jwks',
        }),
      /PLUGIN_API_JWKS_URL: must be https/,
    );
  });
  it('reads PORT and DATA_DIR', () => {
    const config = load({ PORT: '4000', DATA_DIR: '/tmp/x' });
    assert.equal(config.port, 4000);
    assert.equal(config.dataDir, '/tmp/x');
  });
  it('lists every bad variable in one error', () => {
    try {
      load({ PORT: 'abc', PLAYGROUND: 'maybe', MicrosoftAppId: 'not-a-guid', LOG_LEVEL: 'loud' });
      assert.fail('expected ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      const names = error.problems.map((problem) => problem.split(':')[0]);
      assert.deepEqual(names.sort(), ['LOG_LEVEL', 'MicrosoftAppId', 'PLAYGROUND', 'PORT']);
      assert.match(error.message, /PORT: .*\(got "abc"\)/);
    }
  });
  it('requires a password and tenant with an app id', () => {
    assert.throws(
      () => load({ MicrosoftAppId: GUID }),
      (error: ConfigError) =>
        error.problems.some((p) => p.startsWith('MicrosoftAppPassword')) &&
        error.problems.some((p) => p.startsWith('MicrosoftAppTenantId')),
    );
  });
  it('never echoes secrets', () => {
    assert.throws(
      () => load({ LINK_SIGNING_SECRET: 'short-secret' }),
      (error: ConfigError) => !error.message.includes('short-secret'),
    );
  });
  it('builds auth config when complete', () => {
    const config = load({
      MicrosoftAppId: GUID,
      MicrosoftAppPassword: 'pw',
      MicrosoftAppTenantId: GUID,
      PUBLIC_BASE_URL: 'https://bot.example.com/',
      PLUGIN_API_AUDIENCE: 'api://bot.example.com/app',
    });
    assert.deepEqual(config.auth, {
      appId: GUID,
      appPassword: 'pw',
      tenantId: GUID,
      appType: 'SingleTenant',
    });
    assert.equal(config.publicBaseUrl, 'https://bot.example.com');
    assert.deepEqual(config.pluginApi, {
      audience: 'api://bot.example.com/app',
      tenantId: GUID,
      jwksUrl: `https://login.microsoftonline.com/${GUID}/discovery/v2.0/keys`,
      issuer: `https://login.microsoftonline.com/${GUID}/v2.0`,
      authorizationServer: `https://login.microsoftonline.com/${GUID}/v2.0`,
      scopes: ['api://bot.example.com/app/access_as_user'],
    });
  });
  it('takes the MCP metadata’s authorization server and scopes from MCP_AUTHORIZATION_SERVER and MCP_SCOPES', () => {
    const config = load({
      MicrosoftAppId: GUID,
      MicrosoftAppPassword: 'pw',
      MicrosoftAppTenantId: GUID,
      PLUGIN_API_AUDIENCE: GUID,
      PUBLIC_BASE_URL: 'https://bot.example.com',
      MCP_AUTHORIZATION_SERVER: 'https://login.example.com/tenant/v2.0',
      MCP_SCOPES: 'api://bot.example.com/botid-1/access_as_user, offline_access',
    });
    assert.equal(config.pluginApi?.authorizationServer, 'https://login.example.com/tenant/v2.0');
    assert.deepEqual(config.pluginApi?.scopes, [
      'api://bot.example.com/botid-1/access_as_user',
      'offline_access',
    ]);
  });
  it('refuses MCP_SCOPES that are not OAuth scope tokens', () => {
    assert.throws(() => load({ MCP_SCOPES: 'read "write"' }), /MCP_SCOPES/);
  });
  it('requires the plugin API audience in authenticated mode', () => {
    assert.throws(
      () => load({ MicrosoftAppId: GUID, MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: GUID }),
      /PLUGIN_API_AUDIENCE/,
    );
  });
  it('rejects a plain-http public URL in authenticated mode', () => {
    assert.throws(
      () =>
        load({
          MicrosoftAppId: GUID,
          MicrosoftAppPassword: 'pw',
          MicrosoftAppTenantId: GUID,
          PUBLIC_BASE_URL: 'http://bot.example.com',
        }),
      /PUBLIC_BASE_URL/,
    );
  });
  it('reads env/.env.local, with the process environment winning', () => {
    fs.mkdirSync(path.join(cwd, 'env'), { recursive: true });
    fs.writeFileSync(
      path.join(cwd, 'env/.env.local'),
      '# local\nPORT=4100\nBOT_NAME="Fleet Helper"\nLOG_LEVEL=debug\n',
    );
    const config = load({ LOG_LEVEL: 'warn' });
    assert.equal(config.port, 4100);
    assert.equal(config.botName, 'Fleet Helper');
    assert.equal(config.logLevel, 'warn');
    fs.rmSync(path.join(cwd, 'env'), { recursive: true });
  });
  it('names the line of a malformed env file', () => {
    const file = path.join(cwd, 'bad.env');
    fs.writeFileSync(file, 'OK=1\nthis is not a pair\n');
    assert.throws(() => load({}, 'bad.env'), /bad\.env:2/);
  });

  it('defaults every backend to the embedded one', () => {
    const config = load({});
    assert.deepEqual(
      [config.search, config.directory, config.tickets, config.entra],
      [{ backend: 'embedded', threads: 1 }, { backend: 'file' }, { backend: 'embedded' }, undefined],
    );
  });
  const backendErrors: [string, Record<string, string>, string[]][] = [
    [
      'azure search without endpoint, index or credential',
      { SEARCH_BACKEND: 'azure' },
      ['AZURE_SEARCH_API_KEY', 'AZURE_SEARCH_ENDPOINT', 'AZURE_SEARCH_INDEX'],
    ],
    ['graph directory without a credential', { DIRECTORY_BACKEND: 'graph' }, ['DIRECTORY_BACKEND']],
    [
      'a client secret without tenant and client id',
      { AZURE_CLIENT_SECRET: 's' },
      ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID'],
    ],
    [
      'azure devops without org, project or credential',
      { TICKET_BACKEND: 'azure-devops' },
      ['AZURE_DEVOPS_ORG_URL', 'AZURE_DEVOPS_PAT', 'AZURE_DEVOPS_PROJECT'],
    ],
    ['malformed drives', { GRAPH_DRIVES: 'b!abc:aurex:english,,' }, ['GRAPH_DRIVES']],
    ['a bad index name', { AZURE_SEARCH_INDEX: 'Bad Name' }, ['AZURE_SEARCH_INDEX']],
    ['a OneDrive report store without a credential', { REPORT_STORE: 'onedrive' }, ['REPORT_STORE']],
    ['an unknown report store', { REPORT_STORE: 'sharepoint' }, ['REPORT_STORE']],
    ['negative search threads', { INDEX_SEARCH_THREADS: '-1' }, ['INDEX_SEARCH_THREADS']],
    ['too many search threads', { INDEX_SEARCH_THREADS: '17' }, ['INDEX_SEARCH_THREADS']],
    ['search threads that are not a number', { INDEX_SEARCH_THREADS: 'two' }, ['INDEX_SEARCH_THREADS']],
    ['a fraction of a search thread', { INDEX_SEARCH_THREADS: '1.5' }, ['INDEX_SEARCH_THREADS']],
  ];
  itNamesEveryBadVariable(backendErrors);
  it('reads INDEX_SEARCH_THREADS for the embedded index (0: search on the main thread)', () => {
    assert.deepEqual(load({ INDEX_SEARCH_THREADS: '0' }).search, { backend: 'embedded', threads: 0 });
    assert.deepEqual(load({ INDEX_SEARCH_THREADS: '4' }).search, { backend: 'embedded', threads: 4 });
  });
  it('builds the Azure backends from complete settings', () => {
    const config = load({
      SEARCH_BACKEND: 'azure',
      AZURE_SEARCH_ENDPOINT: 'https://norvik.search.windows.net',
      AZURE_SEARCH_INDEX: 'knowledge',
      DIRECTORY_BACKEND: 'graph',
      AZURE_TENANT_ID: GUID,
      AZURE_CLIENT_ID: GUID,
      AZURE_CLIENT_SECRET: 'secret-value',
      GRAPH_DRIVES: 'b!abc:aurex:de,b!def',
      TICKET_BACKEND: 'azure-devops',
      AZURE_DEVOPS_ORG_URL: 'https://dev.azure.com/norvik/',
      AZURE_DEVOPS_PROJECT: 'Workplace',
      REPORT_APPROVER_ID: 'u-anna',
    });
    assert.deepEqual(config.search, {
      backend: 'azure',
      endpoint: 'https://norvik.search.windows.net',
      indexName: 'knowledge',
    });
    assert.deepEqual(config.entra, {
      kind: 'secret',
      tenantId: GUID,
      clientId: GUID,
      clientSecret: 'secret-value',
    });
    assert.deepEqual(config.graphDrives, [
      { driveId: 'b!abc', brand: 'aurex', language: 'de' },
      { driveId: 'b!def' },
    ]);
    assert.deepEqual(config.tickets, {
      backend: 'azure-devops',
      organizationUrl: 'https://dev.azure.com/norvik',
      project: 'Workplace',
      workItemType: 'Issue',
    });
    assert.deepEqual(config.reportApprover, { id: 'u-anna' });
  });
  it('keeps reports embedded by default', () =>
    assert.deepEqual(load({}).reportStore, { backend: 'embedded' }));
  it('exports reports to OneDrive with an Entra credential', () =>
    assert.deepEqual(load({ REPORT_STORE: 'onedrive', AZURE_USE_MANAGED_IDENTITY: 'true' }).reportStore, {
      backend: 'onedrive',
    }));
  it('says a OneDrive report store needs an Entra credential, in one error', () =>
    assert.throws(
      () => load({ REPORT_STORE: 'onedrive' }),
      (error: ConfigError) =>
        error.problems.length === 1 && /REPORT_STORE: onedrive needs an Entra credential/.test(error.message),
    ));
  const azureSearch = {
    SEARCH_BACKEND: 'azure',
    AZURE_SEARCH_ENDPOINT: 'https://norvik.search.windows.net',
    AZURE_SEARCH_INDEX: 'knowledge',
    AZURE_SEARCH_API_KEY: 'search-key',
  };
  it('has no embeddings by default', () => {
    assert.equal(load({}).embeddings, undefined);
    assert.equal(load(azureSearch).embeddings, undefined);
  });
  const embeddingErrors: [string, Record<string, string>, string[]][] = [
    [
      'embeddings with the embedded index, and without model or key',
      { EMBEDDING_PROVIDER: 'openai' },
      ['EMBEDDING_PROVIDER', 'OPENAI_API_KEY', 'OPENAI_EMBEDDING_MODEL'],
    ],
    [
      'azure embeddings without endpoint, deployment or credential',
      { ...azureSearch, EMBEDDING_PROVIDER: 'azure-openai' },
      ['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT', 'AZURE_OPENAI_ENDPOINT'],
    ],
    [
      'an unknown model without its dimensions',
      {
        ...azureSearch,
        EMBEDDING_PROVIDER: 'openai',
        OPENAI_EMBEDDING_MODEL: 'nomic-embed-text',
        OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1',
      },
      ['EMBEDDING_DIMENSIONS'],
    ],
    ['dimensions that are not a positive integer', { EMBEDDING_DIMENSIONS: '0' }, ['EMBEDDING_DIMENSIONS']],
    ['dimensions over 4096', { EMBEDDING_DIMENSIONS: '5000' }, ['EMBEDDING_DIMENSIONS']],
    ['dimensions that are not a number', { EMBEDDING_DIMENSIONS: 'big' }, ['EMBEDDING_DIMENSIONS']],
    ['an unknown provider', { EMBEDDING_PROVIDER: 'cohere' }, ['EMBEDDING_PROVIDER']],
  ];
  itNamesEveryBadVariable(embeddingErrors);
  it('says embeddings need SEARCH_BACKEND=azure', () => {
    assert.throws(
      () =>
        load({
          EMBEDDING_PROVIDER: 'openai',
          OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small',
          OPENAI_API_KEY: 'k',
        }),
      /EMBEDDING_PROVIDER: .*needs SEARCH_BACKEND=azure/,
    );
  });
  it('builds OpenAI embeddings with the known size of the model, reusing the OpenAI endpoint and key', () => {
    const config = load({
      ...azureSearch,
      EMBEDDING_PROVIDER: 'openai',
      OPENAI_EMBEDDING_MODEL: 'text-embedding-3-large',
      OPENAI_API_KEY: 'sk-1',
      OPENAI_BASE_URL: 'https://proxy.example.com/v1',
      MODEL_TIMEOUT_MS: '5000',
    });
    assert.deepEqual(config.embeddings, {
      provider: 'openai',
      model: 'text-embedding-3-large',
      apiKey: 'sk-1',
      baseUrl: 'https://proxy.example.com/v1',
      dimensions: 3072,
      requestDimensions: false,
      timeoutMs: 5000,
    });
  });
  it('sends explicit dimensions to text-embedding-3 models only', () => {
    const base = {
      ...azureSearch,
      EMBEDDING_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-1',
      EMBEDDING_DIMENSIONS: '256',
    };
    const shortened = load({ ...base, OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small' }).embeddings;
    const local = load({ ...base, OPENAI_EMBEDDING_MODEL: 'nomic-embed-text' }).embeddings;
    assert.deepEqual(
      [shortened?.dimensions, shortened?.requestDimensions, local?.dimensions, local?.requestDimensions],
      [256, true, 256, false],
    );
  });
  it('builds Azure OpenAI embeddings with an Entra credential and explicit dimensions', () => {
    const config = load({
      ...azureSearch,
      EMBEDDING_PROVIDER: 'azure-openai',
      AZURE_OPENAI_ENDPOINT: 'https://norvik.openai.azure.com',
      AZURE_OPENAI_EMBEDDING_DEPLOYMENT: 'embeddings',
      EMBEDDING_DIMENSIONS: '1536',
      AZURE_USE_MANAGED_IDENTITY: 'true',
    });
    assert.deepEqual(config.embeddings, {
      provider: 'azure-openai',
      endpoint: 'https://norvik.openai.azure.com',
      deployment: 'embeddings',
      apiVersion: '2024-10-21',
      dimensions: 1536,
      requestDimensions: false,
      timeoutMs: 30000,
    });
    assert.equal(config.model, undefined, 'embeddings do not configure a chat model');
  });
  it('never echoes keys or PATs', () => {
    assert.throws(
      () => load({ TICKET_BACKEND: 'azure-devops', AZURE_DEVOPS_PAT: 'pat-secret-123' }),
      (error: ConfigError) => !error.message.includes('pat-secret-123'),
    );
  });
});
