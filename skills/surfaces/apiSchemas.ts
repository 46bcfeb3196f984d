import type { OpenAPIV3 } from 'openapi-types';
import { ERROR_CATALOG } from '../errors/AppError';

/** Component schemas every generated spec carries (see `SkillApiResponse` for the TypeScript side). */
export const API_SCHEMAS = {
  Citation: {
    type: 'object',
    description: 'A numbered source; `[n]` markers in the text refer to it.',
    properties: {
      n: { type: 'integer', minimum: 1, description: 'Citation number.' },
      title: { type: 'string', description: 'Document title.' },
      url: { type: 'string', description: 'Link to the cited section, valid for the calling user.' },
    },
    required: ['n', 'title', 'url'],
    additionalProperties: false,
  },
  Confirmation: {
    type: 'object',
    description:
      'A proposed action waiting for the user: nothing happened yet. Show `summary`, and only after the user agrees send `token` to the confirm operation of `skill`.',
    properties: {
      skill: { type: 'string', description: 'The skill whose confirm operation takes this token.' },
      token: { type: 'string', description: 'Single-use confirmation token, bound to the calling user.' },
      expiresAt: { type: 'string', format: 'date-time', description: 'When the token expires.' },
      summary: { type: 'string', description: 'What confirming will do, in one line.' },
    },
    required: ['skill', 'token', 'expiresAt', 'summary'],
    additionalProperties: false,
  },
  SkillApiResponse: {
    type: 'object',
    description: 'The result of a skill.',
    properties: {
      skill: { type: 'string', description: 'The skill that answered.' },
      text: { type: 'string', description: 'The result as plain text, with [n] citation markers.' },
      aiGenerated: { type: 'boolean', description: 'True when the text was generated or extracted by AI.' },
      citations: { type: 'array', items: { $ref: '#/components/schemas/Citation' } },
      sensitivityLabel: {
        type: 'string',
        description:
          'The most restrictive sensitivity label of the cited documents (e.g. Confidential); absent when none has one.',
      },
      confirmation: { $ref: '#/components/schemas/Confirmation' },
    },
    required: ['skill', 'text', 'aiGenerated', 'citations'],
    additionalProperties: false,
  },
  /** The shape of every confirm body; each confirm operation publishes it with its skill's `edits` schema. */
  ConfirmRequest: {
    type: 'object',
    description: 'Confirms a proposed action.',
    properties: {
      token: {
        type: 'string',
        minLength: 1,
        maxLength: 512,
        description: 'The `confirmation.token` of the proposal.',
      },
      edits: {
        type: 'object',
        additionalProperties: false,
        description:
          'Changes to the proposal the user asked for (e.g. a ticket title); only the fields the skill lists.',
      },
    },
    required: ['token'],
    additionalProperties: false,
  },
  Error: {
    type: 'object',
    description: 'The one error shape of this API.',
    properties: {
      error: {
        type: 'object',
        properties: {
          code: { type: 'string', enum: Object.keys(ERROR_CATALOG), description: 'Stable error code.' },
          message: { type: 'string', description: 'Safe to show to the user.' },
        },
        required: ['code', 'message'],
        additionalProperties: false,
      },
    },
    required: ['error'],
    additionalProperties: false,
  },
} satisfies Record<string, OpenAPIV3.SchemaObject>;
