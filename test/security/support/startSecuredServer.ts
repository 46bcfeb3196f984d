import { startFakeBotFrameworkAuth, type FakeBotFrameworkAuth } from '../../support/fakeBotFrameworkAuth';
import { startFakeEntra, type FakeEntra } from '../../support/fakeEntra';
import { APP_ID, AUDIENCE, TENANT, pluginApiEnv } from '../../support/pluginApiEnv';
import { readThrough } from '../../support/readThrough';
import { suiteResource } from '../../support/suiteResource';
import { startTestServer, type TestServer, type TestServerOptions } from '../../support/startTestServer';

export { APP_ID, AUDIENCE, TENANT };
/** A tenant the secured server does not serve. */
export const OTHER_TENANT = '12345678-1234-1234-1234-123456789012';
/** The Bot Framework service URL the loopback channel signs into its tokens. */
export const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/** `startTestServer`'s options; the configuration and `channelAuth` are the secured server's own. */
export interface SecuredServerOptions extends Omit<TestServerOptions, 'env' | 'teams'> {
  /** Teams app options besides `channelAuth`, which is always the loopback channel's. */
  readonly teams?: Omit<NonNullable<TestServerOptions['teams']>, 'channelAuth'>;
}

export interface SecuredServer extends TestServer {
  /** Loopback Bot Framework OpenID configuration and keys; mints channel tokens. */
  readonly channel: FakeBotFrameworkAuth;
  /** Loopback Entra JWKS; mints plugin API tokens. */
  readonly entra: FakeEntra;
  /** Closes the server, the services and both loopback identity servers, and removes the temporary folder. */
  close(): Promise<void>;
}

/**
 * Starts the real HTTP server in authenticated mode on a loopback port (`startTestServer`): the fixture corpus
 * and directory, Bot Framework validation against a loopback OpenID configuration and the plugin API's Entra
 * verifier against a loopback JWKS (one tenant, `TENANT`), so tests can mint forged, foreign and valid tokens.
 */
export async function startSecuredServer(options: SecuredServerOptions): Promise<SecuredServer> {
  const channel = await startFakeBotFrameworkAuth({ appId: APP_ID, serviceUrl: SERVICE_URL });
  const entra = await startFakeEntra({ tenantId: TENANT, audience: AUDIENCE });
  const started = await startTestServer({
    ...options,
    env: pluginApiEnv(entra, { tenantCheck: true }),
    teams: { ...options.teams, channelAuth: channel.channelAuth },
  });
  return {
    ...started,
    channel,
    entra,
    async close() {
      await started.close();
      await channel.close();
      await entra.close();
    },
  };
}

/**
 * Mocha hooks: `startSecuredServer(options)` before the suite's tests, closed after them. The returned object
 * names the running server's URL and loopback identity servers (it throws before the server has started).
 */
export function useSecuredServer(
  options: SecuredServerOptions,
): Pick<SecuredServer, 'baseUrl' | 'channel' | 'entra'> {
  const started = suiteResource(
    'the secured server',
    () => startSecuredServer(options),
    (server) => server.close(),
  );
  return readThrough(started);
}
