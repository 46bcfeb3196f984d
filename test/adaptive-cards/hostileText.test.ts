import assert from 'node:assert/strict';
import {
  type AdaptiveCard,
  renderAnswerCard,
  renderErrorCard,
  renderHelpCard,
  renderNoAnswerCard,
  renderWelcomeCard,
} from '../../adaptive-cards';
import { allObjects, allStrings, markdownLinkTargets, revealLookalikes, visibleText } from './cardWalk';
import { validateCard } from './validateCard';

/** Hostile input and the text a reader must see (after undoing safeText's documented lookalikes). */
const HOSTILE: [string, string][] = [
  ['${user.name}', '${user.name}'],
  ["${if(true, 'x', 'y')}", "${if(true, 'x', 'y')}"],
  ['"}],"body":[{"type":"Image"', '"}],"body":[{"type":"Image"'],
  ['[click](https://evil.example)', '[click](https://evil.example)'],
  ['![img](https://evil.example/x.png)', '![img](https://evil.example/x.png)'],
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['\u0000\u0007', ''],
];

/** Each renderer with the same text put into every untrusted field. */
const RENDERERS: [string, (t: string) => AdaptiveCard][] = [
  [
    'answer',
    (t) =>
      renderAnswerCard({
        question: t,
        statements: [{ text: t, citations: [1] }],
        citations: [{ n: 1, title: t, url: 'https://norvik.example/doc', heading: t, snippet: t, brand: t }],
        aiGenerated: true,
        footnote: t,
      }),
  ],
  ['no answer', (t) => renderNoAnswerCard({ question: t, reason: t, suggestions: [t] })],
  ['error', (t) => renderErrorCard({ code: t, message: t, hint: t })],
  [
    'welcome',
    (t) => renderWelcomeCard({ botName: t, skills: [{ name: t, title: t, description: t }], examples: [t] }),
  ],
  [
    'help',
    (t) => renderHelpCard({ botName: t, skills: [{ name: t, title: t, description: t }], examples: [t] }),
  ],
];

const shape = (card: unknown): string[] => allObjects(card).map((o) => String(o.type));

for (const [name, render] of RENDERERS) {
  describe(`hostile text in the ${name} card`, () => {
    const baseline = shape(render('benign text'));
    for (const [input, expected] of HOSTILE) {
      it(JSON.stringify(input), () => {
        const card = render(input);
        assert.deepEqual(validateCard(card), []);
        assert.deepEqual(
          shape(card),
          input === '\u0000\u0007' ? shape(render('')) : baseline,
          'element structure changed',
        );
        assert.ok(!shape(card).includes('Image'), 'Image element');
        assert.ok(
          !markdownLinkTargets(card).some((t) => t.includes('evil')),
          'markdown link to evil.example',
        );
        assert.ok(
          !allObjects(card).some((o) => typeof o.url === 'string' && !/^https?:/.test(o.url)),
          'non-http url',
        );
        assert.ok(!allObjects(card).some((o) => String(o.url ?? '').includes('evil')), 'url to evil.example');
        // eslint-disable-next-line no-control-regex
        assert.ok(!allStrings(card).some((s) => /[\u0000-\u001f]/.test(s)), 'control character');
        if (expected !== '')
          assert.ok(revealLookalikes(visibleText(card)).includes(expected), 'literal text missing');
      });
    }
  });
}
