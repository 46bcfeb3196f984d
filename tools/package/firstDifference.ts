import { childField, isObject, type Json } from './jsonPath';

/** Field path of the first place where `actual` and `expected` differ (`''` for the root), or undefined when equal. */
export function firstDifference(
  actual: Json | undefined,
  expected: Json | undefined,
  field = '',
): string | undefined {
  if (Array.isArray(actual) && Array.isArray(expected)) {
    for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
      const found = firstDifference(actual[i], expected[i], childField(field, i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isObject(actual) && isObject(expected)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = firstDifference(actual[key], expected[key], childField(field, key));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return actual === expected ? undefined : field;
}
