/**
 * JSON text spread over entity properties `<prefix>0`, `<prefix>1`, ...: Table Storage caps one string property
 * at 64 KiB (32,768 UTF-16 code units) and an entity at 1 MiB, so one property per 30,000 code units and at
 * most `MAX_JSON_PARTS` of them (450,000 code units of JSON per entity).
 */
export const JSON_PART_LENGTH = 30_000;
export const MAX_JSON_PARTS = 15;

/** Thrown when a value's JSON does not fit one entity; nothing was written. */
export class ValueTooLargeError extends Error {
  readonly code = 'storage_value_too_large';

  constructor(what: string, length: number) {
    super(
      `${what} is too large for Table Storage: ${length} characters of JSON (at most ${JSON_PART_LENGTH * MAX_JSON_PARTS})`,
    );
    this.name = 'ValueTooLargeError';
  }
}

/** The properties holding `value`'s JSON, plus `<prefix>Parts` (their count). Throws `ValueTooLargeError`. */
export function toJsonProperties(
  prefix: string,
  value: unknown,
  what: string,
): Record<string, string | number> {
  const json = JSON.stringify(value) ?? 'null';
  const parts = Math.max(1, Math.ceil(json.length / JSON_PART_LENGTH));
  if (parts > MAX_JSON_PARTS) throw new ValueTooLargeError(what, json.length);
  const properties: Record<string, string | number> = { [`${prefix}Parts`]: parts };
  for (let i = 0; i < parts; i += 1)
    properties[`${prefix}${i}`] = json.slice(i * JSON_PART_LENGTH, (i + 1) * JSON_PART_LENGTH);
  return properties;
}

/** The value stored by `toJsonProperties(prefix, ...)` in `entity`, or undefined when it holds none. */
export function fromJsonProperties(prefix: string, entity: object): unknown {
  const fields = entity as Readonly<Record<string, unknown>>;
  const parts = fields[`${prefix}Parts`];
  if (typeof parts !== 'number') return undefined;
  let json = '';
  for (let i = 0; i < parts; i += 1) {
    const part = fields[`${prefix}${i}`];
    if (typeof part !== 'string') return undefined;
    json += part;
  }
  return JSON.parse(json) as unknown;
}
