import type { OpenAPIV3 } from 'openapi-types';

type Json = Record<string, unknown>;

/** Keywords copied as they are (same meaning in JSON Schema 2020-12 and OpenAPI 3.0). */
const COPIED = new Set([
  'type',
  'title',
  'description',
  'default',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'readOnly',
  'writeOnly',
  'deprecated',
]);

/** Keywords dropped: annotations with no OpenAPI 3.0 equivalent that change nothing a caller may send. */
const DROPPED = new Set(['$schema', '$id', '$comment', 'contentEncoding', 'contentMediaType']);

/**
 * Converts a JSON Schema (draft 2020-12, as `z.toJSONSchema` emits for skill parameters) to an OpenAPI 3.0
 * Schema Object. Rules: `$schema`/`$id`/`$comment` dropped; `const: v` -> `enum: [v]`; `type: [T, "null"]`
 * and `anyOf` with a `{ type: "null" }` branch -> `nullable: true`; numeric `exclusiveMinimum`/
 * `exclusiveMaximum` -> `minimum`/`maximum` plus the 3.0 boolean form; `examples` -> `example` (the first);
 * `additionalProperties`, `properties`, `items`, `anyOf`/`oneOf`/`allOf`/`not` converted recursively; a
 * property that has a `default` is not `required` (the caller may omit it; the skill fills it in).
 * Throws on anything else (`$ref`, `$defs`, `prefixItems`, `if`/`then`, ...), so a skill whose schema the
 * plugin spec can't express fails at spec generation (and in tests) instead of being described wrongly.
 */
export function toOpenApiSchema(schema: Json, path = '#'): OpenAPIV3.SchemaObject {
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (COPIED.has(key)) out[key] = value;
    else if (DROPPED.has(key)) continue;
    else if (key === 'const') out.enum = [value];
    else if (key === 'examples' && Array.isArray(value)) {
      if (value.length > 0) out.example = value[0];
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      if (typeof value !== 'number') throw unsupported(path, key);
      out[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'] = value;
      out[key] = true;
    } else if (key === 'properties') out.properties = mapValues(asObject(value, path, key), path, key);
    else if (key === 'required') out.required = value;
    else if (key === 'additionalProperties' || key === 'items' || key === 'not') {
      out[key] =
        typeof value === 'boolean' ? value : toOpenApiSchema(asObject(value, path, key), `${path}/${key}`);
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      const branches = asArray(value, path, key);
      const nonNull = branches.filter((branch) => branch.type !== 'null');
      if (nonNull.length < branches.length) out.nullable = true;
      const converted = nonNull.map((branch, i) => toOpenApiSchema(branch, `${path}/${key}/${i}`));
      if (converted.length === 1 && key !== 'allOf') Object.assign(out, { ...converted[0], ...out });
      else out[key] = converted;
    } else throw unsupported(path, key);
  }
  if (out.type === 'null') throw unsupported(path, 'type "null" outside a nullable union');
  if (Array.isArray(out.type)) {
    const types = out.type.filter((t) => t !== 'null');
    if (types.length !== 1) throw unsupported(path, 'type (more than one non-null type)');
    out.type = types[0];
    if (types.length < (schema.type as unknown[]).length) out.nullable = true;
  }
  if (Array.isArray(out.required) && out.properties) {
    const props = out.properties as Record<string, Json>;
    const required = (out.required as string[]).filter((name) => props[name]?.default === undefined);
    if (required.length > 0) out.required = required;
    else delete out.required;
  }
  return out as OpenAPIV3.SchemaObject;
}

function mapValues(value: Json, path: string, key: string): Record<string, OpenAPIV3.SchemaObject> {
  return Object.fromEntries(
    Object.entries(value).map(([name, child]) => [
      name,
      toOpenApiSchema(asObject(child, path, `${key}/${name}`), `${path}/${key}/${name}`),
    ]),
  );
}

function asArray(value: unknown, path: string, key: string): Json[] {
  if (!Array.isArray(value)) throw unsupported(path, key);
  return value.map((child) => asObject(child, path, key));
}

function asObject(value: unknown, path: string, key: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw unsupported(path, key);
  return value as Json;
}

function unsupported(path: string, key: string): Error {
  return new Error(`JSON Schema keyword not expressible in OpenAPI 3.0 at ${path}: ${key}`);
}
