import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { BOT_MESSAGES_PATH } from '../../host/http/createServer';
import { readEnvFile } from '../../host/config/readEnvFile';
import { parseBicep, property, resourceBody, walk, type BicepNode } from './bicepSyntax';

const ROOT = path.resolve(__dirname, '..', '..');
const text = (name: string) => fs.readFileSync(path.join(ROOT, name), 'utf8');
const bicepFiles = (dir: string): string[] =>
  fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? bicepFiles(path.join(dir, entry.name))
        : entry.name.endsWith('.bicep')
          ? [path.join(dir, entry.name)]
          : [],
    );
const placeholders = (source: string) =>
  [...source.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1] as string);

const main = parseBicep(text('infra/azure.bicep'));
const parameterValues = (
  JSON.parse(text('infra/azure.parameters.json')) as { parameters: Record<string, { value: unknown }> }
).parameters;
const devEnv = readEnvFile(path.join(ROOT, 'env/.env.dev'));
const lifecycle = YAML.parse(text('m365agents.yml')) as Record<
  string,
  { uses: string; writeToEnvironmentFile?: Record<string, string> }[]
>;
const isSecure = (name: string) => main.parameters.get(name)?.decorators.includes('secure') ?? false;
const resource = (name: string) => {
  const found = main.resources.get(name);
  assert.ok(found, `resource ${name} missing`);
  return { type: found.type, body: resourceBody(found.node) };
};
const unquote = (node: BicepNode | undefined) => node?.text.replace(/^'|'$/g, '');
/** The Bicep expression app setting `key` gets in the `settings` variable's object. */
const appSetting = (key: string) =>
  property(
    main.variables.get('settings')?.namedChildren.find((c) => c.type === 'object'),
    key,
  )?.text;

/** Names of a parameter that hold a secret by convention (checked below to be @secure()). */
const SECRET_NAME = /(secret|password|pat|apikey|token|connectionstring)$/i;

describe('infra/*.bicep (offline: tree-sitter-bicep syntax and structure)', () => {
  for (const file of bicepFiles('infra'))
    it(`${file} parses with no ERROR or MISSING node`, () =>
      assert.deepEqual(parseBicep(text(file)).syntaxErrors, []));

  it('the parser reports a broken template (the check can fail)', () => {
    const broken = parseBicep(
      "param a string = 'x\nresource r 'Microsoft.Web/sites@2023-12-01' = {\n  name: \n",
    );
    assert.ok(broken.syntaxErrors.length > 0);
  });
});

