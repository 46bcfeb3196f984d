import assert from 'node:assert/strict';
import { safeText } from '../../adaptive-cards/safeText';
import { detectLanguage } from '../../knowledge/language/detectLanguage';

const TEXTS = [
  '# Title with [a link](https://evil.example/x) and **bold** `code` ${expr} {{DATE(x)}} &#91;',
  '12. step\u0000 with\u202Econtrol\n\nand   spaces',
  'Wie ist die Markenstimme von Aurex?',
  'Quelle est la voix de marque Kestrel ?',
  'What is the battery voltage of the NMP-E platform?',
  '',
  'x'.repeat(2500),
  `${'Die Übergabe des Fahrzeugs '.repeat(60)}`,
];

describe('memoised safeText and detectLanguage (bounded)', () => {
  it('give on a hit what they gave on a miss, also after the memo was filled past its capacity', () => {
    const first = TEXTS.map((t) => [safeText(t), detectLanguage(t)]);
    assert.deepEqual(
      TEXTS.map((t) => [safeText(t), detectLanguage(t)]),
      first,
      'hits',
    );
    for (let i = 0; i < 5000; i++) {
      safeText(`filler ${i} [x]`);
      detectLanguage(`filler ${i} und die`);
    }
    assert.deepEqual(
      TEXTS.map((t) => [safeText(t), detectLanguage(t)]),
      first,
      'after eviction',
    );
    assert.equal(safeText('[a]'), '［a］');
    assert.equal(detectLanguage('Wie ist die Markenstimme von Aurex?'), 'de');
  });
});
