import type { Services } from '../compose';
import type { PluginAuth } from './pluginCaller';
import { createEntraTokenVerifier } from './verifyEntraToken';

/**
 * How the plugin API and the MCP endpoint authenticate callers, from the config: Entra bearer tokens
 * validated locally (`createEntraTokenVerifier`, refusals logged as `security event: ... token refused`)
 * when PLUGIN_API_* is configured, else local mode (loopback callers act as LOCAL_USER_ID). Build one per
 * server and share it: the signing-key cache lives in it.
 */
export function createCallerAuth(services: Services): PluginAuth {
  const { config, log } = services;
  if (!config.pluginApi) return { kind: 'local', userId: config.localUserId };
  const { audience, tenantId, jwksUrl, issuer } = config.pluginApi;
  return {
    kind: 'entra',
    verify: createEntraTokenVerifier({
      audience,
      tenantId,
      jwksUrl,
      issuer,
      onRefused: (reason) => log.warn('plugin API token refused', { reason }),
    }),
  };
}
