/**
 * End to end in the Agents Playground (`npm start`, sample corpus, real bot, headless chromium): a group chat.
 * The Playground's configuration file (`.m365agentsplayground.yml` in its work folder) signs in Megan Bowen, who is
 * in `brand-velora` and so may read the confidential TORRENTE launch plan; its group chat "Launch team" holds her and
 * its five users (the Playground puts every configured user in its group chat), among them Alex Wilber, Adele Vance,
 * Isaiah Langer and Patti Fernandez, who may not read it (knowledge/sample/directory.yaml). The Playground serves the
 * connector's roster (`GET /v3/conversations/{id}/pagedmembers`: the chat's configured users) and forwards a group
 * message to the bot only when it @mentions the bot. Its team "My Team" (channel "Announcements") has the same
 * members. Screenshots go to `test-results/groupchat-*.png`.
 * Needs /usr/bin/chromium (or CHROMIUM_PATH). Run: `npm run test:e2e`.
 */
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { screenshot } from './browser';
import { ALEX, BOT_NAME, GROUP_CHAT, MEGAN, mockActivity } from './playgroundConfig';
import { REPLY_MS, STARTUP_MS, usePlayground } from './startPlayground';

const GROUP_NAME = 'Launch team';
const PERSONAL_NAME = 'Personal Chat';
const CHANNEL_NAME = 'Announcements';

/** Only in the Velora-confidential TORRENTE launch plan (group:brand-velora): Megan may read it, Alex may not. */
const RESTRICTED_QUESTION = 'What is the target price of the Velora TORRENTE?';
const RESTRICTED_FACT = /189,000/;
/** Anything of the plan (title, passage, link) or of the other confidential document the question finds. */
const RESTRICTED_TRACES = [
  RESTRICTED_FACT,
  /Confidential Launch Plan/i,
  /torrente-launch-plan/i,
  /Crash Safety Internal Targets/i,
  /nes-crs-010/i,
];
/** In a standard everyone may read. */
const OPEN_QUESTION = 'What is the pass criterion for the brake fade test?';
const OPEN_FACT = /at least 75 % of the cold-effectiveness value/;
const OPEN_SOURCE = /Brake System Validation Standard \(NES-BRK-004\)/;
/** A customer report (needs approval) on a topic with a document only some members may read (NES-CRS-010). */
const REPORT_REQUEST = 'draft a report on crash safety targets and brake validation for customers';
const LEFT_OUT = 'Some sources were left out because not everyone here may read them.';
const SEND_PRIVATELY = 'Send me the full answer privately';

/** Every link target in `scope`: markdown links (`a[href]`) and Adaptive Card OpenUrl buttons (`title` = URL). */
async function linksIn(scope: Locator): Promise<string[]> {
  const hrefs = await scope
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const titles = await scope
    .getByRole('link')
    .evaluateAll((ls) => ls.map((l) => l.getAttribute('title') ?? ''));
  return [...hrefs, ...titles].filter((link) => link !== '');
}

/** Fails when `text` or `links` hold a trace of a document not everyone in the group may read. */
function assertNoRestrictedTrace(text: string, links: readonly string[], where: string): void {
  for (const trace of RESTRICTED_TRACES) {
    assert.doesNotMatch(text, trace, `${where} shows ${trace}:\n${text}`);
    for (const link of links) assert.doesNotMatch(link, trace, `${where} links to ${link}`);
  }
}

