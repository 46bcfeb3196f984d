import { fieldPath, isObject, type Json } from './jsonPath';
import type { PackageProblem } from './PackageProblem';

/** Agents Toolkit placeholder: `${{NAME}}` (spaces inside the braces allowed). */
export const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Placeholders that may be set to an empty value (e.g. no name suffix in production); they must still be defined. */
export const OPTIONAL_PLACEHOLDERS: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);

/**
 * Replaces every `${{NAME}}` in the strings and object keys of `value` with `vars[NAME]`. A name that `vars` lacks, or sets
 * to an empty value (unless it is in OPTIONAL_PLACEHOLDERS), is a problem naming `file`, the field path and the variable (with the fix: set it in
 * `envFile`); its placeholder is left in place. Returns a new value; `value` is not modified.
 */
export function fillPlaceholders(
  value: Json,
  vars: Readonly<Record<string, string>>,
  where: { file: string; envFile: string },
): { value: Json; problems: PackageProblem[] } {
  const problems: PackageProblem[] = [];
  const fill = (text: string, path: (string | number)[]): string =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const filled = vars[name];
      if (filled || (filled === '' && OPTIONAL_PLACEHOLDERS.has(name))) return filled;
      problems.push({
        file: where.file,
        field: fieldPath(path),
        message: `uses \${{${name}}}, which ${where.envFile} ${filled === undefined ? 'does not define' : 'sets to an empty value'}`,
        fix: `set ${name}=<value> in ${where.envFile} (or run the Agents Toolkit provision step that writes it)`,
      });
      return whole;
    });
  const walk = (node: Json, path: (string | number)[]): Json => {
    if (typeof node === 'string') return fill(node, path);
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (isObject(node)) {
      const out: { [key: string]: Json } = {};
      for (const [key, child] of Object.entries(node))
        out[fill(key, [...path, key])] = walk(child, [...path, key]);
      return out;
    }
    return node;
  };
  return { value: walk(value, []), problems };
}
