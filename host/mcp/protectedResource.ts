import type { AppConfig } from '../config/loadConfig';

/** Path of the MCP endpoint. */
export const MCP_PATH = '/mcp';

/** RFC 9728 well-known path; the path-suffixed form (`.../mcp`) names the MCP endpoint's own resource. */
export const PROTECTED_RESOURCE_PATH = '/.well-known/oauth-protected-resource';

/** True for the two paths the metadata is served at (the root form and the one suffixed with `/mcp`). */
export function isProtectedResourcePath(pathname: string): boolean {
  return pathname === PROTECTED_RESOURCE_PATH || pathname === `${PROTECTED_RESOURCE_PATH}${MCP_PATH}`;
}

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728) of the MCP endpoint, so clients discover where to get a
 * token: `resource` = `PUBLIC_BASE_URL/mcp`, the configured authorization server (the tenant's Entra v2
 * authority by default) and scopes, bearer tokens in the header only. Undefined in local mode (no auth).
 */
export function protectedResourceMetadata(config: AppConfig): Record<string, unknown> | undefined {
  if (!config.pluginApi) return undefined;
  return {
    resource: `${config.publicBaseUrl}${MCP_PATH}`,
    authorization_servers: [config.pluginApi.authorizationServer],
    scopes_supported: [...config.pluginApi.scopes],
    bearer_methods_supported: ['header'],
    resource_name: config.botName,
  };
}

/**
 * The `WWW-Authenticate` value of a 401 from the MCP endpoint (RFC 6750 + RFC 9728 section 5.1): `Bearer` with
 * the metadata URL in `resource_metadata` and the scopes to ask for; `error="invalid_token"` when a
 * credential was presented. Local mode (no metadata): `Bearer realm="mcp"`.
 */
export function mcpChallenge(config: AppConfig, presented: boolean): string {
  if (!config.pluginApi) return 'Bearer realm="mcp"';
  const parts = [
    `resource_metadata="${config.publicBaseUrl}${PROTECTED_RESOURCE_PATH}${MCP_PATH}"`,
    `scope="${config.pluginApi.scopes.join(' ')}"`,
    ...(presented ? ['error="invalid_token"'] : []),
  ];
  return `Bearer ${parts.join(', ')}`;
}
