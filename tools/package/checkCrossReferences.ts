import { relative, type PackageFile } from './collectPackageFiles';
import { isObject, type Json } from './jsonPath';
import type { PackageProblem } from './PackageProblem';
import { pluginJson, type PluginCheck } from './PluginCheck';

type JsonObject = { [key: string]: Json };
const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const objects = (value: Json | undefined): JsonObject[] => list(value).filter(isObject);

/**
 * Consistency between the package's files (after placeholders are filled): a semver app `version`; unique
 * message-extension command ids; message extensions run by the manifest's bot; `webApplicationInfo.resource`
 * on a domain in `validDomains`; for every API plugin, each function name is an `operationId` of its OpenAPI
 * runtime's spec and each operation has a function; `run_for_functions` names only existing functions; a
 * `RemoteMCPServer` runtime has an https URL and its inline tools match the functions.
 */
export function checkCrossReferences(
  files: readonly PackageFile[],
  label: (name: string) => string,
): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const manifestFile = files.find((f) => f.kind === 'manifest');
  const manifest = isObject(manifestFile?.json) ? manifestFile.json : {};
  const at = (name: string, field: string, message: string, fix: string) =>
    problems.push({ file: label(name), field, message, fix });
  if (typeof manifest.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(manifest.version))
    at(
      'manifest.json',
      'version',
      `is ${JSON.stringify(manifest.version)}, not MAJOR.MINOR.PATCH`,
      'set APP_VERSION to a version such as 1.2.0 (raise it for every upload)',
    );
  const botId = objects(manifest.bots)[0]?.botId;
  const seen = new Set<string>();
  objects(manifest.composeExtensions).forEach((extension, i) => {
    if (extension.botId !== undefined && extension.botId !== botId)
      at(
        'manifest.json',
        `composeExtensions[${i}].botId`,
        'differs from bots[0].botId',
        'use ${{BOT_ID}} in both places',
      );
    objects(extension.commands).forEach((command, j) => {
      const id = String(command.id);
      if (seen.has(id))
        at(
          'manifest.json',
          `composeExtensions[${i}].commands[${j}].id`,
          `"${id}" is used twice`,
          'give every command a unique id',
        );
      seen.add(id);
    });
  });
  const resource = isObject(manifest.webApplicationInfo) ? manifest.webApplicationInfo.resource : undefined;
  const host = typeof resource === 'string' ? /^api:\/\/([^/]+)\//.exec(resource)?.[1] : undefined;
  const domains = list(manifest.validDomains);
  if (host && !host.startsWith('botid-') && !domains.includes(host))
    at(
      'manifest.json',
      'webApplicationInfo.resource',
      `is on ${host}, which validDomains does not list`,
      `add "${host}" to validDomains (or use \${{BOT_DOMAIN}} in both)`,
    );
  for (const plugin of files.filter((f) => f.kind === 'apiPlugin'))
    problems.push(...pluginProblems(plugin, files, label));
  return problems;
}

const pluginProblems: PluginCheck = (plugin, files, label) => {
  const problems: PackageProblem[] = [];
  const json = pluginJson(plugin);
  const functions = objects(json.functions).map((fn) => String(fn.name));
  const fix =
    'run `npm run package -- --env <name>` to regenerate ai-plugin.json and the OpenAPI spec from the skill registry';
  objects(json.runtimes).forEach((runtime, j) => {
    const runFor = list(runtime.run_for_functions).map(String);
    runFor.forEach((name, k) => {
      if (name !== '*' && !functions.includes(name))
        problems.push({
          file: label(plugin.name),
          field: `runtimes[${j}].run_for_functions[${k}]`,
          message: `names "${name}", which functions does not define`,
          fix,
        });
    });
    if (runtime.type === 'RemoteMCPServer') {
      problems.push(...mcpRuntimeProblems(plugin.name, runtime, j, runFor, functions, label));
      return;
    }
    if (runtime.type !== 'OpenApi' || !isObject(runtime.spec) || typeof runtime.spec.url !== 'string') return;
    const specName = relative(plugin.name, runtime.spec.url);
    const spec = files.find((f) => f.kind === 'openApi' && f.name === specName);
    const operationIds = new Set(operationIdsOf(spec?.json));
    const bound = runFor.includes('*') ? functions : runFor;
    bound.forEach((name) => {
      if (!operationIds.has(name)) {
        const index = functions.indexOf(name);
        problems.push({
          file: label(plugin.name),
          field: `functions[${index}].name`,
          message: `"${name}" is no operationId of ${label(specName)}`,
          fix,
        });
      }
    });
    for (const id of operationIds) {
      if (!functions.includes(id))
        problems.push({
          file: label(plugin.name),
          field: 'functions',
          message: `has no function for operation "${id}" of ${label(specName)}`,
          fix,
        });
    }
  });
  return problems;
};

/**
 * A `RemoteMCPServer` runtime: its URL is absolute https (Copilot calls it from the cloud), and with inline
 * tool definitions every function it runs is one of the tools and every tool has a function.
 */
function mcpRuntimeProblems(
  plugin: string,
  runtime: JsonObject,
  j: number,
  runFor: readonly string[],
  functions: readonly string[],
  label: (name: string) => string,
): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const spec = isObject(runtime.spec) ? runtime.spec : {};
  const at = (field: string, message: string, fix: string) =>
    problems.push({ file: label(plugin), field: `runtimes[${j}].${field}`, message, fix });
  if (typeof spec.url !== 'string' || !/^https:\/\/[^/]/.test(spec.url))
    at(
      'spec.url',
      `is ${JSON.stringify(spec.url)}, not an https URL`,
      "set BOT_ENDPOINT to the bot's https origin",
    );
  const description = isObject(spec.mcp_tool_description) ? spec.mcp_tool_description : undefined;
  if (!description || !Array.isArray(description.tools)) return problems;
  const tools = objects(description.tools).map((tool) => String(tool.name));
  const fix =
    'run `npm run package -- --env <name> --runtime mcp` (the tools are generated from the skill registry)';
  (runFor.includes('*') ? functions : runFor).forEach((name) => {
    if (!tools.includes(name))
      at('run_for_functions', `names "${name}", which the MCP tools do not list`, fix);
  });
  for (const tool of tools)
    if (!functions.includes(tool))
      at('spec.mcp_tool_description.tools', `lists "${tool}", which functions does not define`, fix);
  return problems;
}

function operationIdsOf(spec: Json | undefined): string[] {
  const paths = isObject(spec) && isObject(spec.paths) ? spec.paths : {};
  return Object.values(paths).flatMap((item) =>
    isObject(item)
      ? Object.values(item).flatMap((op) =>
          isObject(op) && typeof op.operationId === 'string' ? [op.operationId] : [],
        )
      : [],
  );
}
