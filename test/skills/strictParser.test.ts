import assert from 'node:assert/strict';
import { z } from 'zod/v4';
import { strictParser } from '../../skills/strictParser';

describe('strictParser', () => {
  const schema = z.object({ title: z.string().min(3), count: z.number().int().optional() });
  const parse = strictParser(schema, z.toJSONSchema(schema) as Record<string, unknown>);
  const refusal = (raw: unknown) => {
    try {
      parse(raw);
    } catch (error) {
      const { code, userMessage } = error as { code: string; userMessage: string };
      return `${code}: ${userMessage}`;
    }
    return 'accepted';
  };
  const deep = (n: number): unknown => (n === 0 ? 'x' : { a: deep(n - 1) });

  it('returns the parsed value', () =>
    assert.deepEqual(parse({ title: 'abc', count: 2 }), { title: 'abc', count: 2 }));
  it('refuses an unknown field, naming it', () =>
    assert.equal(
      refusal({ title: 'abc', owner: 'x' }),
      'invalid_parameters: Some values are not valid: unknown field owner.',
    ));
  it('names at most five unknown fields and counts the rest', () =>
    assert.match(refusal({ title: 'abc', a: 1, b: 1, c: 1, d: 1, e: 1, f: 1 }), /a, b, c, d, e, 1 other\.$/));
  it('does not echo a field name that is not a plain identifier', () =>
    assert.equal(
      refusal({ title: 'abc', '[x](https://evil.example)': 1 }),
      'invalid_parameters: Some values are not valid: unknown field 1 other.',
    ));
  it('refuses a value nested deeper than 8 levels', () =>
    assert.match(refusal({ title: deep(8) }), /^too_deeply_nested/));
  it('refuses a value 100,000 levels deep without overflowing the stack', () => {
    let value: unknown = 'x';
    for (let i = 0; i < 100_000; i++) value = [value];
    assert.match(refusal({ title: value }), /^too_deeply_nested/);
  });
  it('refuses an invalid known field, naming it', () =>
    assert.equal(refusal({ title: 'ab' }), 'invalid_parameters: Some values are not valid: title.'));
  it('refuses a non-object', () => assert.match(refusal('title'), /^invalid_parameters/));

  describe('nested objects are strict too (card data and plugin edits)', () => {
    const nested = z.object({
      title: z.string(),
      contact: z.object({ name: z.string(), phone: z.string().optional() }).optional(),
      lines: z.array(z.object({ text: z.string() })).optional(),
      either: z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]).optional(),
      loose: z.looseObject({ x: z.string().optional() }).optional(),
    });
    const parseNested = strictParser(nested, z.toJSONSchema(nested) as Record<string, unknown>);
    const refused = (raw: unknown) => {
      try {
        parseNested(raw);
        return 'accepted';
      } catch (error) {
        return (error as { userMessage: string }).userMessage;
      }
    };
    it('accepts known nested fields', () =>
      assert.equal(
        refused({
          title: 't',
          contact: { name: 'n' },
          lines: [{ text: 'x' }],
          either: { b: 'y' },
          loose: { z: 1 },
        }),
        'accepted',
      ));
    it('refuses an unknown field in a nested object, naming its path', () =>
      assert.equal(
        refused({ title: 't', contact: { name: 'n', role: 'admin' } }),
        'Some values are not valid: unknown field contact.role.',
      ));
    it('refuses an unknown field in an array item', () =>
      assert.equal(
        refused({ title: 't', lines: [{ text: 'x' }, { text: 'y', html: '<b>' }] }),
        'Some values are not valid: unknown field lines.1.html.',
      ));
    it('refuses a field no union branch lists', () =>
      assert.match(refused({ title: 't', either: { a: 'x', c: 'z' } }), /unknown field either\.c\.$/));
    it('leaves a loose object open, as declared', () =>
      assert.equal(refused({ title: 't', loose: { anything: true } }), 'accepted'));
  });
});
