import assert from 'node:assert/strict';
import { checkSentence, splitSentences } from '../../../skills/model/citedSentences';

describe('splitSentences', () => {
  const cases: [string, string, boolean, string[]][] = [
    ['splits at full stops', 'One fact [1]. Two facts [2].', true, ['One fact [1].', 'Two facts [2].']],
    [
      'moves markers written after the stop',
      'One fact. [1] Two. [2][3]',
      true,
      ['One fact  [1].', 'Two  [2][3].'],
    ],
    ['keeps decimals', 'It is 6.0 m/s² [1].', true, ['It is 6.0 m/s² [1].']],
    [
      'keeps abbreviations',
      'Use e.g. the rig [1]. Then stop [2].',
      true,
      ['Use e.g. the rig [1].', 'Then stop [2].'],
    ],
    ['splits lines', '- first [1]\n- second [2]', true, ['- first [1]', '- second [2]']],
    ['withholds the last piece while streaming', 'One [1]. Two [', false, ['One [1].']],
    ['does not split before a marker still arriving', 'One. [1', false, []],
    [
      'splits after an accented word',
      'Le test est validé. Ensuite [2].',
      true,
      ['Le test est validé.', 'Ensuite [2].'],
    ],
    [
      'does not split after a one-letter initial',
      'Plan B. Smith wrote it [1].',
      true,
      ['Plan B. Smith wrote it [1].'],
    ],
  ];
  for (const [name, text, complete, expected] of cases) {
    it(name, () => assert.deepEqual(splitSentences(text, complete), expected));
  }
});

describe('checkSentence', () => {
  const ok: [string, string, { text: string; sources: number[] }][] = [
    ['one marker', 'The rule is strict [1].', { text: 'The rule is strict.', sources: [1] }],
    ['grouped and repeated markers', 'Both agree [2, 1][2].', { text: 'Both agree.', sources: [2, 1] }],
    ['a bullet and bold', '- **Ten** stops [3]', { text: 'Ten stops', sources: [3] }],
  ];
  for (const [name, raw, sentence] of ok) {
    it(`accepts ${name}`, () => assert.deepEqual(checkSentence(raw, 3), { ok: true, sentence }));
  }
  const refused: [string, string, RegExp][] = [
    ['no marker', 'The rule is strict.', /no citation/],
    ['marker above k', 'Strict [4].', /not a source/],
    ['marker zero', 'Strict [0].', /not a source/],
    ['a markdown link', '[docs](x) [1].', /markdown link/],
    ['a URL', 'See www.example.com [1].', /URL/],
    ['a javascript: URL', 'Click javascript:alert(1) [1].', /URL/],
    ['HTML', '<img src=x> [1].', /HTML/],
    ['code', 'Run `rm` [1].', /code/],
    ['other brackets', 'See [doc1] here [1].', /brackets/],
    ['a marker without text', '[1].', /no text/],
    ['an overlong sentence', `${'a'.repeat(601)} [1].`, /too long/],
  ];
  for (const [name, raw, reason] of refused) {
    it(`refuses ${name}`, () => {
      const check = checkSentence(raw, 3);
      assert.equal(check.ok, false);
      if (!check.ok) assert.match(check.reason, reason);
    });
  }
});
