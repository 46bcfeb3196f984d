import type { ElicitRequestFormParams, PrimitiveSchemaDefinition } from '@modelcontextprotocol/sdk/types.js';

/** The form field the user ticks to go ahead; the other fields are the action's optional edits. */
export const CONFIRM_FIELD = 'confirm';

/** Keywords of a JSON Schema property that an elicitation form field may carry. */
const KEPT = ['title', 'description', 'minLength', 'maxLength', 'minimum', 'maximum', 'enum'] as const;

/**
 * The MCP form elicitation that asks the user to confirm a proposal: the message is the proposal's
 * `summary` (already inert text), a required boolean `confirm`, and one optional field per edit the
 * confirmed action accepts when its schema is a plain string, number, integer or boolean (composite
 * schemas such as `anyOf` are left out: the user keeps the proposal's value). MCP forms hold only flat
 * primitive fields; the registry parses whatever comes back strictly.
 */
export function confirmationForm(
  summary: string,
  editsJsonSchema: Record<string, unknown> | undefined,
): ElicitRequestFormParams {
  const properties: Record<string, PrimitiveSchemaDefinition> = {
    [CONFIRM_FIELD]: {
      type: 'boolean',
      title: 'Go ahead',
      description: 'Nothing has happened yet. Tick to carry out this proposal in your name.',
      default: false,
    },
  };
  const edits = isRecord(editsJsonSchema?.properties) ? editsJsonSchema.properties : {};
  for (const [name, schema] of Object.entries(edits)) {
    const field = primitiveField(schema);
    if (field && name !== CONFIRM_FIELD) properties[name] = field;
  }
  return {
    mode: 'form',
    message: `${summary}\n\nConfirm to go ahead, or decline and nothing happens. You may change the fields below.`,
    requestedSchema: { type: 'object', properties, required: [CONFIRM_FIELD] },
  };
}

/** The edits in an accepted form: every field but `confirm`, leaving out empty strings (= keep the proposal's). */
export function editsFromForm(content: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(content).filter(([name, value]) => name !== CONFIRM_FIELD && value !== ''),
  );
}

function primitiveField(schema: unknown): PrimitiveSchemaDefinition | undefined {
  if (!isRecord(schema)) return undefined;
  const { type } = schema;
  if (type !== 'string' && type !== 'number' && type !== 'integer' && type !== 'boolean') return undefined;
  if (schema.enum !== undefined && !(type === 'string' && isStringArray(schema.enum))) return undefined;
  const field: Record<string, unknown> = { type };
  for (const key of KEPT) if (schema[key] !== undefined) field[key] = schema[key];
  return field as PrimitiveSchemaDefinition;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
