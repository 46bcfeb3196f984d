import assert from 'node:assert/strict';
import { jsonNestingExceeds } from '../../../host/http/jsonNestingExceeds';

describe('jsonNestingExceeds', () => {
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  for (const [text, max, expected] of [
    ['{}', 1, false],
    ['{"a":{}}', 1, true],
    [deep(64), 64, false],
    [deep(65), 64, true],
    [`{"a":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, 64, true],
    ['"[[[[[[[[[["', 2, false],
    ['{"a":"\\"[[[[[["}', 2, false],
    ['{"a":"\\\\","b":[[[[]]]]}', 2, true],
    ['not json [[[', 2, true],
    ['', 0, false],
  ] as const) {
    it(`${text.length > 30 ? `${text.slice(0, 30)}…` : JSON.stringify(text)} deeper than ${max}: ${expected}`, () => {
      assert.equal(jsonNestingExceeds(text, max), expected);
    });
  }
});
