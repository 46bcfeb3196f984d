import assert from 'node:assert/strict';
import { type AnswerCardModel, SHORTENED_NOTE, renderAnswerCard } from '../../adaptive-cards';
import { markdownLinkTargets, ofType, visibleText } from './cardWalk';
import { validateCard } from './validateCard';

const model = (over: Partial<AnswerCardModel> = {}): AnswerCardModel => ({
  question: 'How is the brake fade test run on NMP-E?',
  statements: [
    { text: 'The fade test runs 10 stops from 100 km/h.', citations: [1] },
    { text: 'Aurex adds a mountain descent.', citations: [1, 2] },
  ],
  citations: [
    {
      n: 1,
      title: 'Brake testing',
      url: 'https://norvik.sharepoint.com/eng/brakes.docx',
      heading: 'Fade test',
      snippet: 'Ten stops from 100 km/h with 30 s gaps.',
      brand: 'Aurex',
    },
    {
      n: 2,
      title: 'Descent protocol',
      url: 'docs/descent.md',
      heading: 'Mountain',
      snippet: 'Grossglockner descent.',
    },
  ],
  aiGenerated: true,
  footnote: 'Answered from 2 documents you can access',
  ...over,
});
const texts = (card: unknown): string[] => ofType(card, 'TextBlock').map((t) => String(t.text));

describe('renderAnswerCard', () => {
  it('produces a valid Teams card', () => assert.deepEqual(validateCard(renderAnswerCard(model())), []));
  it('uses version 1.5 and full width', () => {
    const card = renderAnswerCard(model());
    assert.equal(card.version, '1.5');
    assert.deepEqual(card.msteams, { width: 'Full' });
  });
  it('starts with the question in subtle text', () => {
    const first = renderAnswerCard(model()).body[0] as Record<string, unknown>;
    assert.equal(first.text, 'How is the brake fade test run on NMP-E?');
    assert.equal(first.isSubtle, true);
  });
  it('ends each statement with its citation markers', () => {
    const t = texts(renderAnswerCard(model()));
    assert.ok(t.includes('The fade test runs 10 stops from 100 km/h. [1]'));
    assert.ok(t.includes('Aurex adds a mountain descent. [1] [2]'));
  });
  it('links the title of an http(s) source', () => {
    const t = texts(renderAnswerCard(model()));
    assert.ok(
      t.includes('[1] [Brake testing](https://norvik.sharepoint.com/eng/brakes.docx) — Fade test · Aurex'),
    );
  });
  it('keeps a numbered section heading as written: mid-line it is no list marker (no fullwidth "5．")', () => {
    const card = renderAnswerCard(
      model({
        citations: [
          { ...model().citations[0]!, heading: '5. Fade test pass criteria' },
          { ...model().citations[1]!, heading: '- [x](https://evil.example) *y*' },
        ],
      }),
    );
    const t = texts(card);
    assert.ok(
      t.includes(
        '[1] [Brake testing](https://norvik.sharepoint.com/eng/brakes.docx) — 5. Fade test pass criteria · Aurex',
      ),
      t.join('\n'),
    );
    // Still inert: no link, emphasis or host survives in a heading.
    assert.ok(t.includes('[2] Descent protocol — - ［x］(https∶//evil․example) ＊y＊'), t.join('\n'));
    assert.deepEqual(markdownLinkTargets(card), ['https://norvik.sharepoint.com/eng/brakes.docx']);
  });
  it('shows a non-http source as plain text', () => {
    const card = renderAnswerCard(model());
    assert.ok(texts(card).includes('[2] Descent protocol — Mountain'));
    assert.deepEqual(markdownLinkTargets(card), ['https://norvik.sharepoint.com/eng/brakes.docx']);
  });
  it('hides snippets behind one toggle (subtle, 3 lines)', () => {
    const card = renderAnswerCard(model());
    const snippets = ofType(card, 'TextBlock').filter((t) => t.maxLines === 3);
    assert.deepEqual(
      snippets.map((s) => [s.text, s.isSubtle, s.isVisible]),
      [
        ['Ten stops from 100 km/h with 30 s gaps.', true, false],
        ['Grossglockner descent.', true, false],
      ],
    );
    const [toggle] = ofType(card, 'Action.ToggleVisibility');
    assert.deepEqual(
      toggle?.targetElements,
      snippets.map((s) => s.id),
    );
  });
  it('has no toggle when no source has a snippet', () => {
    const citations = model().citations.map((c) => ({ ...c, snippet: '' }));
    assert.equal(ofType(renderAnswerCard(model({ citations })), 'Action.ToggleVisibility').length, 0);
  });
  it('shows the AI-generated label when asked', () => {
    assert.match(visibleText(renderAnswerCard(model())), /AI-generated/);
  });
  it('omits the AI-generated label otherwise', () => {
    assert.doesNotMatch(visibleText(renderAnswerCard(model({ aiGenerated: false }))), /AI-generated/);
  });
  it('shows the footnote', () => {
    assert.ok(texts(renderAnswerCard(model())).includes('Answered from 2 documents you can access'));
  });
  it('drops citations with invalid or repeated numbers and markers that point nowhere', () => {
    const base = model();
    const card = renderAnswerCard(
      model({
        statements: [{ text: 'S', citations: [1, 9, 1, 0] }],
        citations: [
          ...base.citations,
          { ...base.citations[1]!, n: 2, title: 'dup' },
          { ...base.citations[0]!, n: 0 },
          { ...base.citations[0]!, n: 1.5 },
        ],
      }),
    );
    assert.ok(texts(card).includes('S [1]'));
    assert.deepEqual(
      texts(card)
        .filter((t) => /^\[\d/.test(t))
        .map((t) => t.slice(0, 3)),
      ['[1]', '[2]'],
    );
  });
  it('renders an empty model as a valid card without a Sources section', () => {
    const card = renderAnswerCard(model({ statements: [], citations: [], footnote: undefined }));
    assert.deepEqual(validateCard(card), []);
    assert.ok(!texts(card).includes('Sources'));
  });
  it('is not shortened when within budget', () => {
    assert.ok(!texts(renderAnswerCard(model())).includes(SHORTENED_NOTE));
  });
});
