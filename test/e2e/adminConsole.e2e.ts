/**
 * End to end, as an admin: the real bot (local mode, loopback, the two-document fixture corpus) gets questions in
 * Teams (through the Bot Connector stand-in), one through the Copilot plugin API, and feedback; then headless
 * chromium opens /admin and the figures on the page must match what this test did. The page must render with its
 * strict Content-Security-Policy (no violation in the console). Screenshot: `test-results/admin-console.png`.
 * Needs /usr/bin/chromium (or CHROMIUM_PATH). Run: `npm run test:e2e`.
 */
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { ADMIN_COUNT_FIGURES } from '../support/adminFigures';
import { ALEX, MEGAN, messageActivity, startFixtureBot } from '../support/botFixture';
import { startFakeConnector } from '../support/fakeConnector';
import { launchBrowser, RESULTS_DIR } from './browser';
import { postSkill } from '../support/postActivity';

describe('admin console in headless chromium, against what the test did', function () {
  this.timeout(180_000);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  let browser: Browser;

  const post = (body: Record<string, unknown>) =>
    fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, deliveryMode: undefined, serviceUrl: connector.serviceUrl }),
    });
  /** Asks in Teams; returns the id the connector gave the bot's reply (what feedback refers to). */
  const ask = async (text: string, userId = ALEX): Promise<string> => {
    const activity = messageActivity(text, userId);
    assert.equal((await post(activity)).status, 200);
    const reply = await connector.waitFor((a) => a.replyToId === activity.id && Array.isArray(a.attachments));
    return `reply-${connector.received.indexOf(reply) + 1}`;
  };

  before(async () => {
    connector = await startFakeConnector();
    fixture = await startFixtureBot();
    browser = await launchBrowser();
    // 4 questions in Teams (2 answered, 2 declined), 1 through Copilot (answered), 2 feedback.
    const first = await ask('What is the pass criterion for the brake fade test?');
    await ask('How many stops does the brake fade test make?');
    // Each parking question from a conversation of its own, so neither is read as a follow-up of another.
    await ask('Where can visitors park their car?', 'u-visitor-desk');
    await ask('Is there visitor parking at night?', MEGAN);
    const plugin = await postSkill(fixture.baseUrl, 'ask_knowledge', {
      question: 'What deceleration must the brake fade test reach on the tenth stop?',
    });
    assert.equal(plugin.status, 200);
    const feedback = (replyToId: string | undefined, reaction: string, text: string) =>
      post({
        ...messageActivity('', ALEX),
        type: 'invoke',
        name: 'message/submitAction',
        text: undefined,
        ...(replyToId ? { replyToId } : {}),
        value: { actionName: 'feedback', actionValue: { reaction, feedback: text } },
      });
    assert.equal((await feedback(first, 'dislike', 'Missing the pedal force')).status, 200);
    // As the Playground sends it (no replyToId): on the newest answer.
    assert.equal((await feedback(undefined, 'like', '')).status, 200);
  });
  after(async () => {
    await browser?.close();
    await fixture?.stop();
    await connector?.stop();
  });

  it('shows every panel with the figures this test produced, under its CSP, and saves a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const response = await page.goto(`${fixture.baseUrl}/admin`);
    assert.equal(response?.status(), 200);
    const figure = async (id: string) => (await page.locator(`[data-figure="${id}"]`).textContent())?.trim();
    const figures = Object.fromEntries(
      await Promise.all(
        [...ADMIN_COUNT_FIGURES, 'gaps-topics', 'never-cited', 'audit-status'].map(
          async (id) => [id, await figure(id)] as const,
        ),
      ),
    );
    assert.deepEqual(figures, {
      'usage-asked': '5',
      'usage-answered': '3',
      'usage-declined': '2',
      'feedback-likes': '1',
      'feedback-dislikes': '1',
      'sources-documents': '2',
      'sources-nobody': '0',
      'gaps-topics': '2',
      'never-cited': '1',
      'audit-status': 'intact',
    });
    // The declined questions share "visitor" and "park": one topic; the thumbs-down answer is the other.
    const visitor = page.locator('tr[data-gap]').filter({ hasText: 'Is there visitor parking at night?' });
    assert.equal(await visitor.count(), 1);
    assert.match((await visitor.textContent()) ?? '', /Where can visitors park their car\?/);
    const down = page.locator('tr[data-feedback="dislike"]');
    assert.match((await down.textContent()) ?? '', /Missing the pedal force[\s\S]*6\.0 m\/s²/);
    assert.match((await page.locator('tr[data-cited="brake-fade.md"]').textContent()) ?? '', /3$/);
    // The style is allowed by its hash: it applied (a figure box has a border), and nothing was refused.
    // An expression evaluated in the page (a string: the test's TypeScript has no DOM types).
    const border = await page.evaluate("getComputedStyle(document.querySelector('.figure')).borderTopStyle");
    assert.equal(border, 'solid');
    assert.deepEqual(problems, []);
    await page.screenshot({ path: `${RESULTS_DIR}/admin-console.png`, fullPage: true });
    await page.close();
  });

  it('serves the audit export the page links to', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixture.baseUrl}/admin`);
    const href = await page.locator('a', { hasText: 'JSON Lines' }).getAttribute('href');
    assert.equal(href, '/admin/audit.jsonl');
    const lines = (await (await fetch(`${fixture.baseUrl}${href}`)).text()).split('\n').filter(Boolean);
    assert.equal(String(lines.length), await page.locator('[data-figure="audit-records"]').textContent());
    await page.close();
  });
});
