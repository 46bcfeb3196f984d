import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import mammoth from 'mammoth';
import { validateCard } from '../../adaptive-cards/validateCard';
import { ALEX, MEGAN, messageActivity } from '../../support/botFixture';
import { findAll, type InvokeResponse } from '../../support/cardActions';
import { cardText, cardUrls } from '../../support/cardText';
import { startFakeRosterConnector } from '../../bot/support/fakeRosterConnector';
import { postActivity, TENANT } from '../../bot/support/groupActivity';
import { useBotWithConnector } from '../../support/useBotWithConnector';

const PATTI = '00000000-0000-0000-0000-0000000000024';
const CRASH = 'draft a report on crash safety internal targets for customers';
const NORDLICHT = 'draft a report on the NORDLICHT launch plan for customers';

type Posted = { conversationId: string; activity: Record<string, unknown> };
const cardOf = (activity: Record<string, unknown> | undefined): unknown =>
  (activity?.attachments as { content: unknown }[] | undefined)?.[0]?.content;

/**
 * The approval flow end to end over HTTP: the real bot (local mode, sample corpus, Megan Bowen as approver)
 * posting its replies, proactive 1:1 messages and card updates to a loopback Bot Connector that records them.
 */
describe('report approval over HTTP with a loopback connector', function () {
  this.timeout(60_000);
  const bot = useBotWithConnector(startFakeRosterConnector, {
    corpus: 'sample',
    env: { REPORT_APPROVER_ID: MEGAN, REPORT_APPROVER_NAME: 'Megan Bowen' },
  });

  const post = (activity: Record<string, unknown>) => postActivity(bot.fixture.baseUrl, activity);
  const personal = (userId: string) => `a:conv-${userId}`;
  /** Alex types `text` in his 1:1 chat; the reply goes to the bot.connector. Returns his card and its message id. */
  const draftAsAlex = async (text: string) => {
    const before = bot.connector.posted.length;
    const createdBefore = bot.connector.created.length;
    await post(
      messageActivity(text, ALEX, { serviceUrl: bot.connector.serviceUrl, deliveryMode: undefined }),
    );
    const index = bot.connector.posted.findIndex(
      (p, i) => i >= before && p.conversationId === personal(ALEX) && cardOf(p.activity) !== undefined,
    );
    assert.ok(index >= 0, 'the author got a card');
    const approverPosts = bot.connector.posted
      .slice(before)
      .filter((p) => p.conversationId.startsWith('a:private-'));
    return {
      card: cardOf(bot.connector.posted[index]?.activity),
      cardId: `posted-${index + 1}`,
      created: bot.connector.created.slice(createdBefore),
      approverPosts,
      approverCardId: approverPosts[0]
        ? `posted-${bot.connector.posted.indexOf(approverPosts[0] as Posted) + 1}`
        : undefined,
    };
  };
  /** An Action.Execute click by `userId` on the card of message `replyToId` in `conversationId`. */
  const click = (
    userId: string,
    conversationId: string,
    replyToId: string,
    verb: string,
    data: Record<string, unknown>,
  ) =>
    post({
      ...messageActivity('', userId, { serviceUrl: bot.connector.serviceUrl }),
      type: 'invoke',
      id: `invoke-${Math.random()}`,
      name: 'adaptiveCard/action',
      text: undefined,
      deliveryMode: undefined,
      replyToId,
      conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    }) as Promise<InvokeResponse>;
  const button = (card: unknown, title: string) => {
    const found = findAll(card, 'Action.Execute').find((a) => a.title === title);
    assert.ok(found, `no ${title} button in ${cardText(card)}`);
    return found.data as Record<string, unknown>;
  };
  const auditRecords = () => {
    const db = new Database(path.join(bot.fixture.root, 'data', 'audit.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT record FROM audit ORDER BY seq').all() as { record: string }[]).map(
        (row) =>
          JSON.parse(row.record) as {
            action: string;
            actor: { userId: string };
            confirmedBy?: string;
            detail?: string;
            parameters: Record<string, unknown>;
          },
      );
    } finally {
      db.close();
    }
  };

  it('asks the approver in a 1:1 chat; the author waits with no approve button', async () => {
    const drafted = await draftAsAlex(CRASH);
    assert.deepEqual(validateCard(drafted.card), []);
    assert.match(cardText(drafted.card), /Waiting for approval from Megan Bowen/);
    assert.deepEqual(
      findAll(drafted.card, 'Action.Execute').map((a) => a.title),
      ['Regenerate'],
    );
    assert.equal(drafted.created.length, 1, 'one 1:1 conversation created');
    assert.deepEqual(
      (drafted.created[0]?.members as { id: string }[]).map((m) => m.id),
      [MEGAN],
    );
    assert.equal(drafted.approverPosts.length, 1);
    const approverCard = cardOf(drafted.approverPosts[0]?.activity);
    assert.deepEqual(validateCard(approverCard), []);
    assert.match(cardText(approverCard), /asks you to approve this customer report/);
    assert.match(cardText(approverCard), /Crash Safety Internal Targets/);
    assert.deepEqual(
      findAll(approverCard, 'Action.Execute').map((a) => a.title),
      ['Approve and export', 'Reject'],
    );
    const requested = auditRecords().filter((r) => r.action === 'approval_requested');
    assert.equal(requested.at(-1)?.actor.userId, ALEX);
  });

  it('refuses the author and anyone else; the approver approves once; both cards updated; the export has no links', async () => {
    const drafted = await draftAsAlex(CRASH);
    const approverCard = cardOf(drafted.approverPosts[0]?.activity);
    const chat = drafted.approverPosts[0]?.conversationId ?? '';
    const approve = { ...button(approverCard, 'Approve and export'), comment: 'Fine for customers.' };
    for (const intruder of [ALEX, PATTI]) {
      const refused = await click(intruder, personal(intruder), 'x', 'confirm', approve);
      assert.equal(refused.type, 'application/vnd.microsoft.activity.message', JSON.stringify(refused));
    }
    const updatesBefore = bot.connector.updated.length;
    const [first, second] = await Promise.all([
      click(MEGAN, chat, drafted.approverCardId ?? '', 'confirm', approve),
      click(MEGAN, chat, drafted.approverCardId ?? '', 'confirm', approve),
    ]);
    assert.equal(first.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(first));
    assert.deepEqual(second.value, first.value, 'a double click gives the same card');
    assert.match(cardText(first.value), /Approved by Megan Bowen\. Comment: Fine for customers\./);
    const authorUpdates = bot.connector.updated
      .slice(updatesBefore)
      .filter((u) => u.conversationId === personal(ALEX) && u.activityId === drafted.cardId);
    assert.ok(authorUpdates.length >= 1, 'the author card was updated in place');
    const authorCard = cardOf(authorUpdates[0]?.activity);
    assert.match(cardText(authorCard), /Approved by Megan Bowen/);
    const records = auditRecords();
    const approved = records.filter((r) => r.action === 'report_approved');
    assert.equal(approved.length, 1, 'one approval');
    assert.equal(approved[0]?.actor.userId, MEGAN);
    assert.equal(records.filter((r) => r.action === 'action_confirmed' && r.confirmedBy === MEGAN).length, 1);
    assert.ok(
      records.filter((r) => r.action === 'refused').length >= 2,
      JSON.stringify(records.map((r) => [r.action, r.actor.userId, r.detail])),
    );

    // The customer export carries titles only: no link of any kind, signed or not.
    const downloads = cardUrls(authorCard).filter((u) => new URL(u).pathname.startsWith('/reports'));
    assert.equal(downloads.length, 2, cardUrls(authorCard).join());
    const markdown = await fetch(downloads.find((u) => u.includes('.markdown')) ?? '');
    assert.equal(markdown.status, 200);
    const md = await markdown.text();
    assert.match(md, /## Sources/);
    assert.match(md, /Crash Safety Internal Targets/);
    assert.doesNotMatch(md, /https?:\/\/|\/docs\//);
    const docx = Buffer.from(
      await (await fetch(downloads.find((u) => u.includes('.docx')) ?? '')).arrayBuffer(),
    );
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    assert.match(html, /Crash Safety Internal Targets/);
    assert.doesNotMatch(html, /<a /);
  });

  it('rejects with a comment: the author’s card shows it, nothing is exported, the rejection is audited', async () => {
    const drafted = await draftAsAlex(CRASH);
    const chat = drafted.approverPosts[0]?.conversationId ?? '';
    const reject = {
      ...button(cardOf(drafted.approverPosts[0]?.activity), 'Reject'),
      comment: 'Leave out the internal targets.',
    };
    const updatesBefore = bot.connector.updated.length;
    const response = await click(MEGAN, chat, drafted.approverCardId ?? '', 'confirm', reject);
    assert.match(cardText(response.value), /Rejected by Megan Bowen: Leave out the internal targets\./);
    assert.equal(findAll(response.value, 'Action.OpenUrl').length, 0);
    const update = bot.connector.updated
      .slice(updatesBefore)
      .find((u) => u.conversationId === personal(ALEX) && u.activityId === drafted.cardId);
    assert.match(
      cardText(cardOf(update?.activity)),
      /Rejected by Megan Bowen: Leave out the internal targets\./,
    );
    const rejected = auditRecords().filter((r) => r.action === 'report_rejected');
    assert.equal(rejected.length, 1);
    assert.equal(rejected[0]?.actor.userId, MEGAN);
    assert.equal(rejected[0]?.parameters.comment, 'Leave out the internal targets.');
  });

  it('refuses an approver who cannot read a source: nothing sent to her, and she cannot open it', async () => {
    const drafted = await draftAsAlex(NORDLICHT);
    assert.match(cardText(drafted.card), /Megan Bowen cannot approve this report: \d+ of its \d+ sources/);
    assert.equal(drafted.created.length, 0, 'no 1:1 chat with the approver');
    assert.equal(drafted.approverPosts.length, 0);
    const refusedRecord = auditRecords()
      .filter((r) => r.action === 'approval_refused')
      .at(-1);
    const reportId = refusedRecord?.detail?.split(' ')[0] ?? '';
    assert.ok(reportId, 'the refusal is audited with the report');
    const opened = await click(MEGAN, personal(MEGAN), 'x', 'invoke', { skill: 'export_report', reportId });
    assert.equal(opened.type, 'application/vnd.microsoft.activity.message');
    assert.match(String(opened.value), /You cannot approve this report/);
    assert.doesNotMatch(String(opened.value), /NORDLICHT/i);
  });
});
