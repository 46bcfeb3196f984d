/** A JSON value as parsed from a package file. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Path segments as a readable field path: `['bots', 0, 'botId']` -> `bots[0].botId`. */
export function fieldPath(segments: readonly (string | number)[]): string {
  return segments
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment) ? segment : JSON.stringify(segment);
      return i === 0 ? name : `.${name}`;
    })
    .join('')
    .replace(/^\./, '');
}

/** A JSON Pointer (`/bots/0/botId`, as Ajv reports) as a readable field path (`bots[0].botId`). */
export function pointerToField(pointer: string): string {
  if (!pointer) return '';
  const segments = pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  return fieldPath(segments);
}

/** Appends `name` to a field path (`bots[0]` + `botId` -> `bots[0].botId`). */
export function childField(parent: string, name: string | number): string {
  if (!parent) return fieldPath([name]);
  return typeof name === 'number' ? `${parent}[${name}]` : `${parent}.${fieldPath([name])}`;
}
