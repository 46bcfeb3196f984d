import type { SkillCatalog } from '../../skills/SkillCatalog';
import { mcpTools, toolListing, type SkillTool } from '../../skills/surfaces/mcpTools';
import { functionCapabilities } from './functionCapabilities';
import { isObject, type Json } from './jsonPath';

/** The runtime the declarative agent's plugin uses: the plugin API (`openapi`, default) or the MCP endpoint. */
export type PluginRuntime = 'openapi' | 'mcp';

/** Where the MCP runtime points: the bot's `/mcp`, filled per environment like the OpenAPI spec's server. */
export const MCP_SERVER_URL = '${{BOT_ENDPOINT}}/mcp';

/**
 * The API plugin manifest `plugin` (the OpenAPI template in `appPackage/ai-plugin.json`) turned into its
 * `RemoteMCPServer` variant, everything generated from the skill catalog: one runtime of type
 * `RemoteMCPServer` with the OpenAPI runtime's `auth` (the same Entra OAuth registration), `spec.url`
 * `MCP_SERVER_URL` and the tools inline (`mcp_tool_description.tools`, exactly what `tools/list` answers a
 * client without elicitation, so Copilot needs no discovery call), and one function per tool. A confirm tool's
 * function asks the user in an Adaptive Card before Copilot calls it (`capabilities.confirmation`), as the
 * OpenAPI variant's confirm operations do. Names, descriptions and policy URLs are kept. Throws when the
 * template has no runtime to take `auth` from.
 */
export function mcpPlugin(plugin: Json, catalog: SkillCatalog): Json {
  if (!isObject(plugin)) throw new Error('the plugin manifest is not a JSON object');
  const runtimes = Array.isArray(plugin.runtimes) ? plugin.runtimes : [];
  const template = runtimes.find(isObject);
  if (!template || !isObject(template.auth)) throw new Error('the plugin manifest has no runtime with auth');
  const tools = mcpTools(catalog, 'confirmTool');
  return {
    ...plugin,
    functions: tools.map(functionFor),
    runtimes: [
      {
        type: 'RemoteMCPServer',
        auth: template.auth,
        spec: {
          url: MCP_SERVER_URL,
          mcp_tool_description: { tools: JSON.parse(JSON.stringify(tools.map(toolListing))) as Json },
        },
        run_for_functions: tools.map((tool) => tool.name),
      },
    ],
  };
}

function functionFor(tool: SkillTool): Json {
  return {
    name: tool.name,
    description: tool.description,
    capabilities: functionCapabilities(tool.title, tool.confirm),
  };
}
