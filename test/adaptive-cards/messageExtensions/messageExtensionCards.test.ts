import assert from 'node:assert/strict';
import {
  renderKnowledgeResultCard,
  renderKnowledgeResultPreview,
  toDialogCard,
  type KnowledgeResultView,
} from '../../../adaptive-cards/messageExtensions';
import { messagesFor } from '../../../adaptive-cards/messages/messagesFor';
import { renderTicketFormCard } from '../../../adaptive-cards/tickets';
import { cardText, cardUrls } from '../../support/cardText';
import { validateCard } from '../validateCard';

const view: KnowledgeResultView = {
  title: 'Brake Fade Test Standard',
  section: '5. Pass criteria',
  snippet: 'The pass criterion is a mean deceleration of at least 6.0 m/s².',
  url: 'https://contoso.sharepoint.com/sites/eng/brake.docx',
  brand: 'aurex',
};
const hostile: KnowledgeResultView = {
  title: '**[Click](javascript:alert(1))** <img src=x> ${secret}',
  section: '# Heading [x](http://evil.example)',
  snippet: `{{DATE(2020)}} \u202Eevil\u0007 ${'long '.repeat(500)}`,
  url: 'javascript:alert(1)',
  brand: 'velora',
};

describe('message extension cards', () => {
  it('a restricted result (not every member may read it) holds only the title, a note and the link', () => {
    const card = renderKnowledgeResultCard({ ...view, restricted: true });
    assert.deepEqual(validateCard(card), []);
    assert.equal(
      cardText(card),
      `Brake Fade Test Standard\n${messagesFor('en').result.restrictedNote}\nOpen document`,
    );
    assert.deepEqual(cardUrls(card), [view.url]);
  });
  it('warns about a restricted result in the list, which only the searcher sees', () => {
    const preview = renderKnowledgeResultPreview({ ...view, restricted: true });
    assert.equal(preview.subtitle, messagesFor('en').result.restrictedWarning);
    assert.equal(renderKnowledgeResultPreview(view).subtitle, 'Aurex · 5. Pass criteria');
  });

  for (const [name, model] of [
    ['a result', view],
    ['a hostile result', hostile],
    ['a result without section, snippet or link', { ...view, section: '', snippet: '', url: '' }],
  ] as const) {
    it(`renders a valid Teams card for ${name}`, () => {
      assert.deepEqual(validateCard(renderKnowledgeResultCard(model)), []);
    });
  }

  it('shows title, brand · section, snippet and an "Open document" link', () => {
    const card = renderKnowledgeResultCard(view);
    assert.equal(
      cardText(card),
      'Brake Fade Test Standard\nAurex · 5. Pass criteria\nThe pass criterion is a mean deceleration of at least 6.0 m/s².\nOpen document',
    );
    assert.deepEqual(cardUrls(card), [view.url]);
  });

  it('names the brand by its profile name when given, and shows no brand for group', () => {
    const named = renderKnowledgeResultPreview({ ...view, brand: 'fab', brandName: 'Fabrikam Cars' });
    assert.equal(named.subtitle, 'Fabrikam Cars · 5. Pass criteria');
    assert.equal(
      renderKnowledgeResultPreview({ ...view, section: 'Pass criteria', brand: 'group' }).subtitle,
      'Pass criteria',
    );
  });

  it('makes hostile text inert and drops a non-http link', () => {
    const card = renderKnowledgeResultCard(hostile);
    const preview = renderKnowledgeResultPreview(hostile);
    const text = `${cardText(card)}\n${preview.title}\n${preview.subtitle}\n${preview.text}`;
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(text, /[[\]<>*]|\$\{|\{\{|\u202E|\u0007/);
    assert.deepEqual(cardUrls(card), []);
    assert.ok((preview.text ?? '').length <= 200);
  });

  it('adds the tap value to the preview only when given', () => {
    assert.equal(renderKnowledgeResultPreview(view).tap, undefined);
    assert.deepEqual(renderKnowledgeResultPreview(view, { docId: 'a' }).tap, {
      type: 'invoke',
      value: { docId: 'a' },
    });
  });

  describe('toDialogCard', () => {
    const form = renderTicketFormCard({
      draft: { title: 'VPN drops', description: 'x', category: 'it', priority: 'high' },
      token: 'A'.repeat(43),
      skill: 'file_ticket',
    });

    it('turns every Action.Execute into an Action.Submit carrying its verb', () => {
      const { card, verbs } = toDialogCard(form);
      assert.deepEqual(verbs, ['confirm', 'cancel']);
      assert.doesNotMatch(JSON.stringify(card), /Action\.Execute/);
      assert.deepEqual(
        (card.actions as { type: string; data: unknown }[]).map((a) => [a.type, a.data]),
        [
          ['Action.Submit', { skill: 'file_ticket', token: 'A'.repeat(43), verb: 'confirm' }],
          ['Action.Submit', { skill: 'file_ticket', token: 'A'.repeat(43), verb: 'cancel' }],
        ],
      );
      assert.deepEqual(validateCard(card), []);
    });

    it('keeps title, style and associatedInputs, and leaves the original card unchanged', () => {
      const before = JSON.stringify(form);
      const { card } = toDialogCard(form);
      const discard = (card.actions as Record<string, unknown>[])[1];
      assert.equal(discard?.title, 'Discard');
      assert.equal(discard?.associatedInputs, 'none');
      assert.equal(JSON.stringify(form), before);
    });

    it('finds no verbs in a card without Action.Execute', () => {
      assert.deepEqual(toDialogCard(renderKnowledgeResultCard(view)).verbs, []);
    });
  });
});
