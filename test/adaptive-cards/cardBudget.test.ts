import assert from 'node:assert/strict';
import {
  type AnswerCardModel,
  MAX_CARD_BYTES,
  SHORTENED_NOTE,
  cardBytes,
  fitToBudget,
  renderAnswerCard,
  renderAnswerView,
  toAnswerView,
} from '../../adaptive-cards';
import { ofType, visibleText } from './cardWalk';
import { validateCard } from './validateCard';

const citations = (
  count: number,
  over: { title?: string; url?: string; heading?: string; snippet?: string } = {},
): AnswerCardModel['citations'] =>
  Array.from({ length: count }, (_, i) => ({
    n: i + 1,
    title: over.title ?? `Document ${i + 1}`,
    url: over.url ?? `https://norvik.sharepoint.com/docs/${i + 1}.docx`,
    heading: over.heading ?? 'Section',
    snippet: over.snippet ?? 'A short snippet.',
  }));
const statements = (count: number, text: string, citationCount: number): AnswerCardModel['statements'] =>
  Array.from({ length: count }, (_, i) => ({ text: `${i} ${text}`, citations: [(i % citationCount) + 1] }));
const model = (
  s: AnswerCardModel['statements'],
  c: AnswerCardModel['citations'],
  question = 'Q?',
): AnswerCardModel => ({
  question,
  statements: s,
  citations: c,
  aiGenerated: true,
  footnote: 'Answered from documents you can access',
});

const SIZES: [string, AnswerCardModel][] = [
  ['200 statements of 5,000 chars', model(statements(200, 'x'.repeat(5000), 10), citations(10))],
  [
    '100 citations with 2,000-char titles',
    model(statements(3, 'ok', 100), citations(100, { title: 'T'.repeat(2000) })),
  ],
  [
    '100 citations with 2,000-char snippets and headings',
    model(statements(3, 'ok', 100), citations(100, { heading: 'h'.repeat(2000), snippet: 's'.repeat(2000) })),
  ],
  [
    '100 citations with 2,000-char URLs',
    model(statements(3, 'ok', 100), citations(100, { url: `https://x.example/${'a'.repeat(1980)}` })),
  ],
  [
    'everything absurd at once',
    model(
      statements(200, '€'.repeat(5000), 100),
      citations(100, {
        title: '漢'.repeat(2000),
        heading: 'h'.repeat(2000),
        snippet: '👍'.repeat(2000),
        url: `https://x.example/${'a'.repeat(1980)}`,
      }),
      'q'.repeat(10000),
    ),
  ],
  [
    'markdown-heavy text (lookalikes are 3 bytes)',
    model(
      statements(200, '[*_`<>]'.repeat(700), 50),
      citations(50, { title: '[*]'.repeat(600), snippet: '_'.repeat(2000) }),
    ),
  ],
  ['1,000 short citations', model(statements(5, 'ok', 1000), citations(1000))],
];

describe('answer card budget', () => {
  it(`MAX_CARD_BYTES is 28 KB`, () => assert.equal(MAX_CARD_BYTES, 28 * 1024));
  it('cardBytes counts UTF-8 bytes', () => assert.equal(cardBytes({ t: '€' }), '{"t":""}'.length + 3));

  for (const [name, input] of SIZES) {
    it(`${name}: valid, <= 28 KB, every citation number listed`, () => {
      const card = renderAnswerCard(input);
      assert.deepEqual(validateCard(card), []);
      assert.ok(cardBytes(card) <= MAX_CARD_BYTES);
      const text = visibleText(card);
      const missing = input.citations.filter((c) => !text.includes(`[${c.n}]`)).map((c) => c.n);
      assert.deepEqual(missing, []);
    });
  }

  it('5,000 citations still fit (number list truncated)', () => {
    const card = renderAnswerCard(model(statements(5, 'ok', 5000), citations(5000)));
    assert.deepEqual(validateCard(card), []);
  });

  it('truncates long statements with "…" before dropping any', () => {
    const card = renderAnswerCard(model(statements(20, 'y'.repeat(3000), 5), citations(5)));
    const shown = ofType(card, 'TextBlock')
      .map((t) => String(t.text))
      .filter((t) => /^\d+ y/.test(t));
    assert.equal(shown.length, 20);
    assert.ok(shown.every((t) => t.includes('y… [')));
    assert.ok(!visibleText(card).includes(SHORTENED_NOTE));
  });

  it('drops trailing statements only after the snippets, and says so', () => {
    const card = renderAnswerCard(model(statements(200, 'x'.repeat(5000), 10), citations(10)));
    const shown = ofType(card, 'TextBlock')
      .map((t) => String(t.text))
      .filter((t) => /^\d+ x/.test(t));
    assert.ok(shown.length > 0 && shown.length < 200);
    assert.ok(shown[0]!.startsWith('0 x'));
    assert.ok(visibleText(card).includes(SHORTENED_NOTE));
    assert.equal(
      ofType(card, 'TextBlock').filter((t) => t.maxLines === 3).length,
      0,
      'snippets should be gone',
    );
  });

  it('keeps every source link while dropping statements', () => {
    const card = renderAnswerCard(model(statements(200, 'x'.repeat(5000), 10), citations(10)));
    for (let n = 1; n <= 10; n++) assert.ok(JSON.stringify(card).includes(`/docs/${n}.docx`), `link ${n}`);
  });

  it('fitToBudget honours a smaller budget', () => {
    const view = toAnswerView(
      model(statements(30, 'z'.repeat(400), 5), citations(5, { snippet: 's'.repeat(400) })),
    );
    const card = fitToBudget(view, renderAnswerView, 6000);
    assert.ok(cardBytes(card) <= 6000);
    assert.deepEqual(validateCard(card), []);
  });

  it('leaves a card within budget untouched', () => {
    const view = toAnswerView(model(statements(3, 'ok', 2), citations(2)));
    assert.deepEqual(fitToBudget(view), renderAnswerView(view));
  });
});