describe('Agents Playground: a group chat (browser)', function () {
  this.timeout(STARTUP_MS + 10 * REPLY_MS);
  const playground = usePlayground({
    tmpPrefix: 'e2e-group-',
    playgroundConfig: GROUP_NAME,
    env: () => ({ REPORT_APPROVER_ID: MEGAN, REPORT_APPROVER_NAME: 'Megan Bowen' }),
    viewport: { width: 1280, height: 1400 },
  });

  /** Runs `step`; on failure saves `groupchat-failure.png` and adds the product's last lines to the error. */
  const withEvidence = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      await screenshot(playground.ui.page, 'groupchat-failure');
      const message = `${(error as Error).message}\n--- playground.product output ---\n${playground.product?.output.slice(-20).join('\n')}`;
      throw new Error(message, { cause: error });
    }
  };

  it('trims the group answer to what everyone may read and offers the full answer privately', async () => {
    await withEvidence(async () => {
      await playground.ui.openConversation(GROUP_NAME);
      const card = await playground.ui.askMentioning(BOT_NAME, RESTRICTED_QUESTION, REPLY_MS);
      await card.scrollIntoViewIfNeeded();
      await screenshot(playground.ui.page, 'groupchat-trimmed');
      const text = await card.innerText();
      assertNoRestrictedTrace(text, await linksIn(card), 'the group card');
      assert.ok(text.includes(LEFT_OUT), `no "left out" note in the group card:\n${text}`);
      // Megan may read the plan: the card speaks of what everyone here may read, and rewording would not help.
      assert.match(text, /documents everyone here can access/, text);
      assert.doesNotMatch(text, /documents you can access|You could try/, text);

      await card.getByRole('button', { name: SEND_PRIVATELY }).click();
      // The invoke response is shown to the clicker only (under the card), nothing is posted to the group.
      await playground.ui.page
        .getByText('I sent you the full answer in your chat with me.')
        .waitFor({ timeout: REPLY_MS });
      await screenshot(playground.ui.page, 'groupchat-sent-privately');
      const groupText = (await playground.ui.botMessages.allInnerTexts()).join('\n');
      assertNoRestrictedTrace(groupText, await linksIn(playground.ui.botMessages), 'the group chat');

      await playground.ui.openConversation(PERSONAL_NAME);
      const full = playground.ui.cards.filter({ hasText: RESTRICTED_FACT }).first();
      await full.waitFor({ timeout: REPLY_MS });
      await full.scrollIntoViewIfNeeded();
      await screenshot(playground.ui.page, 'groupchat-private-answer');
      const fullText = await full.innerText();
      assert.match(fullText, /TORRENTE – Confidential Launch Plan/, fullText);
      assert.ok(!fullText.includes(LEFT_OUT), 'the 1:1 answer is not trimmed');

      // Back in the group: still nothing of the plan after the private answer went out.
      await playground.ui.openConversation(GROUP_NAME);
      await playground.ui.page.getByText(SEND_PRIVATELY).first().waitFor({ timeout: REPLY_MS });
      const after = (await playground.ui.botMessages.allInnerTexts()).join('\n');
      assertNoRestrictedTrace(after, await linksIn(playground.ui.botMessages), 'the group chat afterwards');
    });
  });

  it('answers a question everyone may read normally in the group', async () => {
    await withEvidence(async () => {
      await playground.ui.openConversation(GROUP_NAME);
      const card = await playground.ui.askMentioning(BOT_NAME, OPEN_QUESTION, REPLY_MS);
      await card.scrollIntoViewIfNeeded();
      await screenshot(playground.ui.page, 'groupchat-open-answer');
      const text = await card.innerText();
      assert.match(text, OPEN_FACT, text);
      assert.match(text, OPEN_SOURCE, text);
      assert.match(text, /everyone here can access/, text);
      assertNoRestrictedTrace(text, await linksIn(card), 'the open answer');
    });
  });

  it('trims the same way in a team channel (the team’s members)', async () => {
    await withEvidence(async () => {
      await playground.ui.openConversation(CHANNEL_NAME);
      // A channel has a "Start a new post" box (the first textbox) with a Post button; replies go in the thread.
      await playground.ui.page.getByRole('textbox').first().click();
      await playground.ui.page.keyboard.type('@');
      await playground.ui.page.getByRole('menuitem', { name: BOT_NAME }).click({ timeout: REPLY_MS });
      await playground.ui.page.keyboard.type(` ${RESTRICTED_QUESTION}`);
      await playground.ui.page.getByRole('button', { name: 'Post', exact: true }).click();
      // The answer card starts with the question it answers (the welcome card does not).
      const card = playground.ui.page
        .locator('.ac-adaptiveCard')
        .filter({ hasText: RESTRICTED_QUESTION })
        .first();
      await card.waitFor({ timeout: REPLY_MS });
      await card.scrollIntoViewIfNeeded();
      await screenshot(playground.ui.page, 'groupchat-channel-trimmed');
      const text = await card.innerText();
      assertNoRestrictedTrace(text, await linksIn(card), 'the channel card');
      assert.ok(text.includes(LEFT_OUT), `no "left out" note in the channel card:\n${text}`);
      assert.equal(await card.getByRole('button', { name: SEND_PRIVATELY }).count(), 1, text);
    });
  });

  /** "Mock an Activity" > custom activity: a message in `conversationId`, sent as `from`. */
  const mockMessage = (conversationId: string, text: string, from: { id: string; name: string }) =>
    mockActivity(
      playground.product?.playgroundUrl ?? '',
      { type: 'message', text, from: { ...from, aadObjectId: from.id } },
      conversationId,
    );

  it('drafts a customer report from the group: a trimmed preview there, the approval card and the export in the approver’s 1:1 chat', async () => {
    await withEvidence(async () => {
      // Alex (eng-chassis: he may read the crash-test internal targets, not everyone here may) asks in the group.
      await mockMessage(GROUP_CHAT, `<at>${BOT_NAME}</at> ${REPORT_REQUEST}`, {
        id: ALEX,
        name: 'Alex Wilber',
      });
      await playground.ui.openConversation(GROUP_NAME);
      const waiting = playground.ui.cards.filter({ hasText: /Waiting for approval from Megan Bowen/ }).last();
      await waiting.waitFor({ timeout: REPLY_MS });
      await waiting.scrollIntoViewIfNeeded();
      await screenshot(playground.ui.page, 'groupchat-report-waiting');
      const text = await waiting.innerText();
      assert.equal(await waiting.getByRole('button', { name: 'Approve and export' }).count(), 0, text);
      assertNoRestrictedTrace(text, await linksIn(waiting), 'the report preview in the group');
      assert.doesNotMatch(text, /documents you can access/, `false for Alex, who may read more:\n${text}`);

      await playground.ui.openConversation(PERSONAL_NAME);
      const request = playground.ui.cards
        .filter({ hasText: /asks you to approve this customer report/ })
        .last();
      await request.waitFor({ timeout: REPLY_MS });
      await request.scrollIntoViewIfNeeded();
      await screenshot(playground.ui.page, 'groupchat-report-approval-request');
      const requestText = await request.innerText();
      assert.equal(await request.getByRole('button', { name: 'Approve and export' }).count(), 1, requestText);
      assertNoRestrictedTrace(requestText, await linksIn(request), 'the approval request');
      await playground.ui.openConversation(GROUP_NAME);
      await waiting.waitFor({ timeout: REPLY_MS });
      assert.equal(
        await playground.ui.cards.filter({ hasText: /asks you to approve/ }).count(),
        0,
        'no approval card in the group',
      );

      // Megan approves in her 1:1 chat. Alex's card would be replaced in place by message id; the Playground answers
      // 202 without an id for AI-labelled replies, so the bot sends him the decision in his own 1:1 chat (not
      // shown to Megan). Either way the export's download links never land in the group.
      await playground.ui.openConversation(PERSONAL_NAME);
      await request.getByRole('textbox').fill('Fine for customers.');
      await request.getByRole('button', { name: 'Approve and export' }).click();
      const decided = playground.ui.cards.filter({ hasText: /Approved by Megan Bowen/ }).last();
      await decided.waitFor({ timeout: REPLY_MS });
      await decided.scrollIntoViewIfNeeded();
      await screenshot(playground.ui.page, 'groupchat-report-approved');
      assert.match(await decided.innerText(), /Download Word/);
      await playground.ui.openConversation(GROUP_NAME);
      await waiting.waitFor({ timeout: REPLY_MS });
      const group = (await playground.ui.botMessages.allInnerTexts()).join('\n');
      assert.doesNotMatch(group, /Download Word|Approved by/, 'no export in the group');
      const downloads = (await linksIn(playground.ui.botMessages)).filter((link) => /\/reports\b/.test(link));
      assert.deepEqual(downloads, [], 'no report download link in the group');
    });
  });
});
