import type { z } from 'zod/v4';
import { AppError } from './errors/AppError';

/** Deepest nesting of arrays and objects accepted in a skill's parameters or edits (they are flat; 8 is ample). */
export const MAX_PARAMETER_DEPTH = 8;

/** Field names shown back to the user are plain identifiers; anything else is only counted. */
const SHOWABLE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}(?:\.[A-Za-z0-9_]{1,40}){0,7}$/;

/**
 * A parser for caller-supplied skill input (parameters, confirmation edits) that refuses instead of
 * tolerating: nesting deeper than `MAX_PARAMETER_DEPTH` (AppError `too_deeply_nested`), a field a closed
 * object schema (`additionalProperties: false` in `jsonSchema`, the schema's JSON Schema) does not list, at
 * any level (nested objects, array items, `anyOf` branches: unknown only when no branch lists it), and
 * anything `schema` rejects (AppError `invalid_parameters`, with a user-safe message listing the
 * invalid fields, then the unknown ones, whose names are echoed only when they are plain identifiers). Zod
 * alone would silently drop unknown fields; here they never reach a handler or an audit record. Never
 * overflows the stack.
 */
export function strictParser<T>(
  schema: z.ZodType<T>,
  jsonSchema: Record<string, unknown>,
): (raw: unknown) => T {
  return (raw) => {
    if (nestingExceeds(raw, MAX_PARAMETER_DEPTH)) throw new AppError('too_deeply_nested');
    const unknown = unknownFields(raw, jsonSchema, '');
    const parsed = schema.safeParse(raw);
    if (parsed.success && unknown.length === 0) return parsed.data;
    const problems = parsed.success
      ? []
      : [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))].slice(0, 10);
    if (unknown.length > 0) {
      const named = unknown.filter((key) => SHOWABLE_NAME.test(key)).slice(0, 5);
      const rest = unknown.length - named.length;
      const list = [...named, ...(rest > 0 ? [`${rest} other${rest === 1 ? '' : 's'}`] : [])].join(', ');
      problems.push(`unknown field${unknown.length === 1 ? '' : 's'} ${list}`);
    }
    throw new AppError('invalid_parameters', {
      userMessage: `Some values are not valid: ${problems.join('; ')}.`,
    });
  };
}
/**
 * Paths (`a.b`, `items.0.c`) of fields in `value` that a closed object schema in `schema` does not list. Only
 * a closed object schema (`z.object`, `z.strictObject`) names every field; `z.looseObject` opts out. Depth is
 * bounded by the caller (`nestingExceeds` runs first).
 */
function unknownFields(value: unknown, schema: unknown, path: string): string[] {
  if (!isRecord(schema)) return [];
  const branches = [schema.anyOf, schema.oneOf].find(Array.isArray) as unknown[] | undefined;
  if (branches) {
    const perBranch = branches.map((branch) => unknownFields(value, branch, path));
    return perBranch.some((found) => found.length === 0) ? [] : (perBranch[0] ?? []);
  }
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (Array.isArray(value))
    return value.flatMap((item, i) => unknownFields(item, schema.items, at(String(i))));
  if (!isRecord(value) || !isRecord(schema.properties)) return [];
  const properties = schema.properties;
  const closed = schema.additionalProperties === false;
  return Object.entries(value).flatMap(([key, child]) =>
    Object.hasOwn(properties, key) ? unknownFields(child, properties[key], at(key)) : closed ? [at(key)] : [],
  );
}

/** True when `value` nests arrays/objects more than `max` levels deep; iterative, stops at the first too-deep value. */
function nestingExceeds(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next || typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= max) return true;
    for (const child of Object.values(next.value)) stack.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
