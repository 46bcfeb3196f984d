import assert from 'node:assert/strict';
import { headingAbove } from '../../../skills/reports/headingAbove';

const TEXT = [
  'Intro sentence before any heading.',
  '## 7. Parking brake',
  'The parking brake must hold the vehicle',
  'on a 30 % gradient.',
  '## 8. Records',
  '- Test reports are stored in the library.',
].join('\n');

describe('headingAbove', () => {
  const cases: [string, string | undefined][] = [
    ['Intro sentence before any heading.', undefined],
    ['The parking brake must hold the vehicle on a 30 % gradient.', '7. Parking brake'],
    ['Test reports are stored in the library.', '8. Records'],
    ['A sentence that is not there.', undefined],
  ];
  for (const [sentence, heading] of cases) {
    it(sentence, () => assert.equal(headingAbove(TEXT, sentence), heading));
  }
});
