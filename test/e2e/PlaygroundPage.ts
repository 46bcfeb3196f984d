import type { Locator, Page } from 'playwright-core';

/**
 * Selectors for the Microsoft 365 Agents Playground 0.2.x UI, found by inspecting its DOM:
 * - compose box: the only `role=textbox` (a Lexical contenteditable); Enter sends.
 * - each bot message bubble: `.fai-OutputCard` (Fluent AI); scoping to it avoids the chat-list preview,
 *   which repeats the last message's text.
 * - a rendered Adaptive Card: `.ac-adaptiveCard` inside a bubble; its buttons are `role=button` (Submit,
 *   Execute, ToggleVisibility) or `role=link` (OpenUrl, title = URL); markdown links are `<a href>`.
 * - a user's message bubble: the `div` right after a `[aria-label="Message header"]` whose whole text is the message.
 * - citation pills (from `entities` citations in message text): `.fai-Citation`; AI label: `.fai-AiGeneratedDisclaimer`.
 * - the conversation list (left): each chat or channel is a clickable item whose name is its exact text (a chat's
 *   item also shows a preview line below the name).
 * - in a group chat or channel the Playground forwards a message to the bot only when it @mentions the bot: typing
 *   `@` in the compose box opens a picker whose entries are `role=menuitem` named after the bot and the users; the
 *   sent bubble then reads "<bot name> <text>".
 */
export class PlaygroundPage {
  /** Uncaught errors thrown in the page (e.g. by the playground's card action handling). */
  readonly pageErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
  }

  get composeBox(): Locator {
    return this.page.getByRole('textbox');
  }

  get botMessages(): Locator {
    return this.page.locator('.fai-OutputCard');
  }

  get cards(): Locator {
    return this.page.locator('.fai-OutputCard .ac-adaptiveCard');
  }

  /** Opens `url` and waits (bounded by `timeoutMs`) for the compose box. */
  async open(url: string, timeoutMs = 30000): Promise<void> {
    await this.page.goto(url);
    await this.composeBox.waitFor({ timeout: timeoutMs });
  }

  /** Types `text` into the compose box and presses Enter. */
  async send(text: string): Promise<void> {
    await this.composeBox.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Opens the chat or channel named exactly `name` in the conversation list (bounded by `timeoutMs`). */
  async openConversation(name: string, timeoutMs = 10000): Promise<void> {
    await this.page.getByText(name, { exact: true }).first().click({ timeout: timeoutMs });
  }

  /**
   * In a group chat or channel: types `@`, picks `botName` from the mention picker, types `text`, presses Enter,
   * waits for the bubble "<botName> <text>", then for the first Adaptive Card after it (bounded by `timeoutMs`).
   * Returns that card.
   */
  async askMentioning(botName: string, text: string, timeoutMs: number): Promise<Locator> {
    const bubbles = this.userMessages(`${botName} ${text}`);
    const before = await bubbles.count();
    await this.composeBox.click();
    await this.page.keyboard.type('@');
    await this.page.getByRole('menuitem', { name: botName }).click({ timeout: timeoutMs });
    await this.page.keyboard.type(` ${text}`);
    await this.page.keyboard.press('Enter');
    const mine = bubbles.nth(before);
    await mine.waitFor({ timeout: timeoutMs });
    const card = this.cardAfter(mine);
    await card.waitFor({ timeout: timeoutMs });
    return card;
  }

  /** The user's message bubbles whose text is exactly `text`, oldest first. */
  userMessages(text: string): Locator {
    const exact = new RegExp(
      `^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\s*$`,
    );
    return this.page.locator('[aria-label="Message header"] + div').filter({ hasText: exact });
  }

  /** The first Adaptive Card rendered after `anchor` in page order (a bot reply to it). */
  cardAfter(anchor: Locator): Locator {
    return anchor.locator(`xpath=following::div[${hasClass('ac-adaptiveCard')}]`).first();
  }

  /**
   * Sends `text`, waits for its bubble, then for the first Adaptive Card after it (bounded by `timeoutMs`), so a
   * welcome card that lands late is never mistaken for the reply. Returns that card.
   */
  async ask(text: string, timeoutMs: number): Promise<Locator> {
    const before = await this.userMessages(text).count();
    await this.send(text);
    const mine = this.userMessages(text).nth(before);
    await mine.waitFor({ timeout: timeoutMs });
    const card = this.cardAfter(mine);
    await card.waitFor({ timeout: timeoutMs });
    return card;
  }
}

const hasClass = (name: string): string => `contains(concat(' ', normalize-space(@class), ' '), ' ${name} ')`;
