import assert from 'node:assert/strict';
import { noAnswerSuggestions, type NoAnswerReason } from '../../../knowledge/answer/noAnswerSuggestions';

const BRAND_TIP = 'Name the product, team or site the question is about.';
const VOCABULARY_TIP =
  "Use the documents' own vocabulary, e.g. a product or part name, a standard or a document title.";
const SHORTER_TIP = 'Ask a shorter question about one topic.';
const NO_MATCH_TIP = 'Use broader or simpler words: no document you can read matched this question.';

describe('noAnswerSuggestions', () => {
  const cases: { name: string; question: string; reason: NoAnswerReason; has: string[]; lacks: string[] }[] =
    [
      {
        name: 'asks for a name when none is given',
        question: 'rear wing angle',
        reason: 'not_relevant',
        has: [BRAND_TIP],
        lacks: [],
      },
      {
        name: 'omits the name tip when a name is given',
        question: 'rear wing angle of the Velora',
        reason: 'not_relevant',
        has: [],
        lacks: [BRAND_TIP],
      },
      {
        name: 'omits the name tip when a code name is given',
        question: 'NMP-E cooling loop',
        reason: 'not_relevant',
        has: [],
        lacks: [BRAND_TIP],
      },
      {
        name: 'asks for document vocabulary when no number is given',
        question: 'Velora wing',
        reason: 'not_relevant',
        has: [VOCABULARY_TIP],
        lacks: [],
      },
      {
        name: 'omits the vocabulary tip when a part number is given',
        question: 'Velora NES-BRK-004',
        reason: 'not_relevant',
        has: [],
        lacks: [VOCABULARY_TIP],
      },
      {
        name: 'says nothing matched when there were no passages',
        question: 'Velora wing 4',
        reason: 'no_passages',
        has: [NO_MATCH_TIP],
        lacks: [],
      },
      {
        name: 'asks for a shorter question when it is long',
        question: 'Velora 12 brake wing spoiler diffuser angle downforce drag cooling duct airflow',
        reason: 'not_relevant',
        has: [SHORTER_TIP],
        lacks: [],
      },
    ];
  for (const c of cases) {
    it(c.name, () => {
      const tips = noAnswerSuggestions(c.question, c.reason);
      for (const tip of c.has) assert.ok(tips.includes(tip), tip);
      for (const tip of c.lacks) assert.ok(!tips.includes(tip), tip);
    });
  }

  const questions = ['what is the capital of Peru?', '', 'Aurex 5', '<script>alert(1)</script> ${x} brake'];
  for (const question of questions) {
    it(`gives two or three distinct tips that do not quote "${question}"`, () => {
      const tips = noAnswerSuggestions(question, 'not_relevant');
      assert.ok(tips.length >= 2 && tips.length <= 3, String(tips.length));
      assert.equal(new Set(tips).size, tips.length);
      assert.ok(tips.every((tip) => !/peru|capital|script|\$\{/iu.test(tip)));
    });
  }

  it('is deterministic', () => {
    assert.deepEqual(
      noAnswerSuggestions('rear wing', 'no_passages'),
      noAnswerSuggestions('rear wing', 'no_passages'),
    );
  });
});
