import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI, OpenAPIV3 } from 'openapi-types';
import { lintPluginSpec } from './lintPluginSpec';
import { isObject, pointerToField, type Json } from './jsonPath';
import type { PackageProblem } from './PackageProblem';

interface AjvDetail {
  readonly instancePath?: string;
  readonly message?: string;
}

/**
 * Validates a filled OpenAPI document the way Copilot's plugin runtime needs it: OpenAPI 3.0.x (3.1 is not
 * supported by API plugins), valid per `@apidevtools/swagger-parser` (schema and semantics, offline, on a
 * copy), an https server URL, and the plugin-level rules of `lintPluginSpec` (operationIds, summaries,
 * descriptions, consequential flags). Returns every problem found.
 */
export async function validateOpenApi(spec: Json, file: string): Promise<PackageProblem[]> {
  const fix =
    'regenerate it with `npm run package` (it is generated from the skill registry by skills/surfaces/openApiSpec.ts)';
  if (!isObject(spec)) return [{ file, field: '', message: 'is not a JSON object', fix }];
  if (typeof spec.openapi !== 'string' || !spec.openapi.startsWith('3.0.'))
    return [
      {
        file,
        field: 'openapi',
        message: `is ${JSON.stringify(spec.openapi)}; API plugins support OpenAPI 3.0.x`,
        fix,
      },
    ];
  const problems: PackageProblem[] = [];
  try {
    await SwaggerParser.validate(structuredClone(spec) as unknown as OpenAPI.Document);
  } catch (error) {
    const details = (error as { details?: AjvDetail[] }).details;
    if (Array.isArray(details) && details.length > 0) {
      for (const detail of details.slice(0, 20))
        problems.push({
          file,
          field: pointerToField(detail.instancePath ?? ''),
          message: detail.message ?? 'is invalid',
          fix,
        });
    } else {
      const message = (error as Error).message.replace(/^Validation failed\.\s*/, '');
      const pointer = /(\/paths\/\S+)/.exec(message)?.[1];
      problems.push({ file, field: pointer ? pointerToField(pointer) : '', message, fix });
    }
    return problems;
  }
  const servers = Array.isArray(spec.servers) ? spec.servers : [];
  const url = isObject(servers[0]) ? servers[0].url : undefined;
  if (typeof url !== 'string' || !url.startsWith('https://'))
    problems.push({
      file,
      field: 'servers[0].url',
      message: `is ${JSON.stringify(url)}; Copilot calls only https APIs`,
      fix: 'set BOT_ENDPOINT to the bot’s public https origin in the env file',
    });
  for (const message of lintPluginSpec(spec as unknown as OpenAPIV3.Document)) {
    const [where, ...rest] = message.split(': ');
    if (rest.length > 0) problems.push({ file, field: where ?? '', message: rest.join(': '), fix });
    else
      problems.push({
        file,
        field: message.split(' ')[0] ?? '',
        message: message.split(' ').slice(1).join(' '),
        fix,
      });
  }
  return problems;
}
