import assert from 'node:assert/strict';
import type { RunningBot } from '../../../bot/index';
import { ALEX, messageActivity } from '../../support/botFixture';
import { startModelBot, type ModelBot } from '../../support/modelBotFixture';
import { cardText } from '../../support/cardText';
import { startFakeOpenAI, type FakeReply, type RecordedRequest } from '../../support/fakeOpenAI';

interface Reply {
  type: string;
  attachments?: { content: unknown }[];
}
interface WireMessage {
  role: string;
  content?: string | null;
}

const GROUP_CHAT = { id: '19:model-chat@thread.v2', conversationType: 'groupChat', tenantId: 't' };
const ANSWER = 'The vehicle performs ten consecutive stops from 120 km/h [1].';
const isRewrite = (request: RecordedRequest) =>
  ((request.body.messages as WireMessage[])[0]?.content ?? '').includes('standalone question');

describe('follow-up questions with a model configured (planner path, loopback OpenAI server)', function () {
  this.timeout(30_000);
  let modelBot: ModelBot;
  let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
  let bot: RunningBot;
  /** The question the planner passes to ask_knowledge on the next turn. */
  let plannerQuestion = '';
  /** What the rewrite call answers. */
  let rewrite: FakeReply = { content: '' };

  before(async () => {
    modelBot = await startModelBot();
    ({ bot, fake } = modelBot);
    // Planner: call ask_knowledge once per user message, then end with an empty reply. Rewrite: `rewrite`.
    // Answer writing: one cited sentence from the fixture's brake fade document.
    fake.fallback = (request) => {
      if (request.body.tools) {
        const messages = request.body.messages as WireMessage[];
        return messages[messages.length - 1]?.role === 'user'
          ? {
              toolCalls: [
                { name: 'ask_knowledge', arguments: JSON.stringify({ question: plannerQuestion }) },
              ],
            }
          : { content: '' };
      }
      return isRewrite(request) ? rewrite : { content: ANSWER };
    };
  });
  after(() => modelBot.stop());

  const ask = async (text: string, question = text): Promise<string> => {
    plannerQuestion = question;
    const response = await fetch(bot.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // A group chat: Teams streams only in 1:1 chats, and streaming adds seconds that this test does not need.
      body: JSON.stringify(messageActivity(text, ALEX, { conversation: GROUP_CHAT })),
    });
    assert.equal(response.status, 200);
    const { activities } = (await response.json()) as { activities: Reply[] };
    return activities.map((a) => (a.attachments ?? []).map((x) => cardText(x.content)).join('\n')).join('\n');
  };
  const rewriteRequests = () => fake.requests.filter(isRewrite);

  it('rewrites a follow-up the planner passed as typed with the model, from the last turns', async () => {
    await ask('What is the pass criterion for the brake fade test?');
    assert.equal(rewriteRequests().length, 0, 'a full question needs no rewrite');
    rewrite = { content: 'Which procedure does the brake fade test follow?' };
    const card = await ask('and the procedure?');
    assert.match(card, /Which procedure does the brake fade test follow\?/);
    assert.match(card, /ten consecutive stops/);
    const prompt = (rewriteRequests()[0]?.body.messages as WireMessage[]).map((m) => m.content).join('\n');
    assert.match(prompt, /What is the pass criterion for the brake fade test\?/);
    assert.match(prompt, /Follow-up: and the procedure\?/);
  });

  it('falls back to the rule rewrite when the model’s rewrite is invalid', async () => {
    await ask('What is the pass criterion for the brake fade test?');
    rewrite = { content: 'Sure! Here is the rewritten question:\nWhat is the procedure?' };
    const card = await ask('and the procedure?');
    assert.match(card, /What is the procedure for the brake fade test\?/);
  });

  it('falls back to the rule rewrite when the model fails', async () => {
    await ask('What is the pass criterion for the brake fade test?');
    rewrite = { status: 400, errorMessage: 'Bad request.' };
    const card = await ask('and the procedure?');
    assert.match(card, /What is the procedure for the brake fade test\?/);
  });

  it('keeps a standalone question the planner already rewrote, without a rewrite call', async () => {
    await ask('What is the pass criterion for the brake fade test?');
    const before = rewriteRequests().length;
    const card = await ask('and the procedure?', 'What is the procedure for the brake fade test?');
    assert.match(card, /What is the procedure for the brake fade test\?/);
    assert.equal(rewriteRequests().length, before);
  });
});
