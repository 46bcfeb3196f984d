import assert from 'node:assert/strict';
import { detectLanguage } from '../../../knowledge/language/detectLanguage';

describe('detectLanguage', () => {
  const cases: [string, string | undefined][] = [
    ['How long should a vehicle handover take?', 'en'],
    ['Quelle est la zone de protection autour du logo ?', 'fr'],
    ['Qual è la dimensione minima del logo in stampa?', 'it'],
    ['Wie lange soll eine Fahrzeugübergabe dauern?', 'de'],
    ['¿Cuánto dura una prueba de conducción estándar?', 'es'],
    ['Qual é o intervalo de manutenção da carrinha?', 'pt'],
    ['Hoe lang duurt een proefrit met de auto?', 'nl'],
    ['Jak długo trwa jazda próbna i ile to kosztuje?', 'pl'],
  ];
  for (const [text, expected] of cases)
    it(`${expected}: ${text}`, () => assert.equal(detectLanguage(text), expected));

  it('gives no language for text without evidence', () => {
    assert.equal(detectLanguage('NES-BRK-004 140 N·m'), undefined);
    assert.equal(detectLanguage(''), undefined);
  });

  it('reads the grammar of a long document, not a few foreign names', () => {
    const text = 'The Übergabe lounge is described in the handover standard. '.repeat(40);
    assert.equal(detectLanguage(text), 'en');
  });
});
