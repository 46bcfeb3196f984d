import type { OpenAPIV3 } from 'openapi-types';

/**
 * The JSON request body schema of `POST <path>` in `spec`, with a top-level `#/components/schemas/<name>`
 * reference resolved; undefined when the spec has no such operation (or it takes no JSON body).
 */
export function requestSchema(spec: OpenAPIV3.Document, path: string): OpenAPIV3.SchemaObject | undefined {
  const body = spec.paths[path]?.post?.requestBody;
  const schema = body && !('$ref' in body) ? body.content['application/json']?.schema : undefined;
  if (!schema || !('$ref' in schema)) return schema;
  const name = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref)?.[1];
  const target = name ? spec.components?.schemas?.[name] : undefined;
  return target && !('$ref' in target) ? target : undefined;
}
