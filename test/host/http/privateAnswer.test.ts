import assert from 'node:assert/strict';
import { LEFT_OUT_NOTE, PRIVATE_ANSWER_TITLE } from '../../../adaptive-cards';
import { NOT_SENT_PRIVATELY, SENT_PRIVATELY } from '../../../bot/teams/registerPrivateAnswer';
import { validateCard } from '../../adaptive-cards/validateCard';
import { ALEX, MEGAN } from '../../support/botFixture';
import { findAll, type InvokeResponse } from '../../support/cardActions';
import { cardText } from '../../support/cardText';
import { startFakeRosterConnector } from '../../bot/support/fakeRosterConnector';
import {
  asInvoke,
  groupConversation,
  groupMessage,
  member,
  serveRoster,
  postActivity,
} from '../../bot/support/groupActivity';
import { useBotWithConnector } from '../../support/useBotWithConnector';

const NORDLICHT = 'When is the world premiere of the Aurex NORDLICHT?';
const PLAN = /NORDLICHT.*Launch Plan/i;

describe('"Send me the full answer privately" over HTTP', function () {
  this.timeout(60_000);
  const conversation = groupConversation('groupChat', 7);
  const bot = useBotWithConnector(startFakeRosterConnector, { corpus: 'sample' }, (connector) =>
    serveRoster(connector.rosters, conversation, [member(ALEX), member(MEGAN)]),
  );

  const post = (activity: Record<string, unknown>): Promise<unknown> =>
    postActivity(bot.fixture.baseUrl, activity);
  const click = (data: Record<string, unknown>, userId: string) => ({
    ...asInvoke(groupMessage('', userId, conversation, bot.connector.serviceUrl), 'adaptiveCard/action', {
      action: { type: 'Action.Execute', verb: 'private_answer', data },
      trigger: 'manual',
    }),
    id: `invoke-${Math.random()}`,
  });
  const askInGroup = async (question: string, userId: string) => {
    const body = (await post(groupMessage(question, userId, conversation, bot.connector.serviceUrl))) as {
      activities: { attachments?: { content: unknown }[] }[];
    };
    const card = body.activities.find((a) => a.attachments?.length)?.attachments?.[0]?.content;
    assert.ok(card, JSON.stringify(body));
    return card;
  };

  it('says sources were left out and offers the answer privately, with nothing of them in the group', async () => {
    const card = await askInGroup(NORDLICHT, ALEX);
    assert.deepEqual(validateCard(card), []);
    const text = cardText(card);
    assert.ok(text.includes(LEFT_OUT_NOTE), text);
    assert.doesNotMatch(text, PLAN);
    const button = findAll(card, 'Action.Execute').find((a) => a.title === PRIVATE_ANSWER_TITLE);
    assert.deepEqual(button?.data, { question: NORDLICHT });
  });

  it('answers the clicker in a new 1:1 chat, under the clicker’s own access, and posts nothing in the group', async () => {
    const card = await askInGroup(NORDLICHT, ALEX);
    const button = findAll(card, 'Action.Execute').find((a) => a.title === PRIVATE_ANSWER_TITLE);
    assert.ok(button);
    const createdBefore = bot.connector.created.length;
    const postedBefore = bot.connector.posted.length;
    const response = (await post(click(button.data as Record<string, unknown>, ALEX))) as InvokeResponse;
    assert.equal(response.type, 'application/vnd.microsoft.activity.message');
    assert.equal(response.value, SENT_PRIVATELY);
    const created = bot.connector.created.slice(createdBefore);
    assert.equal(created.length, 1);
    assert.deepEqual(
      (created[0]?.members as { id: string }[]).map((m) => m.id),
      [`29:${ALEX}`],
    );
    const posted = bot.connector.posted.slice(postedBefore);
    assert.equal(
      posted.filter((p) => p.conversationId === conversation.id).length,
      0,
      'nothing in the group',
    );
    const privately = posted.filter((p) => p.conversationId.startsWith('a:private-'));
    assert.equal(privately.length, 1);
    assert.match(cardText(privately[0]?.activity), PLAN);

    // Megan presses the same button: she gets her own answer (no NORDLICHT plan), in her own 1:1 chat.
    const megan = (await post(click(button.data as Record<string, unknown>, MEGAN))) as InvokeResponse;
    assert.equal(megan.value, SENT_PRIVATELY);
    const hers = bot.connector.posted.slice(postedBefore + 1);
    assert.equal(hers.length, 1);
    assert.doesNotMatch(cardText(hers[0]?.activity), PLAN);
    assert.deepEqual(
      (bot.connector.created.at(-1)?.members as { id: string }[]).map((m) => m.id),
      [`29:${MEGAN}`],
    );
  });

  it('when nothing everyone here may read answers, says so for the group and gives no rephrasing tips', async () => {
    // Only the Velora-confidential TORRENTE plan holds the price: Megan may read it, Alex may not.
    const card = await askInGroup('What is the target price of the Velora TORRENTE?', MEGAN);
    assert.deepEqual(validateCard(card), []);
    const text = cardText(card);
    assert.ok(text.includes(LEFT_OUT_NOTE), text);
    assert.doesNotMatch(text, /189,000|Confidential Launch Plan/);
    // Megan may read the plan: "nothing in the documents you can access" would be false, and rewording won't help.
    assert.match(text, /documents everyone here can access/, text);
    assert.doesNotMatch(text, /documents you can access/, text);
    assert.doesNotMatch(text, /You could try/, text);
  });

  it('offers nothing when the asker may read no more than the group', async () => {
    const card = await askInGroup(
      'What is the brake fade test procedure in the brake system validation standard?',
      ALEX,
    );
    assert.ok(!cardText(card).includes(LEFT_OUT_NOTE));
    assert.equal(findAll(card, 'Action.Execute').filter((a) => a.title === PRIVATE_ANSWER_TITLE).length, 0);
  });

  it('refuses tampered button data and says so when the 1:1 chat cannot be opened', async () => {
    const bad = (await post(click({ question: '' }, ALEX))) as InvokeResponse;
    assert.equal(bad.type, 'application/vnd.microsoft.activity.message');
    assert.notEqual(bad.value, SENT_PRIVATELY);
    const offline = {
      ...click({ question: NORDLICHT }, ALEX),
      serviceUrl: 'http://127.0.0.1:9/',
    };
    const postedBefore = bot.connector.posted.length;
    const refused = (await post(offline)) as InvokeResponse;
    assert.equal(refused.value, NOT_SENT_PRIVATELY);
    assert.equal(bot.connector.posted.length, postedBefore);
  });
});
