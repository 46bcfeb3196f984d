import assert from 'node:assert/strict';
import { ALEX } from '../../support/botFixture';
import { botClient } from '../../support/cardActions';
import { cardText } from '../../support/cardText';
import { startFakeRosterConnector } from '../../bot/support/fakeRosterConnector';
import {
  groupConversation,
  groupMessage,
  member,
  postActivity,
  serveRoster,
} from '../../bot/support/groupActivity';
import { useBotWithConnector } from '../../support/useBotWithConnector';

const ADELE = '00000000-0000-0000-0000-0000000000022';
const DRAFT = 'draft a report on the NORDLICHT launch plan';
/** The confidential plan's title (only `brand-aurex` may read it: Alex may, Adele may not). */
const PLAN = /Project NORDLICHT – Launch Plan/;

/** A report drafted where more people read it is drafted from what every member may read. */
describe('report drafts in a group conversation over HTTP', function () {
  this.timeout(60_000);
  const chat = groupConversation('groupChat', 31);
  const bot = useBotWithConnector(startFakeRosterConnector, { corpus: 'sample' }, (connector) =>
    serveRoster(connector.rosters, chat, [member(ALEX), member(ADELE)]),
  );

  it('cites the confidential plan in the author’s 1:1 chat, and nothing of it in a group with a non-member', async () => {
    const own = cardText(await botClient(() => bot.fixture.baseUrl).ask(DRAFT, ALEX));
    assert.match(own, PLAN, 'the author alone may read the plan');
    const body = (await postActivity(
      bot.fixture.baseUrl,
      groupMessage(DRAFT, ALEX, chat, bot.connector.serviceUrl),
    )) as { activities: { attachments?: { content: unknown }[] }[] };
    const card = body.activities.find((a) => a.attachments?.length)?.attachments?.[0]?.content;
    assert.ok(card, JSON.stringify(body));
    const text = cardText(card);
    assert.doesNotMatch(text, PLAN);
    assert.match(text, /did not draft a report/, 'nothing else in the corpus covers the plan');
  });
});
