/**
 * End to end, as a user: `npm start` (real corpus, real bot, real Agents Playground), headless chromium types
 * questions into the Playground and reads the Adaptive Cards it renders. Screenshots go to `test-results/`.
 * Needs /usr/bin/chromium (or CHROMIUM_PATH). Run: `npm run test:e2e`.
 */
import assert from 'node:assert/strict';
import { screenshot } from './browser';
import { EXIT_MS, REPLY_MS, STARTUP_MS, usePlayground } from './startPlayground';

/** The question a user asks, the fact its answer must quote, and what its "Sources" section must name. */
const QUESTION = 'What is the pass criterion for the brake fade test?';
const EXPECTED_FACT = /at least 75 % of the cold-effectiveness value/;
const EXPECTED_SOURCE_TITLE = /Brake System Validation Standard \(NES-BRK-004\)/;
/** Only in the Velora-confidential TORRENTE launch plan, which the Playground's default user may not read. */
const RESTRICTED_QUESTION = 'What is the target price of the Velora TORRENTE?';
const RESTRICTED_FACT = /189,000/;

/** Text of a card after its "Sources" heading (empty when the card has none). */
const sourcesSection = (cardText: string): string => /\bSources\b([\s\S]*)$/.exec(cardText)?.[1] ?? '';

describe('npm start + Agents Playground (browser)', function () {
  this.timeout(STARTUP_MS + 6 * REPLY_MS);
  const playground = usePlayground({ tmpPrefix: 'e2e-data-' });

  it('answers the brake fade question with a cited card naming the source', async () => {
    const card = await playground.ui.ask(QUESTION, REPLY_MS);
    const text = await card.innerText();
    await screenshot(playground.ui.page, 'playground-answer');
    assert.match(text, /\[1\]/, `no [1] citation marker in the card:\n${text}`);
    assert.match(text, EXPECTED_FACT, `the answer does not quote the pass criterion:\n${text}`);
    assert.match(sourcesSection(text), EXPECTED_SOURCE_TITLE, `no matching source under "Sources":\n${text}`);
    // The message's citation entities and AI label survive serialization and render as Teams renders them.
    assert.ok((await playground.ui.page.locator('.fai-Citation').count()) > 0, 'no citation pill rendered');
    assert.ok(
      (await playground.ui.page.locator('.fai-AiGeneratedDisclaimer').count()) > 0,
      'no AI-generated label rendered',
    );
  });

  it('never shows the default user a fact from a document they may not read', async () => {
    const card = await playground.ui.ask(RESTRICTED_QUESTION, REPLY_MS);
    const text = await card.innerText();
    await screenshot(playground.ui.page, 'playground-restricted');
    assert.doesNotMatch(text, RESTRICTED_FACT, `restricted fact shown:\n${text}`);
    assert.doesNotMatch(text, /TORRENTE – Confidential Launch Plan/, `restricted source cited:\n${text}`);
  });

  it('shows a help card whose first example button brings an answer card', async () => {
    const help = await playground.ui.ask('help', REPLY_MS);
    const buttons = help.getByRole('button');
    assert.ok((await buttons.count()) > 0, `help card has no buttons:\n${await help.innerText()}`);
    await buttons.first().click();
    try {
      const answer = playground.ui.cardAfter(help);
      await answer.waitFor({ timeout: REPLY_MS });
      const text = await answer.innerText();
      assert.match(text, /\[1\]/, `the example did not bring an answer card:\n${text}`);
      assert.match(sourcesSection(text), EXPECTED_SOURCE_TITLE, `unexpected sources:\n${text}`);
    } catch (error) {
      await screenshot(playground.ui.page, 'playground-example');
      const errors = playground.ui.pageErrors.length
        ? `\nPage errors: ${playground.ui.pageErrors.join(' | ')}`
        : '';
      throw new Error(`${(error as Error).message.split('\n')[0]}${errors}`);
    }
    await screenshot(playground.ui.page, 'playground-example');
  });

  it('files a ticket: prefilled form, the user edits the title, confirms, and sees the ticket number', async () => {
    const form = await playground.ui.ask('open a ticket: the CAN simulator in lab 3 is down', REPLY_MS);
    const title = form.getByRole('textbox').first();
    assert.match(await title.inputValue(), /CAN simulator in lab 3 is down/i);
    await title.fill('CAN simulator in lab 3 is down since 08:00');
    await screenshot(playground.ui.page, 'playground-ticket-form');
    await form.getByRole('button', { name: 'File ticket' }).click();
    await form
      .getByText(/Ticket\s*#?\s*\d+/)
      .first()
      .waitFor({ timeout: REPLY_MS });
    const text = await form.innerText();
    await screenshot(playground.ui.page, 'playground-ticket-filed');
    assert.match(text, /since 08:00/, `the filed ticket lacks the edited title:\n${text}`);
  });

  it('drafts a cited report and exports it after the user confirms', async () => {
    const preview = await playground.ui.ask('draft a report on brake system validation', REPLY_MS);
    const text = await preview.innerText();
    assert.match(text, /\[1\]/, `no citation in the report preview:\n${text}`);
    assert.match(
      text,
      /Brake System Validation Standard/,
      `the report does not cite the brake standard:\n${text}`,
    );
    await screenshot(playground.ui.page, 'playground-report-preview');
    await preview.getByRole('button', { name: 'Export', exact: true }).click();
    await preview
      .getByText(/exported/i)
      .first()
      .waitFor({ timeout: REPLY_MS });
    const exported = await preview.innerText();
    await screenshot(playground.ui.page, 'playground-report-exported');
    assert.match(exported, /\.docx|Word/i, `no .docx download offered:\n${exported}`);
  });

  it('exits with code 0 within 10 s on Ctrl-C (SIGINT)', async () => {
    assert.ok(playground.product, 'playground.product not started');
    const code = await playground.product.interrupt(EXIT_MS);
    assert.equal(code, 0, `exit: ${code}\n${playground.product.output.slice(-20).join('\n')}`);
  });
});
