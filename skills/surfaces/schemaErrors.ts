import type { OpenAPIV3 } from 'openapi-types';

/** At most this many problems are reported for one value (the first ones found). */
const MAX_PROBLEMS = 10;

/**
 * Checks `value` against an OpenAPI 3.0 Schema Object of the subset `toOpenApiSchema` emits (type,
 * nullable, enum, string/number/array/object limits, pattern, properties, required, additionalProperties,
 * items, anyOf/oneOf/allOf/not; `format` and annotations are not checked) and returns the problems found,
 * each `<path>: <what>` with `(body)` as the root path; empty = valid. String lengths count code points,
 * as JSON Schema does. Dependency-free on purpose: it is the request check at the plugin API boundary.
 */
export function schemaErrors(schema: OpenAPIV3.SchemaObject, value: unknown, path = '(body)'): string[] {
  const problems: string[] = [];
  check(schema, value, path, problems);
  return problems.slice(0, MAX_PROBLEMS);
}

function check(schema: OpenAPIV3.SchemaObject, value: unknown, path: string, out: string[]): void {
  if (value === null) {
    if (!schema.nullable) out.push(`${path}: must not be null`);
    return;
  }
  if (schema.type && !hasType(schema.type, value)) {
    out.push(`${path}: must be ${/^[aeiou]/.test(schema.type) ? 'an' : 'a'} ${schema.type}`);
    return;
  }
  if (schema.enum && !schema.enum.some((option) => option === value))
    out.push(`${path}: must be one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}`);
  if (typeof value === 'string') checkString(schema, value, path, out);
  if (typeof value === 'number') checkNumber(schema, value, path, out);
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      out.push(`${path}: needs at least ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      out.push(`${path}: takes at most ${schema.maxItems} items`);
    const items = (schema as OpenAPIV3.ArraySchemaObject).items;
    if (items && !('$ref' in items)) value.forEach((item, i) => check(items, item, `${path}[${i}]`, out));
  } else if (typeof value === 'object') checkObject(schema, value as Record<string, unknown>, path, out);
  for (const branch of schema.allOf ?? []) if (!('$ref' in branch)) check(branch, value, path, out);
  const anyOf = (schema.anyOf ?? schema.oneOf ?? []).filter(
    (b) => !('$ref' in b),
  ) as OpenAPIV3.SchemaObject[];
  if (anyOf.length > 0 && !anyOf.some((branch) => schemaErrors(branch, value, path).length === 0))
    out.push(`${path}: matches none of the allowed forms`);
  if (schema.not && !('$ref' in schema.not) && schemaErrors(schema.not, value, path).length === 0)
    out.push(`${path}: is not allowed`);
}

function hasType(type: string, value: unknown): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === type;
}

function checkString(schema: OpenAPIV3.SchemaObject, value: string, path: string, out: string[]): void {
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength)
    out.push(`${path}: needs at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined && length > schema.maxLength)
    out.push(`${path}: takes at most ${schema.maxLength} characters`);
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
    out.push(`${path}: does not have the expected form`);
}

function checkNumber(schema: OpenAPIV3.SchemaObject, value: number, path: string, out: string[]): void {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = schema;
  if (minimum !== undefined && (exclusiveMinimum ? value <= minimum : value < minimum))
    out.push(`${path}: must be ${exclusiveMinimum ? 'more than' : 'at least'} ${minimum}`);
  if (maximum !== undefined && (exclusiveMaximum ? value >= maximum : value > maximum))
    out.push(`${path}: must be ${exclusiveMaximum ? 'less than' : 'at most'} ${maximum}`);
  if (multipleOf !== undefined && !Number.isInteger(value / multipleOf))
    out.push(`${path}: must be a multiple of ${multipleOf}`);
}

function checkObject(
  schema: OpenAPIV3.SchemaObject,
  value: Record<string, unknown>,
  path: string,
  out: string[],
): void {
  const properties = schema.properties ?? {};
  for (const name of schema.required ?? [])
    if (value[name] === undefined) out.push(`${join(path, name)}: is required`);
  const extra = schema.additionalProperties;
  for (const [name, child] of Object.entries(value)) {
    const property = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (property) {
      if (!('$ref' in property)) check(property, child, join(path, name), out);
    } else if (extra === false) out.push(`${join(path, name)}: is not a known field`);
    else if (typeof extra === 'object' && !('$ref' in extra)) check(extra, child, join(path, name), out);
  }
}

function join(path: string, name: string): string {
  return path === '(body)' ? name : `${path}.${name}`;
}
