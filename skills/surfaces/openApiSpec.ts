import type { OpenAPIV3 } from 'openapi-types';
import type { SkillCatalog, SkillInfo } from '../SkillCatalog';
import { API_SCHEMAS } from './apiSchemas';
import { confirmOperationId, skillOperationId, skillPath } from './operationIds';
import { toOpenApiSchema } from './toOpenApiSchema';

export interface OpenApiSpecOptions {
  /** Origin the API is reached at (`servers[0].url`), e.g. the bot's public https base URL. */
  readonly serverUrl: string;
  /** `info.title` (Copilot allows 20 characters); default "Knowledge API". */
  readonly title?: string;
  /** `info.version`; default "1.0.0". */
  readonly version?: string;
  /** `info.description` (the plugin's description when a manifest is generated from the spec). */
  readonly description?: string;
  /**
   * Adds an OAuth 2.0 authorization-code scheme `oauth2` (Entra) next to `bearerAuth`, for Copilot's
   * OAuth plugin vault; either scheme satisfies `security`. Both send the same Entra bearer token.
   */
  readonly oauth2?: { authorizationUrl: string; tokenUrl: string; scopes: Record<string, string> };
}

/** Vendor extension Copilot reads: true = always ask the user before calling the operation. */
export const CONSEQUENTIAL = 'x-openai-isConsequential';

/** An operation of the generated spec: an OpenAPI operation with Copilot's consequential flag. */
export type PluginOperation = OpenAPIV3.OperationObject<{ [CONSEQUENTIAL]: boolean }>;

const DEFAULT_DESCRIPTION =
  'Answers questions from company documents the user may read, with citations, and files tickets and exports reports after the user confirms.';

const json = (schema: OpenAPIV3.SchemaObject | OpenAPIV3.ReferenceObject) => ({
  'application/json': { schema },
});
const ref = (name: keyof typeof API_SCHEMAS): OpenAPIV3.ReferenceObject => ({
  $ref: `#/components/schemas/${name}`,
});
const errorRef: OpenAPIV3.ReferenceObject = { $ref: '#/components/responses/Error' };

/**
 * The OpenAPI 3.0 description of the Copilot plugin API, generated from `registry` (in registration order),
 * so registering a skill adds its operations. Per skill `s`:
 * - `POST /api/skills/s`: `operationId` = camelCase name, `summary` = title, `description` = description,
 *   request body = the skill's parameter schema converted to OpenAPI 3.0 (`toOpenApiSchema`), 200 =
 *   `SkillApiResponse`; `x-openai-isConsequential: false` (it only reads, or only proposes);
 * - for consequential skills also `POST /api/skills/s/confirm` (`<operationId>Confirm`, body
 *   `{ token, edits? }` with `edits` = the skill's edits schema, no other fields anywhere,
 *   `x-openai-isConsequential: true`): runs the proposed action once per token.
 * Errors use `components.responses.Error` (`{ error: { code, message } }`). Every operation requires an
 * Entra bearer token (`bearerAuth`, or `oauth2` when configured). Throws when a skill's parameter schema
 * can't be expressed in OpenAPI 3.0. Pure: same registry and options, same document.
 */
export function openApiSpec(registry: SkillCatalog, options: OpenApiSpecOptions): OpenAPIV3.Document {
  const paths: OpenAPIV3.PathsObject = {};
  for (const skill of registry.list()) {
    paths[skillPath(skill.name)] = { post: proposeOperation(skill) };
    if (skill.consequential) paths[`${skillPath(skill.name)}/confirm`] = { post: confirmOperation(skill) };
  }
  const securitySchemes: Record<string, OpenAPIV3.SecuritySchemeObject> = {
    bearerAuth: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'Microsoft Entra ID access token for this API, issued by the organisation’s tenant.',
    },
  };
  if (options.oauth2) {
    const { authorizationUrl, tokenUrl, scopes } = options.oauth2;
    securitySchemes.oauth2 = {
      type: 'oauth2',
      flows: { authorizationCode: { authorizationUrl, tokenUrl, scopes } },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: options.title ?? 'Knowledge API',
      version: options.version ?? '1.0.0',
      description: options.description ?? DEFAULT_DESCRIPTION,
    },
    servers: [{ url: options.serverUrl }],
    security: [
      { bearerAuth: [] },
      ...(options.oauth2 ? [{ oauth2: Object.keys(options.oauth2.scopes) }] : []),
    ],
    paths,
    components: {
      schemas: structuredClone(API_SCHEMAS),
      responses: { Error: { description: 'Failed; `error.code` says why.', content: json(ref('Error')) } },
      securitySchemes,
    },
  };
}

/** The request body schema of skill `skill`'s operation, exactly as `openApiSpec` publishes it. */
export function skillRequestSchema(skill: SkillInfo): OpenAPIV3.SchemaObject {
  return toOpenApiSchema(skill.parametersJsonSchema);
}

/**
 * The request body of skill `skill`'s confirm operation: `ConfirmRequest` with `edits` narrowed to the
 * skill's edits schema (`additionalProperties: false`), so an unknown field is refused at the boundary.
 */
export function confirmRequestSchema(skill: SkillInfo): OpenAPIV3.SchemaObject {
  const base = structuredClone(API_SCHEMAS.ConfirmRequest) as OpenAPIV3.SchemaObject;
  const edits = toOpenApiSchema(skill.editsJsonSchema ?? { type: 'object', additionalProperties: false });
  return {
    ...base,
    properties: {
      ...base.properties,
      edits: { ...edits, description: API_SCHEMAS.ConfirmRequest.properties.edits.description },
    },
  };
}

function proposeOperation(skill: SkillInfo): PluginOperation {
  const proposes = skill.consequential
    ? ' Nothing is changed: the response carries a `confirmation` the user must accept first.'
    : '';
  return {
    operationId: skillOperationId(skill.name),
    summary: skill.title,
    description: `${skill.description}${proposes}`,
    requestBody: { required: true, content: json(skillRequestSchema(skill)) },
    responses: responses(skill.title, false),
    [CONSEQUENTIAL]: false,
  };
}

function confirmOperation(skill: SkillInfo): PluginOperation {
  return {
    operationId: confirmOperationId(skill.name),
    summary: `Confirm: ${skill.title}`,
    description: `Carries out a proposal of ${skill.name} the user has accepted, using its single-use confirmation token (repeating the call with the same token acts once and returns the same result).`,
    requestBody: { required: true, content: json(confirmRequestSchema(skill)) },
    responses: responses(skill.title, true),
    [CONSEQUENTIAL]: true,
  };
}

function responses(title: string, confirm: boolean): OpenAPIV3.ResponsesObject {
  return {
    '200': { description: `${title}: the result.`, content: json(ref('SkillApiResponse')) },
    '400': errorRef,
    '401': errorRef,
    '404': errorRef,
    ...(confirm ? { '409': errorRef } : {}),
    '413': errorRef,
    '415': errorRef,
    '500': errorRef,
    '503': errorRef,
  };
}
