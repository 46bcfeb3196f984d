import assert from 'node:assert/strict';
import { foldWord } from '../../../knowledge/language/foldWord';
import { searchForms } from '../../../knowledge/language/searchForms';
import { stemmerFor } from '../../../knowledge/language/stemmerFor';

describe('searchForms', () => {
  it('gives nothing for English (the index stems English itself)', () =>
    assert.deepEqual(searchForms('The brakes were tested', 'en'), []));

  it('gives the stems of words that change, folded like the index tokens', () => {
    const forms = searchForms('Übergabe des Fahrzeugs', 'de');
    assert.ok(forms.includes('ubergab'), forms.join(' '));
    assert.ok(forms.includes('fahrzeug'), forms.join(' '));
    assert.ok(!forms.includes('des'), 'function words give nothing');
  });

  it('splits a German compound against the vocabulary', () => {
    const vocabulary = new Set(['fahrzeug', 'ubergab']);
    const forms = searchForms('Fahrzeugübergabe', 'de', (stem) => vocabulary.has(stem));
    assert.deepEqual(forms.slice().sort(), ['fahrzeug', 'fahrzeugubergab', 'ubergab']);
  });

  it('does not split compounds in a language that writes them apart', () => {
    const stem = stemmerFor('es');
    assert.ok(stem);
    assert.deepEqual(
      searchForms('mantenimientos preventivos', 'es', () => true),
      [foldWord(stem('mantenimientos')), foldWord(stem('preventivos'))],
    );
  });
});
