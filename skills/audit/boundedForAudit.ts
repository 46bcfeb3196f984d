/** Deepest nesting kept in an audit record's parameters; deeper values become `"[truncated]"`. */
const MAX_DEPTH = 8;
/** Most keys or items kept per object or array; the rest are dropped and counted. */
const MAX_ENTRIES = 50;
/** Longest string kept, in characters. */
const MAX_STRING = 2000;

/**
 * A bounded copy of caller-supplied values for the audit trail: nesting cut at 8 levels, 50 keys or items per
 * level (a `"…": "<n> more"` marker says how many were dropped), strings cut at 2,000 characters, only plain
 * JSON values (anything else becomes its string form). Whatever a caller sends (10,000 levels deep, a
 * megabyte of keys), the record can be serialised, so an action is never left without its audit record.
 * Iterative in depth only up to the bound, so it cannot overflow the stack. Never throws.
 */
export function boundedForAudit(value: Record<string, unknown>): Record<string, unknown> {
  return bound(value, 0) as Record<string, unknown>;
}

function bound(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value !== 'object') return value === undefined ? null : String(value);
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ENTRIES).map((item: unknown) => bound(item, depth + 1));
    return value.length > MAX_ENTRIES ? [...items, `${value.length - MAX_ENTRIES} more`] : items;
  }
  const keys = Object.keys(value);
  const out: Record<string, unknown> = {};
  for (const key of keys.slice(0, MAX_ENTRIES)) {
    const safeKey = key.length > 200 ? key.slice(0, 200) : key;
    Object.defineProperty(out, safeKey, {
      value: bound((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (keys.length > MAX_ENTRIES) out['…'] = `${keys.length - MAX_ENTRIES} more`;
  return out;
}
