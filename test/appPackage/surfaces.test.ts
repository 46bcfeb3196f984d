import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compose, type Services } from '../../host/compose';
import { loadConfig } from '../../host/config/loadConfig';
import { newestBundledVersion, SCHEMA_KINDS } from '../../tools/package/bundledSchemas';
import { GENERATED, packagedSpec, regeneratePlugin } from '../../tools/package/generatedFiles';
import { readEnvironment } from '../../tools/package/readEnvironment';
import { packageProfile } from '../../tools/package/packageProfile';
import type { Json } from '../../tools/package/jsonPath';
import { confirmOperationId, skillOperationId } from '../../skills/surfaces/operationIds';
import { APP_PACKAGE, ROOT } from '../tools/package/packageFixture';

interface Manifest {
  manifestVersion: string;
  $schema: string;
  bots: { commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
  composeExtensions: {
    commands: {
      id: string;
      type: string;
      samplePrompts?: { text: string }[];
      parameters?: { name: string }[];
    }[];
  }[];
  copilotAgents: { declarativeAgents: { file: string }[] };
}
interface Agent {
  $schema: string;
  version: string;
  instructions: string;
  conversation_starters: { text: string }[];
  actions: { file: string }[];
}
interface Plugin {
  $schema: string;
  schema_version: string;
  functions: { name: string }[];
  runtimes: { type: string; spec: { url: string }; run_for_functions: string[] }[];
}
interface Spec {
  paths: Record<string, Record<string, { operationId: string }>>;
}

const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(APP_PACKAGE, name), 'utf8')) as T;
const manifest = read<Manifest>('manifest.json');
const agent = read<Agent>('declarativeAgent.json');
const plugin = read<Plugin>(GENERATED.plugin);
const spec = read<Spec>(GENERATED.spec);
const operationIds = Object.values(spec.paths).flatMap((item) =>
  Object.values(item).map((op) => op.operationId),
);
const functionNames = plugin.functions.map((fn) => fn.name);
const HANDLERS_FILE = path.join(ROOT, 'bot/teams/registerMessageExtensions.ts');

