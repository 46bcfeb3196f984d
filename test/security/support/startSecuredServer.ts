import { startFakeBotFrameworkAuth, type FakeBotFrameworkAuth } from '../../support/fakeBotFrameworkAuth';
import { startFakeEntra, type FakeEntra } from '../../support/fakeEntra';
import { startTestServer, type TestServer, type TestServerOptions } from '../../support/startTestServer';

/** The bot's app id (Bot Framework audience) in the secured server's config. */
export const APP_ID = '11111111-2222-3333-4444-555555555555';
/** The one tenant the secured server serves (bot and plugin API). */
export const TENANT = '66666666-7777-8888-9999-000000000000';
/** A tenant the secured server does not serve. */
export const OTHER_TENANT = '12345678-1234-1234-1234-123456789012';
/** The plugin API's audience (Entra tokens). */
export const AUDIENCE = `api://bot.example.com/${APP_ID}`;
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
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: TENANT,
      PUBLIC_BASE_URL: 'https://bot.example.com',
      PLUGIN_API_AUDIENCE: AUDIENCE,
      PLUGIN_API_TENANT_ID: TENANT,
      PLUGIN_API_JWKS_URL: entra.jwksUrl,
      PLUGIN_API_ISSUER: entra.issuer,
    },
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
