import type { z } from 'zod/v4';
import { AppError } from './errors/AppError';

/** Deepest nesting of arrays and objects accepted in a skill's parameters or edits (they are flat; 8 is ample). */
export const MAX_PARAMETER_DEPTH = 8;

/** Field names shown back to the user are plain identifiers; anything else is only counted. */
const SHOWABLE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/**
 * A parser for caller-supplied skill input (parameters, confirmation edits) that refuses instead of
 * tolerating: nesting deeper than `MAX_PARAMETER_DEPTH` (AppError `too_deeply_nested`), a top-level field a
 * closed object schema (`additionalProperties: false` in `jsonSchema`, the schema's JSON Schema) does not
 * list, and anything `schema` rejects (AppError `invalid_parameters`, with a user-safe message listing the
 * invalid fields, then the unknown ones, whose names are echoed only when they are plain identifiers). Zod
 * alone would silently drop unknown fields; here they never reach a handler or an audit record. Never
 * overflows the stack.
 */
export function strictParser<T>(
  schema: z.ZodType<T>,
  jsonSchema: Record<string, unknown>,
): (raw: unknown) => T {
  const properties = jsonSchema.properties;
  // Only a closed object schema (`z.object`, `z.strictObject`) names every field; `z.looseObject` opts out.
  const known =
    typeof properties === 'object' && properties !== null && jsonSchema.additionalProperties === false
      ? new Set(Object.keys(properties))
      : undefined;
  return (raw) => {
    if (nestingExceeds(raw, MAX_PARAMETER_DEPTH)) throw new AppError('too_deeply_nested');
    const unknown = known && isRecord(raw) ? Object.keys(raw).filter((key) => !known.has(key)) : [];
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
