import assert from 'node:assert/strict';
import { truncateText } from '../../adaptive-cards';

describe('truncateText', () => {
  const cases: [string, string, number, string][] = [
    ['fits unchanged', 'abc', 3, 'abc'],
    ['cut with ellipsis', 'abcdef', 4, 'abc…'],
    ['trailing space trimmed before ellipsis', 'ab cdef', 4, 'ab…'],
    ['zero budget', 'abc', 0, ''],
    ['surrogate pair not split', '👍👍👍', 2, '👍…'],
  ];
  for (const [name, input, max, expected] of cases) {
    it(name, () => assert.equal(truncateText(input, max), expected));
  }
});
