import assert from 'node:assert/strict';
import { termMatcher } from '../../../knowledge/answer/termMatcher';
import { queryTerms } from '../../../knowledge/answer/terms';

describe('termMatcher', () => {
  const table: [string, string, boolean][] = [
    ['clear-space', 'The clear space around the logo', true],
    ['clear-space', 'the clear-space rule', true],
    ['clear-space', 'clear skies', false],
    ['nmp-e', 'the NMP-E platform', true],
    ['nmp-e', 'the NMP-C platform', false],
    ['nmp-e', 'NMP e', false],
    ['nes-brk-004', 'standard NES-BRK-004', true],
    ['nes-brk-004', 'NES BRK 004', true],
    ['torque', 'wheel bolt torque', true],
  ];
  for (const [term, text, expected] of table) {
    it(`${term} ${expected ? 'matches' : 'does not match'} "${text}"`, () =>
      assert.equal(termMatcher(queryTerms(term)[0] ?? term)(new Set(queryTerms(text))), expected));
  }
});
