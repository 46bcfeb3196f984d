import assert from 'node:assert/strict';
import { toOpenApiSchema } from '../../../skills/surfaces/toOpenApiSchema';

type Json = Record<string, unknown>;
const S = 'https://json-schema.org/draft/2020-12/schema';

describe('toOpenApiSchema: JSON Schema 2020-12 -> OpenAPI 3.0 Schema Object', () => {
  const cases: [string, Json, Json][] = [
    ['drops $schema and $id', { $schema: S, $id: 'x', type: 'string' }, { type: 'string' }],
    ['const -> a one-value enum', { type: 'string', const: 'a' }, { type: 'string', enum: ['a'] }],
    [
      'type [T, "null"] -> nullable',
      { type: ['string', 'null'], maxLength: 3 },
      { type: 'string', maxLength: 3, nullable: true },
    ],
    [
      'anyOf with a null branch -> nullable, single branch inlined',
      { description: 'd', anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }] },
      { description: 'd', type: 'integer', minimum: 1, nullable: true },
    ],
    [
      'anyOf of two non-null branches stays anyOf',
      { anyOf: [{ type: 'string' }, { type: 'number', const: 1 }] },
      { anyOf: [{ type: 'string' }, { type: 'number', enum: [1] }] },
    ],
    [
      'numeric exclusiveMinimum -> minimum + boolean',
      { type: 'number', exclusiveMinimum: 0 },
      { type: 'number', minimum: 0, exclusiveMinimum: true },
    ],
    [
      'examples -> example (the first)',
      { type: 'string', examples: ['a', 'b'] },
      { type: 'string', example: 'a' },
    ],
    [
      'converts nested properties, items and additionalProperties',
      {
        type: 'object',
        properties: { tags: { type: 'array', items: { const: 'x' } } },
        additionalProperties: { type: ['number', 'null'] },
      },
      {
        type: 'object',
        properties: { tags: { type: 'array', items: { enum: ['x'] } } },
        additionalProperties: { type: 'number', nullable: true },
      },
    ],
    [
      'a defaulted property is not required',
      {
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string', default: 'x' } },
        required: ['a', 'b'],
        additionalProperties: false,
      },
      {
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string', default: 'x' } },
        required: ['a'],
        additionalProperties: false,
      },
    ],
    [
      'drops required when every required property has a default',
      { type: 'object', properties: { b: { type: 'string', default: 'x' } }, required: ['b'] },
      { type: 'object', properties: { b: { type: 'string', default: 'x' } } },
    ],
  ];
  for (const [name, input, output] of cases) {
    it(name, () => assert.deepEqual(toOpenApiSchema(input), output));
  }

  const refused: [string, Json, RegExp][] = [
    ['$ref', { $ref: '#/$defs/a' }, /\$ref/],
    ['$defs', { type: 'object', $defs: {} }, /\$defs/],
    ['prefixItems (tuples)', { type: 'array', prefixItems: [{ type: 'string' }] }, /prefixItems/],
    ['if/then', { if: { type: 'string' }, then: { minLength: 1 } }, /if/],
    ['two non-null types', { type: ['string', 'number'] }, /more than one/],
    ['a bare null type', { type: 'null' }, /null/],
    [
      'a nested unsupported keyword, naming its path',
      { type: 'object', properties: { a: { patternProperties: {} } } },
      /#\/properties\/a: patternProperties/,
    ],
  ];
  for (const [name, input, message] of refused) {
    it(`throws on ${name}`, () => assert.throws(() => toOpenApiSchema(input), message));
  }
});