describe('app package surfaces stay in step with the skill registry (appPackage/)', () => {
  let dataDir: string;
  let services: Services;
  before(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'surfaces-'));
    // The registry the committed package is generated from: env/.env.dev's organisation profile (neutral).
    services = compose(
      loadConfig(
        { DATA_DIR: dataDir, LOG_LEVEL: 'error' },
        { cwd: ROOT, envFile: path.join(dataDir, 'none') },
      ),
      { profile: packageProfile(readEnvironment(ROOT, 'dev').vars, ROOT) },
    );
  });
  after(async () => {
    await services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const skills = () => services.registry.list();
  const examples = () => new Set(skills().flatMap((skill) => skill.examples));

  it('every registered skill has its operation and plugin function (and a confirm pair when consequential)', () => {
    for (const skill of skills()) {
      const wanted = [
        skillOperationId(skill.name),
        ...(skill.consequential ? [confirmOperationId(skill.name)] : []),
      ];
      for (const id of wanted) {
        assert.ok(operationIds.includes(id), `${skill.name}: no operation ${id} in ${GENERATED.spec}`);
        assert.ok(functionNames.includes(id), `${skill.name}: no function ${id} in ${GENERATED.plugin}`);
      }
    }
  });

  it('every operation belongs to a registered skill', () => {
    const known = new Set(skills().flatMap((s) => [skillOperationId(s.name), confirmOperationId(s.name)]));
    assert.deepEqual(
      operationIds.filter((id) => !known.has(id)),
      [],
    );
  });

  it('plugin functions and OpenAPI operationIds are the same list, and the runtime runs exactly them', () => {
    assert.deepEqual(functionNames, operationIds);
    const runtime = plugin.runtimes.find((r) => r.type === 'OpenApi');
    assert.equal(runtime?.spec.url, GENERATED.spec);
    assert.deepEqual(runtime?.run_for_functions, functionNames);
  });

  it(`${GENERATED.spec} is what the registry generates (run npm run package after changing a skill)`, () => {
    assert.deepEqual(spec, JSON.parse(JSON.stringify(packagedSpec(services.registry))));
  });

  it(`${GENERATED.plugin} functions are what the registry generates`, () => {
    const fresh = regeneratePlugin(
      plugin as unknown as Json,
      packagedSpec(services.registry),
      services.registry,
    );
    assert.deepEqual(plugin, JSON.parse(JSON.stringify(fresh)));
  });

  it('every conversation starter of the declarative agent is a skill example', () => {
    for (const starter of agent.conversation_starters)
      assert.ok(examples().has(starter.text), `"${starter.text}" backs no skill example`);
  });

  it('every bot command (except help) is a skill example', () => {
    const titles = manifest.bots[0]?.commandLists.flatMap((list) => list.commands.map((c) => c.title)) ?? [];
    assert.ok(titles.length > 0);
    for (const title of titles.filter((t) => t !== 'help'))
      assert.ok(examples().has(title), `"${title}" backs no skill example`);
  });

  it('bot command lists cover personal, team and groupChat', () => {
    const scopes = manifest.bots[0]?.commandLists.flatMap((list) => list.scopes) ?? [];
    assert.deepEqual([...scopes].sort(), ['groupChat', 'personal', 'team']);
  });

  it('message-extension sample prompts are examples of the knowledge skill', () => {
    const ask = services.registry.get('ask_knowledge');
    assert.ok(ask, 'ask_knowledge is registered');
    const search = manifest.composeExtensions[0]?.commands.find((c) => c.id === 'searchKnowledge');
    assert.equal(search?.type, 'query');
    assert.deepEqual(
      search?.parameters?.map((p) => p.name),
      ['query'],
    );
    for (const prompt of search?.samplePrompts ?? [])
      assert.ok(ask.examples.includes(prompt.text), prompt.text);
  });

  it('every message-extension command id is documented in registerMessageExtensions.ts (when it exists)', function () {
    if (!fs.existsSync(HANDLERS_FILE)) this.skip();
    const source = fs.readFileSync(HANDLERS_FILE, 'utf8');
    const docs = [...source.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((m) => m[1]).join('\n');
    for (const command of manifest.composeExtensions.flatMap((extension) => extension.commands))
      assert.ok(
        docs.includes(`\`${command.id}\``),
        `command ${command.id} has no handler documented in ${HANDLERS_FILE}`,
      );
  });

  it('the instructions name only functions the plugin has', () => {
    const named = [...agent.instructions.matchAll(/`([a-z][A-Za-z]+)`/g)].map((m) => m[1] as string);
    const functions = named.filter((name) => /[A-Z]/.test(name));
    assert.ok(functions.length > 0);
    for (const name of functions)
      assert.ok(functionNames.includes(name), `instructions name unknown function ${name}`);
  });

  it('the declarative agent points at the plugin, and the manifest at the agent', () => {
    assert.deepEqual(
      manifest.copilotAgents.declarativeAgents.map((a) => a.file),
      ['declarativeAgent.json'],
    );
    assert.deepEqual(
      agent.actions.map((a) => a.file),
      [GENERATED.plugin],
    );
  });

  it('uses the newest schema versions bundled in @microsoft/app-manifest', () => {
    const teams = newestBundledVersion('teams');
    assert.equal(manifest.manifestVersion, teams);
    assert.equal(manifest.$schema, SCHEMA_KINDS.teams.url(teams));
    const da = newestBundledVersion('declarativeAgent');
    assert.equal(agent.version, `v${da}`);
    assert.equal(agent.$schema, SCHEMA_KINDS.declarativeAgent.url(da));
    const api = newestBundledVersion('apiPlugin');
    assert.equal(plugin.schema_version, `v${api}`);
    assert.equal(plugin.$schema, SCHEMA_KINDS.apiPlugin.url(api));
  });
});
