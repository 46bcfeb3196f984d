import { startFixtureBot } from './botFixture';
import { readThrough } from './readThrough';
import { suiteResource } from './suiteResource';
import type { FixtureBot } from './useBotWithConnector';

/**
 * Call inside a `describe`: the fixture bot (`startFixtureBot(options)`) started before its tests and stopped
 * after them. The returned object reads through to the running bot (reading it before the hook has run throws).
 */
export function useFixtureBot(options?: Parameters<typeof startFixtureBot>[0]): FixtureBot {
  return readThrough(
    suiteResource(
      'the fixture bot',
      () => startFixtureBot(options),
      (bot) => bot.stop(),
    ),
  );
}
