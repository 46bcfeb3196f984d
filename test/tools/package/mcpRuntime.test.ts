import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { skillCatalog } from '../../../host/skillCatalog';
import { defaultOrganisationProfile } from '../../../knowledge/profile/defaultOrganisationProfile';
import { mcpTools, toolListing } from '../../../skills/surfaces/mcpTools';
import type { Json } from '../../../tools/package/jsonPath';
import { mcpPlugin } from '../../../tools/package/mcpPlugin';
import { validateSchema } from '../../../tools/package/validateSchema';
import { APP_PACKAGE, editJson, useAppPackageCopy } from './packageFixture';

interface Plugin {
  functions: { name: string; capabilities?: { confirmation?: { type: string } } }[];
  runtimes: {
    type: string;
    auth: { type: string; reference_id?: string };
    spec: { url: string; mcp_tool_description?: { tools: { name: string }[] } };
    run_for_functions: string[];
  }[];
}

const template = () => JSON.parse(fs.readFileSync(path.join(APP_PACKAGE, 'ai-plugin.json'), 'utf8')) as Json;

describe('the RemoteMCPServer package variant (npm run package -- --runtime mcp)', function () {
  this.timeout(60_000);
  const work = useAppPackageCopy();
  const run = work.run;
  const zipped = async (name: string) => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(work.out, 'appPackage.dev.zip')));
    return {
      names: Object.keys(zip.files).filter((n) => !zip.files[n]?.dir),
      text: await zip.file(name)?.async('string'),
    };
  };

  it('zips a plugin with one RemoteMCPServer runtime at BOT_ENDPOINT/mcp, valid against the official 2.4 schema', async () => {
    const result = await run('--runtime', 'mcp');
    assert.equal(result.code, 0, result.stderr);
    const { names, text } = await zipped('ai-plugin.json');
    assert.deepEqual(names.sort(), [
      'ai-plugin.json',
      'color.png',
      'declarativeAgent.json',
      'manifest.json',
      'outline.png',
    ]);
    const plugin = JSON.parse(text ?? '') as Json & Plugin;
    assert.deepEqual(await validateSchema(plugin, 'ai-plugin.json'), []);
    assert.equal(plugin.runtimes.length, 1);
    const runtime = plugin.runtimes[0];
    assert.equal(runtime?.type, 'RemoteMCPServer');
    assert.equal(runtime?.spec.url, 'https://bot.example.com/mcp');
    assert.deepEqual(runtime?.auth, {
      type: 'OAuthPluginVault',
      reference_id: 'ZXhhbXBsZS1yZWdpc3RyYXRpb24taWQ',
    });
    assert.deepEqual(
      runtime?.run_for_functions,
      plugin.functions.map((fn) => fn.name),
    );
  });

  it('takes the runtime from PLUGIN_RUNTIME in the env file, and refuses an unknown one (exit 2)', async () => {
    const envFile = path.join(work.root, '.env.dev');
    fs.writeFileSync(
      envFile,
      `${fs.readFileSync(path.join(APP_PACKAGE, '../env/.env.dev'), 'utf8')}\nPLUGIN_RUNTIME=mcp\n`,
    );
    assert.equal((await run('--env-file', envFile)).code, 0);
    assert.equal(JSON.parse((await zipped('ai-plugin.json')).text ?? '').runtimes[0].type, 'RemoteMCPServer');
    fs.appendFileSync(envFile, 'PLUGIN_RUNTIME=grpc\n');
    const refused = await run('--env-file', envFile);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /PLUGIN_RUNTIME in .* must be openapi or mcp/);
  });

  it('keeps the OpenAPI runtime by default', async () => {
    assert.equal((await run()).code, 0);
    const { names, text } = await zipped('ai-plugin.json');
    assert.ok(names.includes('apiSpecificationFile/openapi.json'));
    assert.equal((JSON.parse(text ?? '') as Plugin).runtimes[0]?.type, 'OpenApi');
  });

  it('rejects a template whose runtime auth the 2.4 schema refuses, naming the field', async () => {
    editJson(path.join(work.dir, 'ai-plugin.json'), (json) => {
      (json.runtimes as { auth: Record<string, unknown> }[])[0]!.auth = { type: 'Kerberos' };
    });
    const result = await run('--runtime', 'mcp', '--check');
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stderr, /ai-plugin\.json: runtimes\[0\]\.auth\.type: .*Fix: /);
  });
});

describe('mcpPlugin (the RemoteMCPServer variant of the plugin manifest, from the skill catalog)', () => {
  const catalog = skillCatalog(defaultOrganisationProfile);
  const plugin = mcpPlugin(template(), catalog) as Json & Plugin;
  const tools = mcpTools(catalog, 'confirmTool');

  it('declares inline exactly the tools the MCP server lists to a client without elicitation', () => {
    assert.deepEqual(
      plugin.runtimes[0]?.spec.mcp_tool_description?.tools,
      JSON.parse(JSON.stringify(tools.map(toolListing))),
    );
  });
  it('has one function per tool, and Copilot asks the user before each confirm tool', () => {
    assert.deepEqual(
      plugin.functions.map((fn) => `${fn.name}${fn.capabilities?.confirmation ? ' (asks)' : ''}`),
      tools.map((tool) => `${tool.name}${tool.confirm ? ' (asks)' : ''}`),
    );
    assert.ok(
      plugin.functions.some(
        (fn) => fn.name === 'fileTicketConfirm' && fn.capabilities?.confirmation?.type === 'AdaptiveCard',
      ),
    );
  });
  it('keeps the template’s names and OAuth registration', () => {
    const original = template() as { namespace: string; runtimes: { auth: unknown }[] };
    assert.equal((plugin as unknown as { namespace: string }).namespace, original.namespace);
    assert.deepEqual(plugin.runtimes[0]?.auth, original.runtimes[0]?.auth);
    assert.equal(plugin.runtimes[0]?.spec.url, '${{BOT_ENDPOINT}}/mcp');
  });
  it('throws on a template without a runtime to take auth from', () => {
    assert.throws(() => mcpPlugin({ runtimes: [] }, catalog), /no runtime with auth/);
  });
});
