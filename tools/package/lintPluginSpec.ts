import type { OpenAPIV3 } from 'openapi-types';
import { CONSEQUENTIAL } from '../../skills/surfaces/openApiSpec';

/**
 * Limits from the API plugin manifest schema (v2.4, `@microsoft/app-manifest`), which a manifest generated
 * from the spec inherits: function `name` (= `operationId`) must match `^[A-Za-z0-9_-]+$`; `name_for_human`
 * (from `info.title`) is read up to 20 characters, `description_for_human` up to 100, and
 * `description_for_model` up to 2,048. Operation summaries are held to the human limit (100) and operation
 * descriptions, which the model reads, to the model limit (2,048).
 */
export const PLUGIN_LIMITS = {
  functionName: /^[A-Za-z0-9_-]+$/,
  nameForHuman: 20,
  descriptionForHuman: 100,
  descriptionForModel: 2048,
} as const;

/**
 * Plugin-level checks a valid OpenAPI document can still fail; returns every problem (empty = fine):
 * unique `operationId`s matching the function-name pattern, non-empty `summary` (<= 100) and `description`
 * (<= 2,048) on every operation, a boolean `x-openai-isConsequential`, a JSON request body and a JSON 200
 * response; `info.title` <= 20 and `info.description` <= 2,048 characters.
 */
export function lintPluginSpec(doc: OpenAPIV3.Document): string[] {
  const problems: string[] = [];
  const limit = (what: string, text: string | undefined, max: number) => {
    if (!text?.trim()) problems.push(`${what} is empty`);
    else if ([...text].length > max) problems.push(`${what} is ${[...text].length} characters, over ${max}`);
  };
  limit('info.title', doc.info.title, PLUGIN_LIMITS.nameForHuman);
  limit('info.description', doc.info.description, PLUGIN_LIMITS.descriptionForModel);
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = item?.[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = op.operationId ?? '';
      if (!PLUGIN_LIMITS.functionName.test(id))
        problems.push(`${where}: operationId "${id}" is not a valid function name`);
      if (seen.has(id)) problems.push(`${where}: operationId "${id}" is used twice`);
      seen.add(id);
      limit(`${where} summary`, op.summary, PLUGIN_LIMITS.descriptionForHuman);
      limit(`${where} description`, op.description, PLUGIN_LIMITS.descriptionForModel);
      if (typeof (op as Record<string, unknown>)[CONSEQUENTIAL] !== 'boolean')
        problems.push(`${where}: ${CONSEQUENTIAL} is not set`);
      const body = op.requestBody;
      if (!body || '$ref' in body || !body.content['application/json'])
        problems.push(`${where}: no JSON request body`);
      const ok = op.responses['200'];
      if (!ok || '$ref' in ok || !ok.content?.['application/json'])
        problems.push(`${where}: no JSON 200 response`);
    }
  }
  return problems;
}
