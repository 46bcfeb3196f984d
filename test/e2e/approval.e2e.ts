/**
 * End to end in the Agents Playground (`npm start`, real corpus, real bot, headless chromium): report approval.
 * The Playground's signed-in user is the configured approver, Megan Bowen (its configuration file, `.m365agentsplayground.yml`, in the Playground's work folder); the author, Alex Wilber,
 * speaks through the Playground's "Mock an Activity" endpoint (a custom activity with his `from`). Screenshots go to
 * `test-results/`. Needs /usr/bin/chromium (or CHROMIUM_PATH). Run: `npm run test:e2e`.
 */
import assert from 'node:assert/strict';
import { screenshot } from './browser';
import { ALEX, MEGAN, mockActivity } from './playgroundConfig';
import { EXIT_MS, REPLY_MS, STARTUP_MS, usePlayground } from './startPlayground';

describe('Agents Playground: report approval (browser)', function () {
  this.timeout(STARTUP_MS + 6 * REPLY_MS);
  const playground = usePlayground({
    tmpPrefix: 'e2e-approval-',
    playgroundConfig: true,
    env: () => ({ REPORT_APPROVER_ID: MEGAN, REPORT_APPROVER_NAME: 'Megan Bowen' }),
    viewport: { width: 1280, height: 1400 },
  });

  /** "Mock an Activity" > custom activity: a message in the signed-in user's chat, sent as `from`. */
  const mockMessage = (text: string, from: { id: string; name: string }): Promise<void> =>
    mockActivity(playground.product?.playgroundUrl ?? '', {
      type: 'message',
      text,
      from: { ...from, aadObjectId: from.id },
    });

  it('the author waits, the approver approves in her 1:1 chat, and her card shows the decision', async () => {
    await mockMessage('draft a report on crash safety internal targets for customers', {
      id: ALEX,
      name: 'Alex Wilber',
    });
    const authorCard = playground.ui.cards
      .filter({ hasText: /Waiting for approval from Megan Bowen/ })
      .first();
    try {
      await authorCard.waitFor({ timeout: REPLY_MS });
    } catch (error) {
      await screenshot(playground.ui.page, 'playground-approval-failure');
      throw new Error(
        `${(error as Error).message.split('\n')[0]}\n${playground.product?.output.slice(-15).join('\n')}`,
      );
    }
    assert.equal(await authorCard.getByRole('button', { name: 'Approve and export' }).count(), 0);
    const approverCard = playground.ui.cards
      .filter({ hasText: /asks you to approve this customer report/ })
      .first();
    await approverCard.waitFor({ timeout: REPLY_MS });
    await screenshot(playground.ui.page, 'playground-approval-requested');
    await approverCard.getByRole('textbox').fill('Fine for customers.');
    await approverCard.getByRole('button', { name: 'Approve and export' }).click();
    // The approver's card is replaced by the invoke response. (The author's card is replaced through the connector
    // by message id; the Playground answers 202 without an id for AI-labelled replies, so there the bot sends the
    // author the decision as a new 1:1 message instead. The in-place update is covered by approvalFlow.test.ts.)
    const decided = playground.ui.cards.filter({ hasText: /Approved by Megan Bowen/ }).first();
    try {
      await decided.waitFor({ timeout: REPLY_MS });
    } catch (error) {
      await screenshot(playground.ui.page, 'playground-approval-failure');
      throw error;
    }
    await screenshot(playground.ui.page, 'playground-approval-approved');
    const text = await decided.innerText();
    assert.match(text, /Comment: Fine for customers\./);
    assert.match(text, /Download Word/);
    assert.equal(
      await playground.ui.cards.filter({ hasText: /asks you to approve/ }).count(),
      0,
      'the request card was replaced',
    );
  });

  it('exits with code 0 on Ctrl-C', async () => {
    assert.equal(await playground.product?.interrupt(EXIT_MS), 0);
  });
});
