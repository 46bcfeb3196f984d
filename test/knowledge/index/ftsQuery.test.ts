import assert from 'node:assert/strict';
import { ftsQuery } from '../../../knowledge/index/ftsQuery';

describe('ftsQuery', () => {
  const cases: [string, string, string | undefined][] = [
    ['plain words', 'Brake fade test', '"brake" OR "fade" OR "test"'],
    ['duplicates collapse', 'test TEST test', '"test"'],
    ['FTS operators are quoted terms', 'brake NOT fade OR x*', '"brake" OR "not" OR "fade" OR "or" OR "x"'],
    ['column filters are inert', 'title:secret', '"title" OR "secret"'],
    ['quotes cannot escape', 'a" OR "b', '"a" OR "or" OR "b"'],
    ['accents kept', 'sécurité', '"sécurité"'],
    ['only punctuation', '?!*()', undefined],
    ['empty', '', undefined],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.equal(ftsQuery(input), expected));
  it('leaves out skipped words unless nothing else is left', () => {
    const skip = new Set(['the', 'of', 'what']);
    assert.equal(ftsQuery('What is the torque of the wheel', 64, skip), '"is" OR "torque" OR "wheel"');
    assert.equal(ftsQuery('what of the', 64, skip), '"what" OR "of" OR "the"');
  });
  it('caps the number of terms', () => {
    const query = ftsQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '), 5);
    assert.equal(query, '"w0" OR "w1" OR "w2" OR "w3" OR "w4"');
  });
});
