import assert from 'node:assert/strict';
import {
  MAX_EXAMPLE_BUTTONS,
  type SkillsCardModel,
  renderHelpCard,
  renderWelcomeCard,
} from '../../adaptive-cards';
import { ofType, visibleText } from './cardWalk';
import { validateCard } from './validateCard';

const model: SkillsCardModel = {
  botName: 'Norvik Assistant',
  skills: [
    {
      name: 'ask',
      title: 'Ask the engineering library',
      description: 'Answers with sources from documents you can access.',
    },
    { name: 'find', title: '', description: 'Finds documents by topic.' },
  ],
  examples: ['What is the NMP-E battery voltage?', 'How does Kestrel test door seals?'],
};

for (const [name, render] of [
  ['renderWelcomeCard', renderWelcomeCard],
  ['renderHelpCard', renderHelpCard],
] as const) {
  describe(name, () => {
    it('produces a valid Teams card', () => assert.deepEqual(validateCard(render(model)), []));
    it('names the bot', () => assert.match(visibleText(render(model)), /Norvik Assistant/));
    it('lists each skill by title (name when untitled) and description', () => {
      const text = visibleText(render(model));
      for (const expected of ['Ask the engineering library', 'find', 'Finds documents by topic.'])
        assert.ok(text.includes(expected), expected);
    });
    it('makes each example an Action.Submit that asks the knowledge skill', () => {
      const buttons = ofType(render(model), 'Action.Submit');
      assert.deepEqual(
        buttons.map((b) => [b.title, b.data]),
        model.examples.map((e) => [e, { verb: 'ask_knowledge', question: e }]),
      );
    });
    it(`shows at most ${MAX_EXAMPLE_BUTTONS} example buttons`, () => {
      const examples = Array.from({ length: 10 }, (_, i) => `Example ${i}`);
      assert.equal(ofType(render({ ...model, examples }), 'Action.Submit').length, MAX_EXAMPLE_BUTTONS);
    });
    it('has no actions and stays valid without examples', () => {
      const card = render({ ...model, examples: [] });
      assert.equal(card.actions, undefined);
      assert.deepEqual(validateCard(card), []);
    });
  });
}

describe('welcome vs help', () => {
  it('have different wording', () =>
    assert.notEqual(visibleText(renderWelcomeCard(model)), visibleText(renderHelpCard(model))));
});
