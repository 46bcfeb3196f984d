/**
 * End to end, as a user: the message extension in the Agents Playground against `npm start` (real corpus, real
 * bot). The Playground reads no app manifest, so the command ids and the search parameter are typed into its
 * "Specify Command ID or Parameter" panel, exactly as a user of the Playground does. Screenshots go to
 * `test-results/`. Needs /usr/bin/chromium (or CHROMIUM_PATH). Run: `npm run test:e2e`.
 */
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { screenshot } from './browser';
import { PlaygroundPage } from './PlaygroundPage';
import type { RunningProduct } from './startProduct';
import { REPLY_MS, STARTUP_MS, startPlaygroundProduct, type PlaygroundProduct } from './startPlayground';

/** The Playground's message-extension UI (0.2.x), found by inspecting its DOM. */
class MessageExtensionUi {
  constructor(readonly page: Page) {}

  /** Opens the search command from the compose box and names the command and its parameter. */
  async openSearch(commandId: string, parameter: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await this.page.getByRole('menuitem', { name: 'Search Command' }).click();
    await this.page.getByText('Specify Command ID or Parameter').click();
    await this.page.getByPlaceholder('Command ID').fill(commandId);
    await this.page.getByPlaceholder('Parameter name').fill(parameter);
  }

  /** Types a search; results are the headings (`h1`) of the result list. */
  async search(text: string): Promise<void> {
    await this.page.getByPlaceholder('Enter a search term').fill(text);
  }

  result(title: RegExp): Locator {
    return this.page.locator('h1').filter({ hasText: title }).first();
  }

  /** Runs an action command on `message` (its "…" menu), fetching the dialog from the bot. */
  async runMessageAction(message: Locator, commandId: string): Promise<Locator> {
    await message
      .locator('xpath=preceding-sibling::*[1]')
      .getByRole('button', { name: 'Show more information' })
      .click();
    await this.page.getByRole('menuitem', { name: 'Action Command' }).click();
    const setup = this.page.getByRole('dialog');
    await setup.getByPlaceholder('Input command id or leave blanks').fill(commandId);
    await setup.getByRole('button', { name: 'Create' }).click();
    return this.page.getByRole('dialog');
  }

  /** A card inserted into the compose box (any rendered card outside the message list). */
  composeCard(text: RegExp): Locator {
    return this.page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: text })
      .and(this.page.locator(':not(.fai-OutputCard .ac-adaptiveCard)'));
  }
}

describe('message extension in the Agents Playground (browser)', function () {
  this.timeout(STARTUP_MS + 6 * REPLY_MS);
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;
  let ui: PlaygroundPage;
  let me: MessageExtensionUi;
  let started: PlaygroundProduct | undefined;

  before(async () => {
    started = await startPlaygroundProduct({ tmpPrefix: 'e2e-me-' });
    ({ product, browser } = started);
  });
  beforeEach(async () => {
    if (!browser || !product) throw new Error('the product or the browser did not start');
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    ui = new PlaygroundPage(page);
    me = new MessageExtensionUi(page);
    await ui.open(product.playgroundUrl);
  });
  afterEach(async () => {
    await ui.page.close();
  });
  after(() => started?.close());

  it('searches the knowledge base, lists results and inserts the picked one as a card', async () => {
    await me.openSearch('searchKnowledge', 'query');
    await me.search('brake fade');
    const result = me.result(/Brake System Validation Standard \(NES-BRK-004\)/);
    await result.waitFor({ timeout: REPLY_MS });
    await screenshot(ui.page, 'playground-me-search');
    await result.click();
    const card = me.composeCard(/Brake System Validation Standard/);
    await card.waitFor({ timeout: REPLY_MS });
    await screenshot(ui.page, 'playground-me-search-picked');
    assert.match(await card.innerText(), /Open document/);
    assert.deepEqual(ui.pageErrors, []);
  });

  it('never lists a document the user may not read', async () => {
    await me.openSearch('searchKnowledge', 'query');
    await me.search('Torrente');
    // A readable standard that names the programme is listed; the Velora-confidential launch plan is not.
    await me.result(/Crash Safety Internal Targets/).waitFor({ timeout: REPLY_MS });
    await screenshot(ui.page, 'playground-me-search-restricted');
    assert.equal(await me.result(/TORRENTE.*Launch Plan/i).count(), 0);
  });

  it('files a ticket from a message: prefilled dialog, edit, confirm, filed card in the compose box', async () => {
    const text = 'The CAN simulator in lab 3 is down again since this morning';
    await ui.ask(text, REPLY_MS);
    const dialog = await me.runMessageAction(ui.userMessages(text).first(), 'fileTicketFromMessage');
    const title = dialog.getByRole('textbox', { name: /Title/ });
    await title.waitFor({ timeout: REPLY_MS });
    assert.equal(await title.inputValue(), text);
    await screenshot(ui.page, 'playground-me-ticket-dialog');
    await title.fill('CAN simulator in lab 3 is down');
    await dialog.getByRole('button', { name: 'File ticket' }).click();
    const filed = me.composeCard(/Ticket \d+ filed/);
    await filed.waitFor({ timeout: REPLY_MS });
    await screenshot(ui.page, 'playground-me-ticket-filed');
    assert.match(await filed.innerText(), /CAN simulator in lab 3 is down/);
    await ui.page.getByRole('dialog').waitFor({ state: 'detached', timeout: REPLY_MS });
  });
});
