import type { FakeEntra } from './fakeEntra';

/** The bot's app id in the plugin API fixtures' configuration. */
export const APP_ID = '11111111-2222-3333-4444-555555555555';
/** The tenant the fake Entra signs for and the plugin API serves. */
export const TENANT = '66666666-7777-8888-9999-000000000000';
/** The plugin API's audience (Entra tokens). */
export const AUDIENCE = `api://bot.example.com/${APP_ID}`;

/**
 * Configuration (environment names) of a bot in authenticated mode whose plugin API checks Entra tokens
 * against `entra`'s loopback JWKS: app id `APP_ID` of tenant `TENANT`, audience `AUDIENCE`, public URL
 * `https://bot.example.com`. With `tenantCheck`, the plugin API also refuses tokens of other tenants
 * (`PLUGIN_API_TENANT_ID`).
 */
export function pluginApiEnv(
  entra: FakeEntra,
  options: { tenantCheck?: boolean } = {},
): Record<string, string> {
  return {
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppTenantId: TENANT,
    PUBLIC_BASE_URL: 'https://bot.example.com',
    PLUGIN_API_AUDIENCE: AUDIENCE,
    ...(options.tenantCheck ? { PLUGIN_API_TENANT_ID: TENANT } : {}),
    PLUGIN_API_JWKS_URL: entra.jwksUrl,
    PLUGIN_API_ISSUER: entra.issuer,
  };
}
