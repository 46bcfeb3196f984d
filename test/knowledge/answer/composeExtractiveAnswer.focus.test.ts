import assert from 'node:assert/strict';
import { composeExtractiveAnswer } from '../../../knowledge/answer/composeExtractiveAnswer';
import { headingPassage } from './headingPassage';

const passage = headingPassage;

const PASSAGES = [
  passage(
    'office/printing.md',
    'Printed letters',
    'Printed letters use the shared document template with the office address in the footer. ' +
      'The template is stored in the shared drive.',
  ),
  passage(
    'office/headings.md',
    'Headings',
    'The approved color for printed headings is dark blue. Ground filters remove scanner noise from printed pages.',
  ),
];

/** Documents using each word, as the caller's index would count them. */
const FREQUENCY = new Map([
  ['letterhead', 0],
  ['template', 2],
  // Were these words missing, they would decline: the evidence holds them in another form.
  ['colour', 0],
  ['removal', 0],
  ['ground', 1],
]);

describe('composeExtractiveAnswer: the focus of the question', () => {
  const cases: { question: string; answered: boolean; why: string; expanded?: string[] }[] = [
    {
      question: 'Which letterhead template should we use for printed letters?',
      answered: false,
      why: 'no document uses the word that makes the template specific',
    },
    {
      question: 'Which document template should we use for printed letters?',
      answered: true,
      why: 'every word of the focus is in the evidence',
    },
    {
      question: 'Which colour headings do printed letters use?',
      answered: true,
      why: 'held in the other spelling',
    },
    {
      question: 'Which ground removal filters do printed pages need?',
      answered: true,
      why: 'held as another derived form',
    },
    {
      question: 'Which letterhead template should we use for printed letters?',
      answered: true,
      why: 'a glossary form of the question counts as held',
      expanded: ['letterhead'],
    },
  ];
  for (const { question, answered, why, expanded } of cases)
    it(`${answered ? 'answers' : 'declines'} "${question}": ${why}`, () => {
      const answer = composeExtractiveAnswer(question, PASSAGES, {
        wordFrequency: FREQUENCY,
        ...(expanded ? { expanded } : {}),
      });
      assert.equal(answer.kind, answered ? 'answer' : 'noAnswer');
      if (answer.kind === 'noAnswer') assert.equal(answer.reason, 'not_relevant');
    });

  it('answers as before without word frequencies (the check is off)', () => {
    const answer = composeExtractiveAnswer(
      'Which letterhead template should we use for printed letters?',
      PASSAGES,
    );
    assert.equal(answer.kind, 'answer');
  });

  it('leaves questions in other languages to the other checks', () => {
    const question = 'Quel modèle de lettre utiliser pour les lettres imprimées ?';
    const answer = composeExtractiveAnswer(question, PASSAGES, { wordFrequency: new Map([['modèle', 0]]) });
    assert.deepEqual(answer, composeExtractiveAnswer(question, PASSAGES));
  });
});
