import { startFixtureBot } from './botFixture';

/** The running fixture bot (`startFixtureBot`). */
export type FixtureBot = Awaited<ReturnType<typeof startFixtureBot>>;

/** The bot and loopback connector of the enclosing suite, readable once its `before` hook has run. */
export interface BotWithConnector<C> {
  readonly fixture: FixtureBot;
  readonly connector: C;
  /**
   * POSTs `activity` to the bot's `/api/messages` with the connector's `serviceUrl` (and no `expectReplies`
   * delivery mode), so the bot posts its replies to the connector; resolves with the HTTP status.
   */
  send(activity: Record<string, unknown>): Promise<number>;
}

/**
 * Registers the enclosing `describe`'s `before` and `after` hooks: starts the fixture bot (`botOptions`) and a
 * loopback Bot Connector (`startConnector`), then runs `ready` (e.g. to serve a roster); stops both after.
 * Replies the bot posts go to the connector when an activity names its `serviceUrl`.
 */
export function useBotWithConnector<C extends { readonly serviceUrl: string; stop(): Promise<void> }>(
  startConnector: () => Promise<C>,
  botOptions?: Parameters<typeof startFixtureBot>[0],
  ready?: (connector: C) => void,
): BotWithConnector<C> {
  let fixture: FixtureBot | undefined;
  let connector: C | undefined;
  before(async () => {
    fixture = await startFixtureBot(botOptions);
    connector = await startConnector();
    ready?.(connector);
  });
  after(async () => {
    await fixture?.stop();
    await connector?.stop();
  });
  const runningBot = (): FixtureBot => {
    if (!fixture) throw new Error('the fixture bot has not started (read it inside a test or hook)');
    return fixture;
  };
  const runningConnector = (): C => {
    if (!connector) throw new Error('the connector has not started (read it inside a test or hook)');
    return connector;
  };
  return {
    get fixture() {
      return runningBot();
    },
    get connector() {
      return runningConnector();
    },
    send: async (activity) => {
      const response = await fetch(`${runningBot().baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...activity,
          deliveryMode: undefined,
          serviceUrl: runningConnector().serviceUrl,
        }),
      });
      return response.status;
    },
  };
}
