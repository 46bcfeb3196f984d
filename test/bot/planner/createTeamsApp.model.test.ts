import assert from 'node:assert/strict';
import type { RunningBot } from '../../../bot/index';
import { ALEX, messageActivity } from '../../support/botFixture';
import { startModelBot, type ModelBot } from '../../support/modelBotFixture';
import { cardText } from '../../support/cardText';
import { startFakeOpenAI } from '../../support/fakeOpenAI';

interface Reply {
  type: string;
  text?: string;
  attachments?: { content: unknown }[];
  entities?: unknown[];
}
type Fake = Awaited<ReturnType<typeof startFakeOpenAI>>;

describe('the bot with a model configured (createTeamsApp + compose + HTTP, loopback OpenAI server)', () => {
  let modelBot: ModelBot;
  let fake: Fake;
  let bot: RunningBot;
  before(async () => {
    modelBot = await startModelBot();
    ({ bot, fake } = modelBot);
  });
  after(() => modelBot.stop());
  beforeEach(() => {
    fake.requests.length = 0;
    fake.fallback = { content: '' };
  });

  const post = async (text: string): Promise<Reply[]> => {
    const response = await fetch(bot.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(text, ALEX)),
    });
    assert.equal(response.status, 200);
    return ((await response.json()) as { activities: Reply[] }).activities;
  };

  it('lets the model choose the skill; the registry runs it for the asking user', async () => {
    fake.reply({
      toolCalls: [
        {
          name: 'ask_knowledge',
          arguments: JSON.stringify({ question: 'What is the brake fade pass criterion?' }),
        },
      ],
    });
    const replies = await post('brake fade pass criterion?');
    const card = replies.find((a) => a.attachments?.length);
    assert.match(cardText(card?.attachments?.[0]?.content), /6\.0 m\/s²/);
    const tools = (fake.requests[0]?.body.tools as { function: { name: string } }[]).map(
      (t) => t.function.name,
    );
    assert.deepEqual(
      tools,
      bot.services.registry.list().map((s) => s.name),
    );
  });

  it('sends the model’s own reply with the AI label', async () => {
    fake.reply({ content: 'I answer questions from company documents.' });
    const replies = await post('hi there');
    const message = replies.find((a) => a.type === 'message');
    assert.equal(message?.text, 'I answer questions from company documents.');
    assert.match(JSON.stringify(message?.entities), /AIGeneratedContent/);
  });

  it('keeps help deterministic: the help card, no model call', async () => {
    const before = fake.requests.length;
    const replies = await post('help');
    assert.match(
      cardText(replies.find((a) => a.attachments?.length)?.attachments?.[0]?.content),
      /Example questions/,
    );
    assert.equal(fake.requests.length, before);
  });

  it('answers an unavailable model with an error card, and the server stays up', async () => {
    fake.fallback = { status: 503, headers: { 'retry-after-ms': '10' } };
    const replies = await post('tell me about the fade test');
    assert.match(
      cardText(replies.find((a) => a.attachments?.length)?.attachments?.[0]?.content),
      /model.unavailable/,
    );
    fake.fallback = { content: 'Back.' };
    assert.equal((await post('tell me more')).find((a) => a.type === 'message')?.text, 'Back.');
  });
});
