import path from 'node:path';
import { collectPackageFiles, type PackageFile } from './collectPackageFiles';
import { fillPlaceholders } from './fillPlaceholders';
import { PackageError, type PackageProblem } from './PackageProblem';
import { readEnvironment } from './readEnvironment';
import { syncGeneratedFiles } from './syncGeneratedFiles';
import { validatePackageFiles } from './validatePackageFiles';
import { skillCatalog } from '../../host/skillCatalog';
import { mcpPlugin, type PluginRuntime } from './mcpPlugin';
import { pluginRuntime } from './parsePackageArgs';
import { packageProfile } from './packageProfile';
import { writeZip } from './writeZip';

export interface PackageOptions {
  /** Environment name: reads `env/.env.<env>` and names the zip `appPackage.<env>.zip`. */
  readonly env: string;
  /** Folder with `manifest.json` and the files it references; default `<cwd>/appPackage`. */
  readonly appPackageDir?: string;
  /** Where the zip goes; default `<appPackageDir>/build`. */
  readonly outDir?: string;
  /** Env file to read instead of `env/.env.<env>` (its `.user` companion is read too). */
  readonly envFile?: string;
  /** Don't rewrite the generated files; report them as problems when they differ from the registry. */
  readonly check?: boolean;
  /** Base for relative paths and for the names in messages; default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * The declarative agent's plugin runtime: `openapi` (the plugin API, `ai-plugin.json` as generated) or `mcp`
   * (its `RemoteMCPServer` variant, `mcpPlugin`: the MCP endpoint `${{BOT_ENDPOINT}}/mcp`, no OpenAPI spec in
   * the zip). Default: `PLUGIN_RUNTIME` of the env file, else `openapi`.
   */
  readonly runtime?: PluginRuntime;
}

export type PackageResult =
  | { readonly ok: true; readonly zipFile: string; readonly entries: string[]; readonly written: string[] }
  | { readonly ok: false; readonly problems: PackageProblem[]; readonly written: string[] };

/**
 * Builds the tenant app package: regenerates (or, with `check`, compares) the OpenAPI spec, the plugin's
 * functions, the manifest's command lists and the agent's conversation starters from the skill catalog of the
 * environment's organisation profile (`ORGANISATION_PROFILE` in its env file; none: neutral), reads every file `manifest.json` references
 * (with the `mcp` runtime, the plugin as its `RemoteMCPServer` variant), fills `${{VAR}}`
 * placeholders from the environment's env file, validates everything (`validatePackageFiles`) and writes
 * `<outDir>/appPackage.<env>.zip` with `manifest.json` at its root. Returns every problem instead when there
 * is any (nothing is zipped then). Throws UsageError when the env file does not exist.
 */
export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const cwd = options.cwd ?? process.cwd();
  const dir = path.resolve(cwd, options.appPackageDir ?? 'appPackage');
  const label = (name: string) => shown(cwd, path.join(dir, name));
  const env = readEnvironment(cwd, options.env, options.envFile);
  const envLabel = shown(cwd, env.file);
  const runtime =
    options.runtime ?? pluginRuntime(env.vars.PLUGIN_RUNTIME ?? 'openapi', `PLUGIN_RUNTIME in ${envLabel}`);
  const catalog = skillCatalog(packageProfile(env.vars, cwd));
  const sync = await syncGeneratedFiles(dir, catalog, options.check ? 'check' : 'write', label);
  const fail = (problems: PackageProblem[]): PackageResult => ({
    ok: false,
    problems: [...sync.problems, ...problems],
    written: sync.written,
  });
  let files: PackageFile[];
  try {
    files = collectPackageFiles(
      dir,
      label,
      runtime === 'mcp' ? { pluginFor: (plugin) => mcpPlugin(plugin, catalog) } : {},
    );
  } catch (error) {
    if (error instanceof PackageError) return fail([...error.problems]);
    throw error;
  }
  const fillProblems: PackageProblem[] = [];
  const filled = files.map((file) => {
    if (file.json === undefined) return file;
    const result = fillPlaceholders(file.json, env.vars, { file: label(file.name), envFile: envLabel });
    fillProblems.push(...result.problems);
    return { ...file, json: result.value, bytes: Buffer.from(`${JSON.stringify(result.value, null, 2)}\n`) };
  });
  if (fillProblems.length > 0) return fail(fillProblems);
  const invalid = await validatePackageFiles(filled, label);
  if (sync.problems.length > 0 || invalid.length > 0) return fail(invalid);
  const zipFile = path.join(
    path.resolve(cwd, options.outDir ?? path.join(dir, 'build')),
    `appPackage.${options.env}.zip`,
  );
  try {
    await writeZip(filled, zipFile);
  } catch (error) {
    return fail([
      {
        file: label('manifest.json'),
        field: '',
        message: (error as Error).message,
        fix: 'remove unused files or shrink the icons',
      },
    ]);
  }
  return { ok: true, zipFile, entries: filled.map((f) => f.name), written: sync.written };
}

/** `file` as messages show it: relative to `cwd` with `/` separators when inside it, else absolute. */
function shown(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
