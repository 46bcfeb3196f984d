import assert from 'node:assert/strict';
import { renderErrorCard } from '../../adaptive-cards';
import { ofType } from './cardWalk';
import { validateCard } from './validateCard';

const texts = (card: unknown): unknown[] => ofType(card, 'TextBlock').map((t) => t.text);

describe('renderErrorCard', () => {
  const model = {
    code: 'search_unavailable',
    message: 'The document search is not available right now.',
    hint: 'Try again in a minute.',
  };
  it('produces a valid Teams card', () => assert.deepEqual(validateCard(renderErrorCard(model)), []));
  it('shows message and hint', () => {
    const t = texts(renderErrorCard(model));
    assert.ok(t.includes(model.message) && t.includes(model.hint));
  });
  // `_` becomes its fullwidth lookalike (safeText), so the code cannot start markdown emphasis.
  it('shows the code small and subtle', () => {
    const code = ofType(renderErrorCard(model), 'TextBlock').find(
      (t) => t.text === 'Error code: search＿unavailable',
    );
    assert.deepEqual([code?.size, code?.isSubtle], ['Small', true]);
  });
  it('omits a missing hint', () => {
    assert.equal(texts(renderErrorCard({ code: 'x', message: 'm' })).length, 3);
  });
  it('falls back when message and code are empty', () => {
    const t = texts(renderErrorCard({ code: '', message: ' ' }));
    assert.ok(t.includes('An unexpected error occurred.') && t.includes('Error code: unknown'));
  });
});
