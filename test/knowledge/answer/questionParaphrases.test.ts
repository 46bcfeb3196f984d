import assert from 'node:assert/strict';
import { questionParaphrases } from '../../../knowledge/answer/questionParaphrases';

describe('questionParaphrases', () => {
  const cases: [string, string[]][] = [
    ["What's the shortest password a service should accept?", ['minimum']],
    ['What is the largest file I can upload?', ['maximum']],
    ['What is the smallest and the biggest size?', ['minimum', 'maximum']],
    ['What is the minimum length?', []],
    ['How do I reset my password?', []],
  ];
  for (const [question, expected] of cases) {
    it(`"${question}" -> ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(questionParaphrases(question), expected));
  }
});
