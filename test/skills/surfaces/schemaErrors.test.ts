import assert from 'node:assert/strict';
import Ajv from 'ajv';
import type { OpenAPIV3 } from 'openapi-types';
import { schemaErrors } from '../../../skills/surfaces/schemaErrors';

const schema: OpenAPIV3.SchemaObject = {
  type: 'object',
  properties: {
    question: { type: 'string', minLength: 1, maxLength: 5 },
    brand: { type: 'string', enum: ['aurex', 'velora'] },
    top: { type: 'integer', minimum: 1, maximum: 25 },
    ratio: { type: 'number', minimum: 0, exclusiveMinimum: true },
    code: { type: 'string', pattern: '^[A-Z]{3}$' },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 2 },
    note: { type: 'string', nullable: true },
    edits: { type: 'object', additionalProperties: true },
  },
  required: ['question'],
  additionalProperties: false,
};

describe('schemaErrors: request bodies against the generated OpenAPI 3.0 schemas', () => {
  const cases: [string, unknown, string[]][] = [
    ['a minimal valid body', { question: 'hi' }, []],
    [
      'a full valid body',
      {
        question: 'hi',
        brand: 'aurex',
        top: 3,
        ratio: 0.5,
        code: 'ABC',
        tags: ['a'],
        note: null,
        edits: { x: 1 },
      },
      [],
    ],
    ['five emoji (code points, not UTF-16 units)', { question: '😀😀😀😀😀' }, []],
    ['a missing required field', {}, ['question: is required']],
    ['an unknown field', { question: 'hi', debug: true }, ['debug: is not a known field']],
    ['a wrong type', { question: 1 }, ['question: must be a string']],
    ['a non-integer', { question: 'hi', top: 2.5 }, ['top: must be an integer']],
    ['a value out of range', { question: 'hi', top: 26 }, ['top: must be at most 25']],
    ['an exclusive minimum', { question: 'hi', ratio: 0 }, ['ratio: must be more than 0']],
    [
      'a value outside the enum',
      { question: 'hi', brand: 'tesla' },
      ['brand: must be one of "aurex", "velora"'],
    ],
    ['a too long string', { question: 'toolong' }, ['question: takes at most 5 characters']],
    ['an empty string', { question: '' }, ['question: needs at least 1 characters']],
    ['a pattern mismatch', { question: 'hi', code: 'abc' }, ['code: does not have the expected form']],
    ['a bad array item', { question: 'hi', tags: ['a', 2] }, ['tags[1]: must be a string']],
    ['too many items', { question: 'hi', tags: ['a', 'b', 'c'] }, ['tags: takes at most 2 items']],
    ['null where not nullable', { question: null }, ['question: must not be null']],
    ['an array body', ['hi'], ['(body): must be an object']],
    ['a string body', 'hi', ['(body): must be an object']],
  ];
  for (const [name, body, problems] of cases) {
    it(`${name}: ${problems.length ? problems.join('; ') : 'valid'}`, () =>
      assert.deepEqual(schemaErrors(schema, body), problems));
  }

  it('agrees with ajv on validity for every case (ajv 6, draft-07, which reads this subset the same way)', () => {
    // The two 3.0-only spellings, in their draft-07 form.
    const forAjv = {
      ...schema,
      properties: {
        ...schema.properties,
        note: { type: ['string', 'null'] },
        ratio: { type: 'number', exclusiveMinimum: 0 },
      },
    };
    const validate = new Ajv({ unknownFormats: 'ignore' }).compile(forAjv);
    for (const [name, body, problems] of cases) assert.equal(validate(body), problems.length === 0, name);
  });
});
