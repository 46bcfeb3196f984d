import assert from 'node:assert/strict';
import { containsPhrase, phrasePattern } from '../../../knowledge/profile/phrasePattern';

describe('containsPhrase (ASCII pre-check)', () => {
  it('agrees with phrasePattern when the text folds non-ASCII letters to the phrase’s, or lacks a word', () => {
    const cases: [string, string][] = [
      // U+212A KELVIN SIGN and U+017F LONG S fold to `k` and `s`: the text is not ASCII, the pattern decides.
      ['The \u212Ait box', 'kit'],
      ['Ask about \u017Fafety gloves', 'safety gloves'],
      ['Ask about SAFETY   gloves', 'safety gloves'],
      ['Ask about safety boots', 'safety gloves'],
      ['gloves, safety', 'safety gloves'],
      ['Über die Sicherheit', 'über'],
      ['uber', 'über'],
      ['unsafety gloves', 'safety gloves'],
      ['What’s the rule for SAFETY gloves?', 'safety gloves'],
      ['What’s the rule for safety boots?', 'safety gloves'],
      ['Straſe Kits', 'kits'],
    ];
    for (let round = 0; round < 2; round += 1)
      for (const [text, phrase] of cases)
        assert.equal(containsPhrase(text, phrase), phrasePattern(phrase).test(text), `${text} / ${phrase}`);
    assert.equal(containsPhrase('The \u212Ait box', 'kit'), true);
    assert.equal(containsPhrase('Ask about safety boots', 'safety gloves'), false);
  });
});
