import fs from 'node:fs';
import path from 'node:path';
import { childField, isObject, type Json } from './jsonPath';
import { PackageError, type PackageProblem } from './PackageProblem';
import type { IconRole } from './validateIcons';

/** What a package file is, which decides how it is validated. */
export type PackageFileKind = 'manifest' | 'declarativeAgent' | 'apiPlugin' | 'openApi' | 'icon' | 'other';

/** One file the package contains: its path inside the package (posix) and, for JSON files, its parsed content. */
export interface PackageFile {
  readonly name: string;
  readonly kind: PackageFileKind;
  readonly iconRole?: IconRole;
  readonly json?: Json;
  readonly bytes: Buffer;
}

/**
 * Reads `manifest.json` in `dir` and every file it references, transitively: icons, declarative agents
 * (`copilotAgents.declarativeAgents[].file`), their API plugins (`actions[].file`), the plugins' OpenAPI
 * specs (`runtimes[].spec.url`) and card template files, message-extension spec and template files and
 * localization files. Paths are relative to the referencing file. `label(name)` names a file in problems.
 * `pluginFor` replaces each API plugin's JSON as read (the packager's `mcp` runtime variant).
 * Throws PackageError listing every missing, unreadable, unparsable or out-of-package reference.
 */
export function collectPackageFiles(
  dir: string,
  label: (name: string) => string,
  options: { readonly pluginFor?: (plugin: Json) => Json } = {},
): PackageFile[] {
  const files = new Map<string, PackageFile>();
  const problems: PackageProblem[] = [];
  const add = (
    name: string,
    kind: PackageFileKind,
    from: { file: string; field: string },
    iconRole?: IconRole,
  ) => {
    if (files.has(name)) return files.get(name);
    const full = path.join(dir, name);
    const bad = (message: string, fix: string) =>
      problems.push({ file: label(from.file), field: from.field, message, fix });
    if (path.isAbsolute(name) || name.split('/').includes('..'))
      return void bad(
        `"${name}" points outside the app package`,
        'use a path relative to the file, inside the app package folder',
      );
    if (!fs.existsSync(full) || !fs.statSync(full).isFile())
      return void bad(
        `refers to ${label(name)}, which does not exist`,
        `add ${label(name)} or correct the path`,
      );
    let bytes = fs.readFileSync(full);
    let json: Json | undefined;
    if (name.endsWith('.json')) {
      try {
        json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as Json;
      } catch (error) {
        problems.push({
          file: label(name),
          field: '',
          message: `is not valid JSON (${(error as Error).message})`,
          fix: 'fix the JSON syntax',
        });
        return undefined;
      }
      if (kind === 'apiPlugin' && options.pluginFor) {
        try {
          json = options.pluginFor(json);
        } catch (error) {
          return void bad((error as Error).message, 'restore appPackage/ai-plugin.json from git');
        }
        bytes = Buffer.from(`${JSON.stringify(json, null, 2)}\n`);
      }
    }
    const file: PackageFile = {
      name,
      kind,
      bytes,
      ...(iconRole ? { iconRole } : {}),
      ...(json !== undefined ? { json } : {}),
    };
    files.set(name, file);
    return file;
  };
  const manifest = add('manifest.json', 'manifest', { file: 'manifest.json', field: '' });
  if (manifest && isObject(manifest.json)) followManifest(manifest.json, add);
  if (problems.length > 0) throw new PackageError(problems);
  return [...files.values()];
}

type Add = (
  name: string,
  kind: PackageFileKind,
  from: { file: string; field: string },
  iconRole?: IconRole,
) => PackageFile | undefined;

function followManifest(manifest: { [key: string]: Json }, add: Add): void {
  const from = (field: string) => ({ file: 'manifest.json', field });
  const icons = isObject(manifest.icons) ? manifest.icons : {};
  for (const role of ['color', 'outline', 'color32x32'] as const) {
    const icon = icons[role];
    if (typeof icon === 'string') add(icon, 'icon', from(`icons.${role}`), role);
  }
  each(isObject(manifest.copilotAgents) ? manifest.copilotAgents.declarativeAgents : [], (agent, i) => {
    const field = `copilotAgents.declarativeAgents[${i}].file`;
    const file =
      isObject(agent) && typeof agent.file === 'string'
        ? add(agent.file, 'declarativeAgent', from(field))
        : undefined;
    if (file && isObject(file.json)) followAgent(file, add);
  });
  each(manifest.composeExtensions, (extension, i) => {
    if (!isObject(extension)) return;
    if (typeof extension.apiSpecificationFile === 'string')
      add(extension.apiSpecificationFile, 'openApi', from(`composeExtensions[${i}].apiSpecificationFile`));
    each(extension.commands, (command, j) => {
      if (isObject(command) && typeof command.apiResponseRenderingTemplateFile === 'string')
        add(
          command.apiResponseRenderingTemplateFile,
          'other',
          from(`composeExtensions[${i}].commands[${j}].apiResponseRenderingTemplateFile`),
        );
    });
  });
  const localization = isObject(manifest.localizationInfo)
    ? manifest.localizationInfo.additionalLanguages
    : [];
  each(localization, (language, i) => {
    if (isObject(language) && typeof language.file === 'string')
      add(language.file, 'other', from(`localizationInfo.additionalLanguages[${i}].file`));
  });
}

function followAgent(agent: PackageFile, add: Add): void {
  const json = agent.json as { [key: string]: Json };
  each(json.actions, (action, i) => {
    if (!isObject(action) || typeof action.file !== 'string') return;
    const plugin = add(relative(agent.name, action.file), 'apiPlugin', {
      file: agent.name,
      field: `actions[${i}].file`,
    });
    if (!plugin || !isObject(plugin.json)) return;
    const pluginJson = plugin.json;
    each(pluginJson.runtimes, (runtime, j) => {
      // A RemoteMCPServer runtime's spec.url is the server itself, not a file of the package.
      const spec =
        isObject(runtime) && runtime.type !== 'RemoteMCPServer' && isObject(runtime.spec)
          ? runtime.spec
          : undefined;
      if (spec && typeof spec.url === 'string' && !/^https?:/i.test(spec.url))
        add(relative(plugin.name, spec.url), 'openApi', {
          file: plugin.name,
          field: `runtimes[${j}].spec.url`,
        });
    });
    each(pluginJson.functions, (fn, j) => {
      const semantics =
        isObject(fn) && isObject(fn.capabilities) ? fn.capabilities.response_semantics : undefined;
      const template = isObject(semantics) ? semantics.static_template : undefined;
      if (isObject(template) && typeof template.file === 'string') {
        const field = childField(`functions[${j}].capabilities.response_semantics.static_template`, 'file');
        add(relative(plugin.name, template.file), 'other', { file: plugin.name, field });
      }
    });
  });
}

function each(list: Json | undefined, visit: (item: Json, i: number) => void): void {
  if (Array.isArray(list)) list.forEach(visit);
}

/** `target` relative to the folder of package file `from`, normalised to a posix path inside the package. */
export function relative(from: string, target: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), target.replace(/\\/g, '/')));
}
