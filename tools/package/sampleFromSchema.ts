import type { OpenAPIV3 } from 'openapi-types';
import type { Json } from './jsonPath';

type Schema = OpenAPIV3.SchemaObject | OpenAPIV3.ReferenceObject;

/**
 * A sample value for an OpenAPI 3.0 schema, resolving local `#/components/schemas/...` references in `spec`:
 * `full` fills every property (optional ones included), otherwise only required ones. Strings get a short
 * text (an https URL for `format: uri` or properties named `url`, an ISO date-time for `date-time`), numbers
 * 1, booleans true, arrays two items, enums their first value. Used to expand response card templates.
 */
export function sampleFromSchema(schema: Schema, spec: OpenAPIV3.Document, full: boolean, name = ''): Json {
  const resolved = resolve(schema, spec);
  if (resolved.enum && resolved.enum.length > 0) return resolved.enum[0] as Json;
  if (resolved.example !== undefined) return resolved.example as Json;
  switch (resolved.type) {
    case 'object': {
      const out: { [key: string]: Json } = {};
      const required = new Set(resolved.required ?? []);
      for (const [key, child] of Object.entries(resolved.properties ?? {})) {
        if (full || required.has(key)) out[key] = sampleFromSchema(child, spec, full, key);
      }
      return out;
    }
    case 'array':
      return [1, 2].map(() => sampleFromSchema(resolved.items, spec, full, name));
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      if (resolved.format === 'uri' || /url$/i.test(name))
        return 'https://example.com/documents/sample#section';
      if (resolved.format === 'date-time') return '2030-01-01T00:00:00.000Z';
      return `Sample ${name || 'text'} [1]`;
  }
}

function resolve(schema: Schema, spec: OpenAPIV3.Document): OpenAPIV3.SchemaObject {
  if (!('$ref' in schema)) return schema;
  const name = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1];
  const target = name ? spec.components?.schemas?.[name] : undefined;
  if (!target) throw new Error(`unresolved schema reference ${schema.$ref}`);
  return resolve(target, spec);
}
