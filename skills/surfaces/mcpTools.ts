import type { SkillCatalog, SkillInfo } from '../SkillCatalog';
import { API_SCHEMAS } from './apiSchemas';
import { confirmOperationId, skillOperationId } from './operationIds';

/**
 * How a client's user gives the go-ahead for a consequential action: `elicitation` (the client declared MCP
 * form elicitation: the server asks the user itself, and the confirmation token never reaches the model) or
 * `confirmTool` (every other client: the proposal carries the token and a confirm tool takes it, like the
 * plugin API's `/confirm` operations).
 */
export type ConfirmationRoute = 'elicitation' | 'confirmTool';

/** A JSON Schema object as MCP tool definitions carry it (`type: "object"` at the root). */
export type ObjectSchema = { readonly type: 'object' } & Readonly<Record<string, unknown>>;

/** MCP tool annotations (hints for the client: they grant nothing and the server enforces none of them). */
export interface SkillToolAnnotations {
  readonly title: string;
  readonly readOnlyHint: boolean;
  readonly destructiveHint: boolean;
  readonly idempotentHint: boolean;
  readonly openWorldHint: boolean;
}

/** One MCP tool: what `tools/list` shows, plus which skill a call runs. */
export interface SkillTool {
  /** The plugin API's operationId (`askKnowledge`, `fileTicketConfirm`), so both Copilot runtimes share names. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The skill's parameters (or the confirm request) as JSON Schema, without `$schema`. */
  readonly inputSchema: ObjectSchema;
  /** The `SkillApiResponse` shape of `structuredContent`. */
  readonly outputSchema: ObjectSchema;
  readonly annotations: SkillToolAnnotations;
  /** The skill a call runs. */
  readonly skill: string;
  /** True for a confirm tool: a call runs the skill's confirmed action with a proposal's token. */
  readonly confirm: boolean;
}

/** `structuredContent` of every skill tool: the plugin API's `SkillApiResponse`, with its references inlined. */
export const SKILL_RESULT_SCHEMA: ObjectSchema = {
  ...API_SCHEMAS.SkillApiResponse,
  type: 'object',
  properties: {
    ...API_SCHEMAS.SkillApiResponse.properties,
    citations: { type: 'array', items: API_SCHEMAS.Citation },
    confirmation: API_SCHEMAS.Confirmation,
  },
};

/** The JSON Schema of `skill`'s parameters as tools carry it: the registry's schema without `$schema`. */
export function toolInputSchema(skill: SkillInfo): ObjectSchema {
  return { ...withoutDialect(skill.parametersJsonSchema), type: 'object' };
}

/** `schema` without its `$schema` key (the registry's schemas name draft 2020-12, MCP's default dialect). */
function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...schema };
  delete copy.$schema;
  return copy;
}

/**
 * The MCP tools of `catalog`, in registration order, generated from the skill descriptors (nothing is written
 * per skill): one tool per skill, named by its operationId, with its title, description and parameter schema;
 * read-only when the skill is not consequential. A consequential skill's tool only proposes (its description
 * says how the user is asked, per `route`). With `confirmTool`, each consequential skill also gets
 * `<operationId>Confirm`, taking `{ token, edits? }` exactly as the plugin API's confirm operation does. No
 * tool is destructive: every action adds (a ticket, an exported file) and none deletes or overwrites.
 */
export function mcpTools(catalog: SkillCatalog, route: ConfirmationRoute): SkillTool[] {
  return catalog.list().flatMap((skill) => {
    const tool: SkillTool = {
      name: skillOperationId(skill.name),
      title: skill.title,
      description: `${skill.description}${skill.consequential ? proposalNote(skill, route) : ''}`,
      inputSchema: toolInputSchema(skill),
      outputSchema: SKILL_RESULT_SCHEMA,
      annotations: annotations(skill.title, !skill.consequential, false),
      skill: skill.name,
      confirm: false,
    };
    if (!skill.consequential || route !== 'confirmTool') return [tool];
    return [tool, confirmTool(skill)];
  });
}

/**
 * `tool` exactly as `tools/list` lists it (name, title, description, input and output schemas, annotations):
 * what the MCP server answers, and what the app package's `RemoteMCPServer` runtime declares inline.
 */
export function toolListing(tool: SkillTool): {
  name: string;
  title: string;
  description: string;
  inputSchema: ObjectSchema;
  outputSchema: ObjectSchema;
  annotations: SkillToolAnnotations;
} {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: tool.inputSchema,
    outputSchema: tool.outputSchema,
    annotations: { ...tool.annotations },
  };
}

function proposalNote(skill: SkillInfo, route: ConfirmationRoute): string {
  return route === 'elicitation'
    ? ' Only proposes: the user is asked to confirm before anything happens, and declining does nothing.'
    : ` Only proposes: nothing happens yet. Show the result's confirmation summary to the user and call ${confirmOperationId(skill.name)} with its token only after the user explicitly agreed.`;
}

function confirmTool(skill: SkillInfo): SkillTool {
  const edits = withoutDialect(skill.editsJsonSchema ?? { type: 'object', additionalProperties: false });
  const request = API_SCHEMAS.ConfirmRequest;
  return {
    name: confirmOperationId(skill.name),
    title: `Confirm: ${skill.title}`,
    description: `Carries out a proposal of ${skillOperationId(skill.name)} that the user explicitly agreed to. Pass the token of the proposal's confirmation and only the edits the user asked for. The token is single-use and bound to the user; repeating the call returns the first result and acts once.`,
    inputSchema: {
      ...request,
      type: 'object',
      properties: {
        token: request.properties.token,
        edits: { ...edits, description: request.properties.edits.description },
      },
    },
    outputSchema: SKILL_RESULT_SCHEMA,
    annotations: annotations(`Confirm: ${skill.title}`, false, true),
    skill: skill.name,
    confirm: true,
  };
}

function annotations(title: string, readOnly: boolean, idempotent: boolean): SkillToolAnnotations {
  return {
    title,
    readOnlyHint: readOnly,
    destructiveHint: false,
    idempotentHint: readOnly || idempotent,
    openWorldHint: false,
  };
}
