import assert from 'node:assert/strict';
import { truncateAtWord } from '../../../knowledge/answer/truncateAtWord';

describe('truncateAtWord', () => {
  const cases: { name: string; text: string; max: number; expected: string }[] = [
    { name: 'keeps short text unchanged', text: 'short text', max: 20, expected: 'short text' },
    { name: 'keeps text of exactly the limit', text: 'abcde', max: 5, expected: 'abcde' },
    {
      name: 'cuts at the last space and adds an ellipsis',
      text: 'alpha beta gamma delta',
      max: 15,
      expected: 'alpha beta…',
    },
    { name: 'hard-cuts a long word', text: 'x'.repeat(50), max: 10, expected: `${'x'.repeat(9)}…` },
    {
      name: 'never splits a surrogate pair',
      text: `${'a'.repeat(8)}😀😀`,
      max: 10,
      expected: `${'a'.repeat(8)}…`,
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(truncateAtWord(c.text, c.max), c.expected));
  }

  it('never exceeds the limit', () => {
    const text = 'word '.repeat(500);
    assert.ok(truncateAtWord(text, 600).length <= 600);
  });
});
