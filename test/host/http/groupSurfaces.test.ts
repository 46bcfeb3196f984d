import assert from 'node:assert/strict';
import { TICKETS_KEPT_PRIVATE } from '../../../skills/tickets/ticketsKeptPrivate';
import { ALEX, MEGAN } from '../../support/botFixture';
import { cardText } from '../../support/cardText';
import { startFakeRosterConnector } from '../../bot/support/fakeRosterConnector';
import {
  TENANT,
  groupConversation,
  groupMessage,
  member,
  postActivity,
  postInGroup,
  serveRoster,
  type GroupConversation,
} from '../../bot/support/groupActivity';
import { messagesFor } from '../../../adaptive-cards/messages/messagesFor';
import { useBotWithConnector } from '../../support/useBotWithConnector';

const { restrictedNote: RESTRICTED_RESULT_NOTE, restrictedWarning: RESTRICTED_PREVIEW_WARNING } =
  messagesFor('en').result;

const MARCO = 'u-marco.bianchi';
const ADELE = '00000000-0000-0000-0000-0000000000022';
/** Text of the restricted launch plan (brand-velora only) that no card inserted for a mixed group may hold. */
const PLAN_TEXT = /STRICTLY CONFIDENTIAL|grand tourer|189,000|Classification/;
const PLAN_TITLE = /Project TORRENTE/;

interface ResultAttachment {
  readonly content: { body: { text?: string }[]; actions?: { type: string; url: string }[] };
  readonly preview: { content: { title: string; subtitle?: string; text?: string } };
}

/**
 * The rest of the group rule (issue 9, scope 2) over HTTP, with the roster served by a loopback connector:
 * message-extension results inserted into a group conversation, and ticket cards asked for in one.
 */
describe('group conversations: message-extension results and ticket cards (HTTP, roster through the connector)', function () {
  this.timeout(60_000);
  const bot = useBotWithConnector(startFakeRosterConnector, { corpus: 'sample' });
  let n = 0;
  const fresh = (members: string[]): GroupConversation => {
    const conversation = groupConversation('channel', 3000 + n++);
    serveRoster(
      bot.connector.rosters,
      conversation,
      members.map((id) => member(id)),
    );
    return conversation;
  };

  async function search(
    searcher: string,
    conversation: GroupConversation,
    query: string,
  ): Promise<ResultAttachment[]> {
    const body = (await postInGroup(bot.fixture, bot.connector, searcher, conversation, query, 'search')) as {
      composeExtension: { attachments?: ResultAttachment[] };
    };
    return body.composeExtension.attachments ?? [];
  }
  const planResult = (results: ResultAttachment[]) =>
    results.find((result) => PLAN_TITLE.test(result.preview.content.title));

  it('lists a document not every member may read with a warning, and inserts only its title, a note and its link', async () => {
    const results = await search(MEGAN, fresh([MEGAN, ALEX]), 'TORRENTE launch plan');
    const plan = planResult(results);
    assert.ok(plan, 'Megan, who may read the plan, finds it');
    assert.equal(plan.preview.content.subtitle, RESTRICTED_PREVIEW_WARNING);
    const inserted = JSON.stringify(plan.content);
    assert.match(inserted, PLAN_TITLE);
    assert.ok(inserted.includes(RESTRICTED_RESULT_NOTE));
    assert.doesNotMatch(inserted, PLAN_TEXT, 'no text of the document in the inserted card');
    assert.deepEqual(
      plan.content.body.map((block) => block.text),
      [plan.preview.content.title, RESTRICTED_RESULT_NOTE],
    );
    const [open] = plan.content.actions ?? [];
    assert.equal(open?.type, 'Action.OpenUrl');
    assert.match(open?.url ?? '', /\/docs\?/);
  });

  it('inserts a document everyone may read in full, text and all', async () => {
    const results = await search(MEGAN, fresh([MEGAN, ALEX]), 'warranty claim process for dealers');
    const warranty = results.find((result) => /^Warranty Claim Process/.test(result.preview.content.title));
    assert.ok(warranty);
    assert.notEqual(warranty.preview.content.subtitle, RESTRICTED_PREVIEW_WARNING);
    assert.ok(!JSON.stringify(warranty.content).includes(RESTRICTED_RESULT_NOTE));
    assert.ok(warranty.content.body.length >= 2, 'title and snippet');
  });

  it('inserts the whole result when every member may read the document', async () => {
    const plan = planResult(await search(MEGAN, fresh([MEGAN, MARCO]), 'TORRENTE launch plan'));
    assert.ok(plan);
    assert.notEqual(plan.preview.content.subtitle, RESTRICTED_PREVIEW_WARNING);
    assert.match(JSON.stringify(plan.content), PLAN_TEXT);
  });

  it('never lists a document the searcher may not read, even when the others may', async () => {
    assert.equal(
      planResult(await search(ALEX, fresh([ALEX, MEGAN, MARCO]), 'TORRENTE launch plan')),
      undefined,
    );
  });

  it('keeps tickets out of group conversations, and shows them in the 1:1 chat', async () => {
    const filed = await bot.fixture.bot.services.tickets.create(
      {
        title: 'Laptop docking station keeps disconnecting',
        description: 'Private detail for the helpdesk only',
        category: 'it',
        priority: 'normal',
      },
      { id: ALEX, name: 'Alex Wilber' },
      `group-surfaces-${Date.now()}`,
    );
    const conversation = fresh([ALEX, MEGAN]);
    for (const question of [`status of ticket ${filed.id}`, 'my tickets']) {
      const body = await postInGroup(bot.fixture, bot.connector, ALEX, conversation, question);
      const text = cardText(body);
      assert.ok(text.includes(TICKETS_KEPT_PRIVATE), text);
      assert.doesNotMatch(text, /docking station|Private detail/);
    }
    const personal = await postActivity(bot.fixture.baseUrl, {
      ...groupMessage(`status of ticket ${filed.id}`, ALEX, conversation, bot.connector.serviceUrl),
      conversation: { id: `a:conv-${ALEX}`, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    });
    assert.match(cardText(personal), /docking station/);
  });

  it('a report drafted in a group says what nobody here may read covers, never "documents you can access"', async () => {
    // Alex (eng-chassis) may read the crash-test internal targets; Adele (hr) may not, so the group report leaves
    // them out, and an open question saying "No documents you can access cover crash safety targets" would be false.
    const conversation = fresh([ALEX, ADELE]);
    const body = await postInGroup(
      bot.fixture,
      bot.connector,
      ALEX,
      conversation,
      'draft a report on crash safety targets and brake validation',
    );
    const text = cardText(body);
    assert.doesNotMatch(text, /Crash Safety Internal Targets|NES-CRS-010/, text);
    assert.match(text, /No documents everyone here can access cover/, text);
    assert.doesNotMatch(text, /documents you can access/, text);
  });
});
