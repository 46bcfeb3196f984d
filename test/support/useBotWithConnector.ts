import { startFixtureBot } from './botFixture';
import { postActivity } from './postActivity';
import { suiteResource } from './suiteResource';

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
  const runningBot = suiteResource(
    'the fixture bot',
    () => startFixtureBot(botOptions),
    (bot) => bot.stop(),
  );
  const runningConnector = suiteResource(
    'the connector',
    async () => {
      const connector = await startConnector();
      ready?.(connector);
      return connector;
    },
    (connector) => connector.stop(),
  );
  return {
    get fixture() {
      return runningBot();
    },
    get connector() {
      return runningConnector();
    },
    send: async (activity) => {
      const response = await postActivity(runningBot().baseUrl, {
        ...activity,
        deliveryMode: undefined,
        serviceUrl: runningConnector().serviceUrl,
      });
      return response.status;
    },
  };
}
