import assert from 'node:assert/strict';
import { messagesFor } from '../../../adaptive-cards/messages/messagesFor';
import { EXTERNAL_MEMBER_NOTICE, ROSTER_UNAVAILABLE_NOTICE } from '../../../bot/teams/audienceFor';
import { ALEX, MEGAN } from '../../support/botFixture';
import { cardText } from '../../support/cardText';
import { startFakeRosterConnector } from '../../bot/support/fakeRosterConnector';
import {
  TENANT,
  groupConversation,
  groupMessage,
  groupSearch,
  member,
  serveRoster,
  postActivity,
} from '../../bot/support/groupActivity';
import { useBotWithConnector } from '../../support/useBotWithConnector';

const RESTRICTED_RESULT_NOTE = messagesFor('en').result.restrictedNote;

const MARCO = 'u-marco.bianchi';
const TORRENTE = 'What is the launch date of the Velora TORRENTE?';

describe('answers in group conversations over HTTP (roster through the connector)', function () {
  this.timeout(60_000);
  const bot = useBotWithConnector(startFakeRosterConnector, { corpus: 'sample' });
  let n = 0;

  const post = async (activity: Record<string, unknown>): Promise<string> => {
    const body = await postActivity(bot.fixture.baseUrl, activity);
    return body === undefined ? '' : cardText(body);
  };
  const fresh = (kind: 'groupChat' | 'channel' | 'meeting' = 'groupChat') =>
    groupConversation(kind, 1000 + n++);

  it('answers from a restricted document when every member may read it', async () => {
    const conversation = fresh('channel');
    serveRoster(bot.connector.rosters, conversation, [member(MEGAN), member(MARCO)]);
    assert.match(
      await post(groupMessage(TORRENTE, MEGAN, conversation, bot.connector.serviceUrl)),
      /12 September 2026/,
    );
    assert.match(
      await post(groupMessage(TORRENTE, MEGAN, conversation, bot.connector.serviceUrl)),
      /Project TORRENTE/,
    );
  });

  it('reads every page of a large roster (the fake serves 3 members a page)', async () => {
    const conversation = fresh();
    const others = ['u-lena.hoffmann', 'u-claire.dubois', 'u-tomas.novak', 'u-sofia.ricci', MARCO];
    serveRoster(bot.connector.rosters, conversation, [
      member(MEGAN),
      ...others.map((id) => member(id)),
      member(ALEX),
    ]);
    const text = await post(groupMessage(TORRENTE, MEGAN, conversation, bot.connector.serviceUrl));
    assert.doesNotMatch(text, /Project TORRENTE/, 'Alex, on the last page, may not read the TORRENTE plan');
  });

  it('answers from documents everyone may read, and says so, when the roster cannot be read', async () => {
    const conversation = fresh('meeting');
    bot.connector.failing.add(conversation.id);
    const text = await post(groupMessage(TORRENTE, MEGAN, conversation, bot.connector.serviceUrl));
    assert.ok(text.includes(ROSTER_UNAVAILABLE_NOTICE), text);
    assert.doesNotMatch(text, /Project TORRENTE/);
  });

  for (const [label, guest] of [
    ['a guest', member('29:guest-1', { aadObjectId: 'guest-1', userRole: 'guest' })],
    ['a member of another tenant', member('ext-1', { tenantId: '99999999-0000-0000-0000-000000000009' })],
  ] as const) {
    it(`searches nothing restricted with ${label} in the conversation, and says so`, async () => {
      const conversation = fresh('channel');
      serveRoster(bot.connector.rosters, conversation, [member(MEGAN), member(MARCO), guest]);
      const text = await post(groupMessage(TORRENTE, MEGAN, conversation, bot.connector.serviceUrl));
      assert.ok(text.includes(EXTERNAL_MEMBER_NOTICE), text);
      assert.doesNotMatch(text, /Project TORRENTE/);
    });
  }

  it('reuses the roster, and reads it again when Teams reports members added', async () => {
    const conversation = fresh();
    serveRoster(bot.connector.rosters, conversation, [member(MEGAN), member(MARCO)]);
    assert.match(
      await post(groupMessage(TORRENTE, MEGAN, conversation, bot.connector.serviceUrl)),
      /Project TORRENTE/,
    );
    const reads = bot.connector.rosterReads.filter((id) => id === conversation.id).length;
    serveRoster(bot.connector.rosters, conversation, [member(MEGAN), member(MARCO), member(ALEX)]);
    await post({
      type: 'conversationUpdate',
      id: `update-${n}`,
      channelId: 'msteams',
      serviceUrl: bot.connector.serviceUrl,
      from: { id: `29:${MEGAN}`, aadObjectId: MEGAN },
      recipient: { id: '28:bot', name: 'Norvik Assistant' },
      conversation: { id: conversation.id, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, eventType: 'membersAdded' },
      membersAdded: [{ id: `29:${ALEX}`, aadObjectId: ALEX }],
    });
    const text = await post(groupMessage(TORRENTE, MEGAN, conversation, bot.connector.serviceUrl));
    assert.doesNotMatch(text, /Project TORRENTE/, 'Alex joined: the plan is no longer for everyone here');
    assert.equal(bot.connector.rosterReads.filter((id) => id === conversation.id).length, reads + 1);
  });

  it('inserts only the title and link of a search result not every member may read', async () => {
    const conversation = fresh('channel');
    const search = (askerId: string) =>
      groupSearch('TORRENTE launch plan', askerId, conversation, bot.connector.serviceUrl);
    serveRoster(bot.connector.rosters, conversation, [member(MEGAN), member(MARCO)]);
    assert.match(await post(search(MEGAN)), /Project TORRENTE/);
    const other = fresh('channel');
    serveRoster(bot.connector.rosters, other, [member(MEGAN), member(ALEX)]);
    const body = (await postActivity(bot.fixture.baseUrl, {
      ...search(MEGAN),
      conversation: { id: other.id, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: other.teamId }, channel: { id: other.id } },
    })) as { composeExtension: { attachments: { content: unknown }[] } };
    // What would be inserted into the conversation (the previews are the searcher's own list).
    const inserted = cardText(body.composeExtension.attachments.map((attachment) => attachment.content));
    assert.ok(inserted.includes(RESTRICTED_RESULT_NOTE), inserted);
    assert.doesNotMatch(inserted, /12 September 2026|STRICTLY CONFIDENTIAL/);
  });

  it('keeps 1:1 chats as they were: the asker’s own documents, no roster read', async () => {
    const before = bot.connector.rosterReads.length;
    const text = await post({
      ...groupMessage(TORRENTE, MEGAN, fresh(), bot.connector.serviceUrl),
      conversation: { id: `a:conv-${MEGAN}`, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    });
    assert.match(text, /Project TORRENTE/);
    assert.equal(bot.connector.rosterReads.length, before);
  });
});
