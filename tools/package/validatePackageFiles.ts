import type { OpenAPIV3 } from 'openapi-types';
import type { PackageFile } from './collectPackageFiles';
import { checkCrossReferences } from './checkCrossReferences';
import { isObject, type Json } from './jsonPath';
import type { PackageProblem } from './PackageProblem';
import { pluginJson, type PluginCheck } from './PluginCheck';
import { sampleFromSchema } from './sampleFromSchema';
import { validateIcon } from './validateIcons';
import { validateOpenApi } from './validateOpenApi';
import { validateResponseTemplate } from './validateResponseTemplate';
import { validateSchema } from './validateSchema';

/**
 * Every check of a filled package (see the individual validators): the Teams manifest, declarative agents and
 * API plugins against their official schemas, OpenAPI specs, each inline response card template expanded
 * with sample responses built from its operation's 200 schema, icon sizes and the outline rule, and
 * consistency between files. Returns all problems found (empty = the package may be zipped).
 */
export async function validatePackageFiles(
  files: readonly PackageFile[],
  label: (name: string) => string,
): Promise<PackageProblem[]> {
  const problems: PackageProblem[] = [];
  for (const file of files) {
    const name = label(file.name);
    if (file.kind === 'manifest' || file.kind === 'declarativeAgent' || file.kind === 'apiPlugin')
      problems.push(...(await validateSchema(file.json ?? null, name)));
    if (file.kind === 'openApi') problems.push(...(await validateOpenApi(file.json ?? null, name)));
    if (file.kind === 'icon' && file.iconRole)
      problems.push(...validateIcon(file.bytes, file.iconRole, name));
    if (file.kind === 'apiPlugin') problems.push(...templateProblems(file, files, label));
  }
  problems.push(...checkCrossReferences(files, label));
  return problems;
}

const templateProblems: PluginCheck = (plugin, files, label) => {
  const json = pluginJson(plugin);
  const specs = files
    .filter((f) => f.kind === 'openApi' && isObject(f.json))
    .map((f) => f.json as unknown as OpenAPIV3.Document);
  const problems: PackageProblem[] = [];
  (Array.isArray(json.functions) ? json.functions : []).forEach((fn, i) => {
    const semantics =
      isObject(fn) && isObject(fn.capabilities) ? fn.capabilities.response_semantics : undefined;
    const template = isObject(semantics) ? semantics.static_template : undefined;
    if (!isObject(template) || typeof template.file === 'string') return;
    const samples = samplesFor(isObject(fn) ? String(fn.name) : '', specs);
    const field = `functions[${i}].capabilities.response_semantics.static_template`;
    problems.push(...validateResponseTemplate(template, samples, label(plugin.name), field));
  });
  return problems;
};

/** A full and a minimal sample of operation `operationId`'s JSON 200 response (empty object when unknown). */
function samplesFor(operationId: string, specs: readonly OpenAPIV3.Document[]): Json[] {
  for (const spec of specs) {
    for (const item of Object.values(spec.paths ?? {})) {
      for (const op of Object.values(item ?? {})) {
        if (!isObject(op as unknown as Json) || (op as OpenAPIV3.OperationObject).operationId !== operationId)
          continue;
        const ok = (op as OpenAPIV3.OperationObject).responses?.['200'];
        const schema = ok && !('$ref' in ok) ? ok.content?.['application/json']?.schema : undefined;
        if (!schema) continue;
        try {
          return [sampleFromSchema(schema, spec, true), sampleFromSchema(schema, spec, false)];
        } catch {
          return [{}];
        }
      }
    }
  }
  return [{}];
}
