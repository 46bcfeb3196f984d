import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildAnswerCard, type AnswerCardData } from '../../adaptive-cards/buildAnswerCard';
import { expandTemplate } from '../../adaptive-cards/expandTemplate';
import { renderAnswerView } from '../../adaptive-cards/renderAnswerView';
import { answerCardData } from '../../adaptive-cards/renderAnswerView';
import answerTemplate from '../../adaptive-cards/templates/answer.json';
import type { AnswerView } from '../../adaptive-cards/AnswerView';

/** Text as it reaches a card: anything (safeText has run on real data), sometimes empty. */
const text = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '[Brake fade](https://example.test/a) — 5. Pass criteria',
    '**bold** `code` [1] [2]',
    'Ärger · ☃ 𝒳',
  ),
);

const data: fc.Arbitrary<AnswerCardData> = fc.record({
  labels: fc.record({ sources: text, toggleExcerpts: text, aiGenerated: text }),
  question: text,
  statements: fc.array(fc.record({ text }), { maxLength: 5 }),
  shortenedNote: text,
  sources: fc.array(fc.record({ text, snippet: text, snippetId: text }), { maxLength: 5 }),
  snippetIds: fc.array(text, { maxLength: 5 }),
  footnote: text,
  aiGenerated: fc.boolean(),
  sensitivityLine: text,
  withheldNote: text,
});

describe('buildAnswerCard', () => {
  it('gives exactly the card templates/answer.json expands to, property order included', () => {
    fc.assert(
      fc.property(data, (d) => {
        const built = buildAnswerCard(d);
        const expanded = expandTemplate(answerTemplate, d);
        assert.deepEqual(built, expanded);
        assert.equal(JSON.stringify(built), JSON.stringify(expanded));
      }),
      { numRuns: 500 },
    );
  });

  it('renders answer views as the template does', () => {
    const view: AnswerView = {
      question: 'What are the pass criteria of the brake fade test?',
      statements: [
        { text: 'The mean deceleration must stay at least 75 % of the first stop.', citations: [1] },
        { text: '', citations: [1, 2] },
      ],
      sources: [
        {
          n: 1,
          title: 'Brake validation',
          heading: 'Fade',
          snippet: 'At least 75 %…',
          brand: 'Aurex',
          url: 'https://d.test/1',
        },
        {
          n: 2,
          title: '',
          heading: '',
          snippet: '',
          brand: '',
          quotedIn: 'de',
          withheld: { label: 'Confidential' },
        },
      ],
      aiGenerated: true,
      footnote: 'Answered from 2 documents you can access.',
      shortened: true,
      locale: 'fr-FR',
      sensitivityLabel: 'General',
      quoteMaxLabel: 'General',
    };
    for (const v of [
      view,
      { ...view, compactSourcesMaxChars: 20 },
      { ...view, sources: [], statements: [] },
    ]) {
      const expected = expandTemplate(answerTemplate, answerCardData(v));
      assert.equal(JSON.stringify(renderAnswerView(v)), JSON.stringify(expected));
    }
  });
});
