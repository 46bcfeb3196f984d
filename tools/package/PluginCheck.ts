import type { PackageFile } from './collectPackageFiles';
import { isObject, type Json } from './jsonPath';
import type { PackageProblem } from './PackageProblem';

/**
 * A check of one API plugin file (`ai-plugin.json`) against the package's other `files`; problems name files
 * through `label`. Never throws: a malformed plugin is checked as an empty object.
 */
export type PluginCheck = (
  plugin: PackageFile,
  files: readonly PackageFile[],
  label: (name: string) => string,
) => PackageProblem[];

/** The plugin file's JSON object; `{}` when it is not an object. */
export function pluginJson(plugin: PackageFile): { [key: string]: Json } {
  return isObject(plugin.json) ? plugin.json : {};
}