describe('infra/azure.bicep and azure.parameters.json', () => {
  it('every name an expression uses is declared (a parameter, variable, resource or lambda parameter)', () => {
    const lambdaParameters = walk(main.root)
      .filter((node) => node.type === 'lambda_expression')
      .flatMap((lambda) => walk(lambda).filter((n) => n.type === 'identifier' && n.parent?.id === lambda.id))
      .map((node) => node.text);
    const declared = new Set([
      ...main.parameters.keys(),
      ...main.variables.keys(),
      ...main.resources.keys(),
      ...lambdaParameters,
    ]);
    const declaring = [
      'parameter_declaration',
      'variable_declaration',
      'resource_declaration',
      'output_declaration',
    ];
    const undeclared = walk(main.root)
      .filter((node) => node.type === 'identifier' && node.parent)
      .filter((node) => {
        const parent = node.parent as BicepNode;
        if (parent.type === 'call_expression' && parent.childForFieldName('function')?.id === node.id)
          return false;
        if (parent.type === 'object_property' && parent.namedChildren[0]?.id === node.id) return false;
        if (
          declaring.includes(parent.type) &&
          parent.namedChildren.find((c) => c.type === 'identifier')?.id === node.id
        )
          return false;
        return !declared.has(node.text);
      })
      .map((node) => `${node.text} (line ${node.startPosition.row + 1})`);
    assert.deepEqual(undeclared, []);
  });

  it('every parameter in azure.parameters.json is declared', () => {
    for (const name of Object.keys(parameterValues)) assert.ok(main.parameters.has(name), name);
  });

  it('every required parameter (no default) has a value that env/.env.dev defines (or a SECRET_ one)', () => {
    const required = [...main.parameters.values()].filter((p) => !p.hasDefault).map((p) => p.name);
    assert.ok(required.includes('resourceBaseName'));
    for (const name of required) {
      const value = parameterValues[name]?.value;
      assert.ok(typeof value === 'string' && value.length > 0, `${name} has no value`);
      for (const variable of placeholders(value))
        assert.ok(
          variable.startsWith('SECRET_') || (devEnv[variable] ?? '') !== '',
          `${name} uses ${variable}, empty in env/.env.dev`,
        );
    }
  });

  it('azure.parameters.json uses only variables env/.env.dev defines (or SECRET_ ones kept in .env.dev.user)', () => {
    for (const name of placeholders(text('infra/azure.parameters.json')))
      assert.ok(name.startsWith('SECRET_') || name in devEnv, `${name} is not in env/.env.dev`);
  });

  it('every output env/.env.dev expects from arm/deploy exists', () => {
    const block = /# Written by arm\/deploy[^\n]*\n(?:#[^\n]*\n)*((?:[A-Z_]+=[^\n]*\n)+)/.exec(
      text('env/.env.dev'),
    )?.[1];
    assert.ok(block, 'env/.env.dev names the arm/deploy outputs');
    const expected = [...block.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1] as string);
    assert.ok(expected.includes('BOT_ID') && expected.includes('BOT_AZURE_APP_SERVICE_RESOURCE_ID'));
    for (const name of expected) assert.ok(main.outputs.has(name), `output ${name} missing`);
  });

  it('every ${{VAR}} of m365agents.yml and the manifests comes from env/.env.dev, a provision step or an output', () => {
    const written = new Set(
      Object.values(lifecycle)
        .flatMap((stage) => (Array.isArray(stage) ? stage : []))
        .flatMap((action) => Object.values(action.writeToEnvironmentFile ?? {})),
    );
    written.add('AAD_APP_ACCESS_AS_USER_PERMISSION_ID'); // generated by aadApp/update itself
    for (const file of ['m365agents.yml', 'appPackage/manifest.json', 'aad.manifest.json'])
      for (const name of placeholders(text(file)))
        assert.ok(name in devEnv || written.has(name) || main.outputs.has(name), `${file}: ${name}`);
  });

  it('every secret parameter is @secure()', () => {
    const secrets = [...main.parameters.keys()].filter((name) => SECRET_NAME.test(name));
    assert.ok(secrets.length >= 3, secrets.join());
    for (const name of secrets) assert.ok(isSecure(name), `${name} is not @secure()`);
  });

  it('every parameter stored as a Key Vault secret is @secure()', () => {
    const stored = [...main.resources.values()]
      .filter((r) => r.type.startsWith('Microsoft.KeyVault/vaults/secrets@'))
      .map((r) => property(property(resourceBody(r.node), 'properties'), 'value')?.text ?? '');
    assert.ok(stored.length >= 1);
    for (const value of stored)
      assert.ok(isSecure(value), `${value} is stored as a secret but not @secure()`);
  });

  it('no secret in an app setting: a @secure() parameter only decides (empty()) whether a Key Vault reference is set', () => {
    const settings = main.variables.get('settings');
    assert.ok(settings);
    const leaks = walk(settings)
      .filter((node) => node.type === 'identifier' && isSecure(node.text))
      .filter((node) => node.parent?.parent?.childForFieldName('function')?.text !== 'empty');
    assert.deepEqual(
      leaks.map((node) => node.text),
      [],
    );
    assert.equal(appSetting('MicrosoftAppType'), "'UserAssignedMSI'");
    assert.equal(appSetting('MicrosoftAppPassword'), "''");
    assert.equal(appSetting('AZURE_USE_MANAGED_IDENTITY'), "'true'");
    assert.match(
      appSetting('APPLICATIONINSIGHTS_CONNECTION_STRING') ?? '',
      /^appInsights\.properties\.ConnectionString$/,
    );
  });

  it('HTTPS only: the web app, its TLS floor, the storage account and the bot endpoint', () => {
    const site = resource('site').body;
    assert.equal(property(property(site, 'properties'), 'httpsOnly')?.text, 'true');
    const siteConfig = property(property(site, 'properties'), 'siteConfig');
    assert.equal(property(siteConfig, 'minTlsVersion')?.text, "'1.2'");
    assert.equal(property(siteConfig, 'ftpsState')?.text, "'Disabled'");
    assert.equal(property(siteConfig, 'healthCheckPath')?.text, "'/readyz'");
    const storage = property(resource('storage').body, 'properties');
    assert.equal(property(storage, 'supportsHttpsTrafficOnly')?.text, 'true');
    assert.equal(property(storage, 'allowSharedKeyAccess')?.text, 'false');
    assert.match(
      unquote(property(property(resource('bot').body, 'properties'), 'endpoint')) ?? '',
      /^https:\/\//,
    );
  });

  it(`the bot's messaging endpoint path is the server's route (${BOT_MESSAGES_PATH})`, () => {
    const endpoint = unquote(property(property(resource('bot').body, 'properties'), 'endpoint')) ?? '';
    assert.equal(endpoint.replace(/^https:\/\/\$\{[^}]+\}/, ''), BOT_MESSAGES_PATH);
  });

  it('Azure Bot: single tenant through the managed identity (no app secret)', () => {
    const bot = property(resource('bot').body, 'properties');
    assert.equal(property(bot, 'msaAppType')?.text, "'UserAssignedMSI'");
    assert.equal(property(bot, 'msaAppMSIResourceId')?.text, 'identity.id');
    assert.equal(property(bot, 'msaAppId')?.text, 'identity.properties.clientId');
    assert.ok(![...main.parameters.keys()].some((name) => /bot.*(secret|password)/i.test(name)));
  });

  it('every resource is placed in the checked location (allowedRegions, fail()) or is global', () => {
    const check = main.variables.get('deployLocation')?.text ?? '';
    assert.match(check, /contains\(regions, toLower\(location\)\) \? location : fail\(/);
    assert.match(main.variables.get('regionList')?.text ?? '', /allowedRegions/);
    for (const [name, { node }] of main.resources) {
      const location = property(resourceBody(node), 'location')?.text;
      if (location === undefined) continue; // child resources inherit their parent's
      if (name === 'bot' || name === 'teamsChannel') {
        assert.equal(location, 'botLocation', name); // the Azure Bot's geography: checked below
        continue;
      }
      assert.ok(location === 'deployLocation' || location === "'global'", `${name}: location ${location}`);
    }
  });

  it('the Azure Bot is placed by botDataResidency, which must be in allowedRegions (fail())', () => {
    assert.equal(property(resource('bot').body, 'location')?.text, 'botLocation');
    assert.match(
      main.variables.get('botLocation')?.text ?? '',
      /checkedBotResidency == 'europe' \? 'westeurope'/,
    );
    assert.match(
      main.variables.get('checkedBotResidency')?.text ?? '',
      /contains\(regions, botDataResidency\) \? botDataResidency : fail\(/,
    );
    assert.match(main.variables.get('defaultAllowedRegions')?.text ?? '', /,europe'$/);
  });

  it("the app settings carry the allowed regions and every endpoint's region (data residency at start-up)", () => {
    const settings = main.variables.get('settings');
    assert.ok(settings);
    assert.equal(appSetting('ALLOWED_REGIONS'), 'regionList');
    assert.equal(appSetting('BOT_DATA_RESIDENCY'), 'checkedBotResidency');
    assert.equal(appSetting('AZURE_SEARCH_REGION'), "useSearch ? deployLocation : ''");
    assert.equal(appSetting('AZURE_STORAGE_REGION'), 'deployLocation');
    assert.equal(appSetting('AZURE_OPENAI_REGION'), 'useOpenAi ? deployLocation : azureOpenAiRegion');
    assert.equal(appSetting('OPENAI_REGION'), 'openAiRegion');
    // Read from the connection string's ingestion host, which names the region.
    assert.equal(appSetting('APPLICATIONINSIGHTS_REGION'), "''");
  });

  it('App Service on Linux, Node 22, instance count from a checked parameter', () => {
    const plan = resource('plan').body;
    assert.equal(property(property(plan, 'sku'), 'capacity')?.text, 'checkedInstances');
    assert.match(main.variables.get('checkedInstances')?.text ?? '', /fail\(/);
    assert.equal(property(plan, 'kind')?.text, "'linux'");
    const siteConfig = property(property(resource('site').body, 'properties'), 'siteConfig');
    assert.equal(property(siteConfig, 'linuxFxVersion')?.text, "'NODE|22-lts'");
  });

  it('Azure AI Search: SKU, replicas and partitions from parameters; Entra only', () => {
    const search = resource('search').body;
    assert.equal(property(property(search, 'sku'), 'name')?.text, 'aiSearchSku');
    const properties = property(search, 'properties');
    assert.equal(property(properties, 'replicaCount')?.text, 'checkedReplicas');
    assert.equal(property(properties, 'partitionCount')?.text, 'checkedPartitions');
    assert.equal(property(properties, 'disableLocalAuth')?.text, 'true');
  });

  it('has Key Vault, Storage, Log Analytics with Application Insights, and optional Azure OpenAI', () => {
    const types = [...main.resources.values()].map((r) => r.type.split('@')[0]);
    for (const type of [
      'Microsoft.KeyVault/vaults',
      'Microsoft.Storage/storageAccounts',
      'Microsoft.OperationalInsights/workspaces',
      'Microsoft.Insights/components',
      'Microsoft.CognitiveServices/accounts',
      'Microsoft.BotService/botServices',
      'Microsoft.Search/searchServices',
      'Microsoft.Web/sites',
    ])
      assert.ok(types.includes(type), type);
    assert.equal(
      property(property(resource('appInsights').body, 'properties'), 'WorkspaceResourceId')?.text,
      'logs.id',
    );
    assert.match(main.resources.get('openAi')?.node.text ?? '', /= if \(useOpenAi\)/);
  });
});
