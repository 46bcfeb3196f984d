import type { OpenAPIV3 } from 'openapi-types';
import { openApiSpec } from '../../skills/surfaces/openApiSpec';
import type { SkillCatalog } from '../../skills/SkillCatalog';
import { isObject, type Json } from './jsonPath';
import { pluginFunctions, skillOperations } from './pluginFunctions';

/** Files of the app package that `npm run package` generates from the skill registry (paths inside `appPackage/`). */
export const GENERATED = {
  spec: 'apiSpecificationFile/openapi.json',
  plugin: 'ai-plugin.json',
} as const;

/**
 * Templates whose example-driven parts `npm run package` regenerates from the skill registry (the examples of the
 * organisation profile): the manifest's bot command lists and search sample prompts, the agent's starters.
 */
export const REGENERATED_TEMPLATES = {
  manifest: 'manifest.json',
  agent: 'declarativeAgent.json',
} as const;

/** Name of the OAuth scheme in the spec; the Agents Toolkit's `oauth/register` step uses the same name. */
export const OAUTH_SCHEME = 'oauth2';

/**
 * The plugin API's OpenAPI document as packaged, with Agents Toolkit placeholders filled per environment:
 * server `${{BOT_ENDPOINT}}`, and Entra ID's authorization-code endpoints for tenant `${{AAD_APP_TENANT_ID}}`
 * with the API's `access_as_user` scope (the identifier URI `api://${{BOT_DOMAIN}}/botid-${{BOT_ID}}` of
 * `aad.manifest.json`). Operations keep only the `oauth2` requirement: Copilot's plugin vault and the Toolkit
 * handle one auth scheme per operation, and it carries the same Entra bearer token `bearerAuth` describes.
 */
export function packagedSpec(registry: SkillCatalog): OpenAPIV3.Document {
  const authority = 'https://login.microsoftonline.com/${{AAD_APP_TENANT_ID}}/oauth2/v2.0';
  const scope = 'api://${{BOT_DOMAIN}}/botid-${{BOT_ID}}/access_as_user';
  const spec = openApiSpec(registry, {
    serverUrl: '${{BOT_ENDPOINT}}',
    oauth2: {
      authorizationUrl: `${authority}/authorize`,
      tokenUrl: `${authority}/token`,
      scopes: { [scope]: 'Use ${{APP_DISPLAY_NAME}} as the signed-in user' },
    },
  });
  return { ...spec, security: [{ [OAUTH_SCHEME]: [scope] }] };
}

/**
 * `plugin` (the API plugin manifest) with its generated parts replaced from `spec`: `functions` (one per
 * operation, see `pluginFunctions`) and `run_for_functions` of every `OpenApi` runtime. Everything else
 * (names, descriptions, auth, `spec.url`) is kept as written. Throws when the spec runs an unknown skill.
 */
export function regeneratePlugin(plugin: Json, spec: OpenAPIV3.Document, registry: SkillCatalog): Json {
  if (!isObject(plugin)) throw new Error('the plugin manifest is not a JSON object');
  const functions = pluginFunctions(skillOperations(spec, registry.list()));
  const names = functions.map((fn) => (isObject(fn) ? fn.name : null));
  const runtimes = Array.isArray(plugin.runtimes) ? plugin.runtimes : [];
  return {
    ...plugin,
    functions,
    runtimes: runtimes.map((runtime) =>
      isObject(runtime) && runtime.type === 'OpenApi' ? { ...runtime, run_for_functions: names } : runtime,
    ),
  };
}
