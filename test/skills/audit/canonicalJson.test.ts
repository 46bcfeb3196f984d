import assert from 'node:assert/strict';
import { canonicalJson } from '../../../skills/audit/canonicalJson';

describe('canonicalJson', () => {
  const cases: [string, unknown, string][] = [
    ['sorts keys', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ['sorts keys at every depth', { z: { y: 1, x: [{ d: 1, c: 2 }] } }, '{"z":{"x":[{"c":2,"d":1}],"y":1}}'],
    ['drops undefined properties', { a: undefined, b: 1 }, '{"b":1}'],
    ['writes undefined array items as null', [1, undefined, 2], '[1,null,2]'],
    ['writes non-finite numbers as null', [Number.NaN, Infinity], '[null,null]'],
    ['uses toJSON (Date)', { at: new Date('2026-01-01T00:00:00Z') }, '{"at":"2026-01-01T00:00:00.000Z"}'],
    ['escapes strings like JSON.stringify', { s: 'a"b\n\u2028é' }, JSON.stringify({ s: 'a"b\n\u2028é' })],
    ['writes no whitespace', { a: [1, { b: 'c d' }] }, '{"a":[1,{"b":"c d"}]}'],
    ['handles primitives', 'x', '"x"'],
    ['handles null', null, 'null'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(canonicalJson(input), expected));
  }
  it('is stable across a parse round trip', () => {
    const value = { b: [1, 'two', { d: null, c: -0 }], a: '\ud800', e: 1e21 };
    const once = canonicalJson(value);
    assert.equal(canonicalJson(JSON.parse(once)), once);
  });
  it('does not depend on insertion order', () => {
    assert.equal(canonicalJson({ a: 1, b: { c: 2, d: 3 } }), canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });
  it('throws on a circular structure', () => {
    const value: Record<string, unknown> = {};
    value.self = value;
    assert.throws(() => canonicalJson(value), TypeError);
  });
  it('throws on BigInt', () => assert.throws(() => canonicalJson({ n: 1n }), TypeError));
  it('throws on a top-level undefined', () => assert.throws(() => canonicalJson(undefined), TypeError));
  it('allows the same object twice when not circular', () => {
    const shared = { x: 1 };
    assert.equal(canonicalJson({ a: shared, b: shared }), '{"a":{"x":1},"b":{"x":1}}');
  });
});
