import assert from 'node:assert/strict';
import { renderNoAnswerCard } from '../../adaptive-cards';
import { allObjects, ofType, visibleText } from './cardWalk';
import { validateCard } from './validateCard';

const model = {
  question: 'What is the Velora V12 torque?',
  reason: 'No passage matched the question.',
  suggestions: ['Name the model year', 'Ask about the NMP-E platform'],
};

describe('renderNoAnswerCard', () => {
  it('produces a valid Teams card', () => assert.deepEqual(validateCard(renderNoAnswerCard(model)), []));
  it('says nothing relevant was found in accessible documents', () => {
    assert.match(
      visibleText(renderNoAnswerCard(model)),
      /couldn't find anything relevant in the documents you can access/,
    );
  });
  it('shows question, reason and one bullet line per suggestion', () => {
    const texts = ofType(renderNoAnswerCard(model), 'TextBlock').map((t) => t.text);
    for (const expected of [
      model.question,
      model.reason,
      '• Name the model year',
      '• Ask about the NMP-E platform',
    ]) {
      assert.ok(texts.includes(expected), expected);
    }
  });
  it('has no actions', () => {
    assert.equal(
      allObjects(renderNoAnswerCard(model)).filter((o) => String(o.type).startsWith('Action.')).length,
      0,
    );
  });
  it('shows at most five suggestions and skips empty ones', () => {
    const card = renderNoAnswerCard({ ...model, suggestions: ['', ' ', 'a', 'b', 'c', 'd', 'e', 'f'] });
    assert.equal(ofType(card, 'TextBlock').filter((t) => String(t.text).startsWith('• ')).length, 5);
  });
  it('omits the suggestion heading when there are none', () => {
    assert.doesNotMatch(visibleText(renderNoAnswerCard({ ...model, suggestions: [] })), /You could try/);
  });
});
