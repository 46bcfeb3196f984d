import assert from 'node:assert/strict';
import { queryTerms } from '../../../knowledge/answer/terms';

describe('queryTerms', () => {
  const cases: { name: string; text: string; language?: string; expected: string[] }[] = [
    {
      name: 'drops English stop and question words',
      text: 'What is the pass criterion of the test?',
      expected: ['pass', 'criterion', 'test'],
    },
    {
      name: 'drops French stop words',
      text: "Quelle est la durée de l'essai de freinage ?",
      expected: ['durée', 'essai', 'freinag'],
    },
    {
      name: 'drops German stop words',
      text: 'Wie hoch ist das Drehmoment für die Radschrauben?',
      expected: ['hoch', 'drehmoment', 'radschrauben'],
    },
    {
      name: 'drops Italian stop words',
      text: 'Qual è la coppia di serraggio delle ruote?',
      expected: ['coppia', 'serraggio', 'ruot'],
    },
    {
      name: 'keeps accents and lower-cases',
      text: 'Décélération MOYENNE',
      expected: ['décélération', 'moyenn'],
    },
    {
      name: 'matches composed and decomposed accents alike',
      text: 'de\u0301ce\u0301le\u0301ration',
      expected: ['décélération'],
    },
    {
      name: 'keeps part numbers, regulations and voltages',
      text: 'NES-BRK-004 and R13-H on the 800V platform',
      expected: ['nes-brk-004', 'r13-h', '800v', 'platform'],
    },
    {
      name: 'keeps standard numbers and decimals intact',
      text: 'ISO 26262 requires 3.5 mm and 45 stops',
      expected: ['iso', '26262', 'requir', '3.5', 'mm', '45', 'stop'],
    },
    {
      name: 'stems English plurals and verb forms',
      text: 'brakes braking braked batteries switches tested stopping',
      expected: ['brak', 'battery', 'switch', 'test', 'stop'],
    },
    {
      name: 'reads a long adverb as its adjective, and leaves short -ly words alone',
      text: 'generally general quickly apply family',
      expected: ['general', 'quick', 'apply', 'family'],
    },
    { name: 'maps irregular plurals', text: 'criteria criterion', expected: ['criterion'] },
    {
      name: 'does not stem when the language is not English',
      text: 'freins testés',
      language: 'fr',
      expected: ['freins', 'testés'],
    },
    { name: 'stems when the language is English', text: 'brakes', language: 'en-GB', expected: ['brak'] },
    {
      name: 'returns distinct terms in first-appearance order',
      text: 'torque Torque TORQUE wheel torque',
      expected: ['torqu', 'wheel'],
    },
    {
      name: 'drops single letters but keeps single digits',
      text: 'stop 5 at 0.6 g',
      expected: ['stop', '5', '0.6'],
    },
    {
      name: 'returns nothing for a question of stop words only',
      text: 'What is it? Was ist das? Qu’est-ce que c’est ?',
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(queryTerms(c.text, c.language), c.expected));
  }

  it('is deterministic', () => {
    const text = 'Wheel bolt torque for Velora NES-FST-012';
    assert.deepEqual(queryTerms(text), queryTerms(text));
  });
});
