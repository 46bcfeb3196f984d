import assert from 'node:assert/strict';
import { declinesFocus, focusGaps, wordsToCount } from '../../../knowledge/answer/focusGaps';
import { questionFocus } from '../../../knowledge/answer/questionFocus';
import { spellingVariants } from '../../../knowledge/answer/spellingVariants';
import { headingPassage } from './headingPassage';

const passage = headingPassage;

const TEMPLATES = passage(
  'office/templates.md',
  'Templates',
  'Use the shared template for meeting minutes. Printed letters use 11 point type. Ground filters removes noise.',
);

describe('questionFocus', () => {
  const cases: [string, string[][], boolean[]][] = [
    ['Which letterhead template should we use for letters?', [['letterhead', 'template']], [false]],
    ['What font size do body paragraphs use?', [['font', 'size']], [false]],
    ['How many days of annual leave can I take?', [['days', 'of', 'annual', 'leave']], [false]],
    ['Is there a dress code for visitors?', [['dress', 'code']], [true]],
    ['Do we have an official mascot?', [['official', 'mascot']], [true]],
    ["What is the deadline? What's the budget?", [], []],
    ['How do I reset my password?', [], []],
    // No auxiliary after the phrase: it may hold the verb ("handles"), so it is left out.
    ['Which app handles travel expenses?', [], []],
    ['How many shift presses trigger it?', [], []],
    ['Quelle est la voix de la marque ?', [], []],
    ['What is the default limit, and what max_size does the page raise it to?', [['max_size']], [false]],
  ];
  for (const [question, phrases, existence] of cases)
    it(`finds ${JSON.stringify(phrases)} in "${question}"`, () => {
      const focus = questionFocus(question);
      assert.deepEqual(
        focus.map((f) => f.words),
        phrases,
      );
      assert.deepEqual(
        focus.map((f) => f.existence),
        existence,
      );
    });
});

describe('spellingVariants', () => {
  const cases: [string, string[]][] = [
    ['colour', ['color']],
    ['color', ['colour']],
    ['organisation', ['organization']],
    ['centre', ['center']],
    ['catalogue', ['catalog']],
    ['travelled', ['traveled']],
    ['four', []],
    ['door', []],
  ];
  for (const [word, variants] of cases)
    it(`${word} -> ${variants.join(', ') || 'nothing'}`, () =>
      assert.deepEqual(spellingVariants(word), variants));
});

describe('focusGaps and declinesFocus', () => {
  const frequency = new Map([
    ['letterhead', 0],
    ['template', 12],
    ['dress', 1],
    ['code', 30],
    ['annual', 4],
    ['leave', 9],
    ['sample', 3],
    ['meeting', 20],
  ]);
  const known = (word: string): number | undefined => frequency.get(word);
  const cases: {
    question: string;
    held: string[];
    missing: string[];
    declines: boolean;
    glossary?: string[];
  }[] = [
    // The documents never use the word that makes the thing specific: declined.
    {
      question: 'Which letterhead template should we use?',
      held: ['template'],
      missing: ['letterhead'],
      declines: true,
    },
    // Held as another derived form (Porter stems): answered.
    {
      question: 'Which ground removal filters do we run?',
      held: ['ground', 'removal', 'filters'],
      missing: [],
      declines: false,
    },
    // Held in another spelling and as one word written in two.
    {
      question: 'Which colour workstation template do we use?',
      held: ['colour', 'workstation', 'template'],
      missing: [],
      declines: false,
    },
    // A missing word the documents do use elsewhere: left to the other checks.
    {
      question: 'Which sample template should we use?',
      held: ['template'],
      missing: ['sample'],
      declines: false,
    },
    // A phrase that holds none of its words is left to the coverage check.
    {
      question: 'Is there a dress code for visitors?',
      held: [],
      missing: ['dress'],
      declines: false,
    },
    // The last word (the head) is never missing: the documents may name it otherwise.
    {
      question: 'Which template letterhead should we use?',
      held: ['template'],
      missing: [],
      declines: false,
    },
    // A glossary form of the question counts as held (its synonyms were searched).
    {
      question: 'Which letterhead template should we use?',
      held: ['letterhead', 'template'],
      missing: [],
      declines: false,
      glossary: ['letterhead'],
    },
  ];
  const passages = [
    TEMPLATES,
    passage('office/style.md', 'Colours', 'The color of headings is blue on every work station.'),
  ];
  for (const { question, held, missing, declines, glossary } of cases)
    it(`${declines ? 'declines' : 'keeps'} "${question}"${glossary ? ' (glossary)' : ''}`, () => {
      const gaps = focusGaps(question, passages, glossary);
      assert.deepEqual(
        gaps.flatMap((g) => g.held),
        held,
      );
      assert.deepEqual(
        gaps.flatMap((g) => g.missing),
        missing,
      );
      assert.equal(declinesFocus(gaps, known), declines);
    });

  it('declines an existence question whose missing word is rarer than every held one', () => {
    const gaps = focusGaps('Is there a dress code for visitors?', [
      passage('hr/conduct.md', 'Code of conduct', 'The code of conduct applies to every visitor.'),
    ]);
    assert.deepEqual(gaps, [{ held: ['code'], missing: ['dress'], existence: true }]);
    assert.equal(declinesFocus(gaps, known), true);
    // The same words in a which-question: only a word no document uses declines.
    const which = focusGaps('Which dress code do visitors follow?', [
      passage('hr/conduct.md', 'Code of conduct', 'The code of conduct applies to every visitor.'),
    ]);
    assert.deepEqual(which, [{ held: ['code'], missing: ['dress'], existence: false }]);
    assert.equal(declinesFocus(which, known), false);
  });

  it('never declines on a word whose frequency is unknown, and counts only open phrases', () => {
    const gaps = focusGaps('Which letterhead template should we use?', [TEMPLATES]);
    assert.equal(
      declinesFocus(gaps, () => undefined),
      false,
    );
    assert.deepEqual(wordsToCount(gaps), ['letterhead', 'template']);
    assert.deepEqual(wordsToCount(focusGaps('Which template should we use?', [TEMPLATES])), []);
  });
});
