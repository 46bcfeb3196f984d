import assert from 'node:assert/strict';
import { hitAt, parseQaJsonl, quotesEveryKey } from '../../../tools/bench/qaScoring';

const LINE = {
  id: 'q1',
  question: 'How much swap?',
  gold: ['a.md'],
  answer_keys: ['16 GB'],
  kind: 'number',
  answerable: true,
};

describe('qaScoring', () => {
  it('parses one question per line, skipping blank lines', () => {
    const items = parseQaJsonl(`${JSON.stringify(LINE)}\n\n${JSON.stringify({ ...LINE, id: 'q2' })}\n`);
    assert.deepEqual(
      items.map((item) => item.id),
      ['q1', 'q2'],
    );
  });

  const bad: [string, string][] = [
    ['not JSON', '{oops'],
    ['an array', '[]'],
    ['a missing field', JSON.stringify({ ...LINE, kind: undefined })],
    ['an unknown field', JSON.stringify({ ...LINE, extra: 1 })],
    ['a string answerable', JSON.stringify({ ...LINE, answerable: 'yes' })],
    ['a non-list gold', JSON.stringify({ ...LINE, gold: 'a.md' })],
  ];
  for (const [name, line] of bad) {
    it(`rejects ${name}, naming the line`, () =>
      assert.throws(() => parseQaJsonl(`${JSON.stringify(LINE)}\n${line}`), /line 2/));
  }

  const keys: [string, string, string[], boolean][] = [
    ['case-insensitively', 'Set up 16 gb of swap.', ['16 GB'], true],
    ['numbers written as words', 'Wait five seconds.', ['5 seconds'], true],
    ['digits for words in the key', 'Wait 5 seconds.', ['five seconds'], true],
    ['every key, not one of them', 'Use 16 GB.', ['16 GB', '32 GB'], false],
    ['across line breaks', 'Use 16\nGB.', ['16 GB'], true],
  ];
  for (const [name, reply, wanted, expected] of keys) {
    it(`matches keys ${name}`, () => assert.equal(quotesEveryKey(reply, wanted), expected));
  }

  it('counts a hit only among the first k cited documents', () => {
    assert.equal(hitAt(['x.md', 'a.md'], ['a.md'], 1), false);
    assert.equal(hitAt(['x.md', 'a.md'], ['a.md'], 3), true);
    assert.equal(hitAt([], ['a.md'], 3), false);
  });
});
