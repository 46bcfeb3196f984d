import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import type { SkillContext, SkillUser } from '../../skills/SkillDescriptor';
import { mcpTools, toolListing, type ConfirmationRoute } from '../../skills/surfaces/mcpTools';
import { runSkillTool, type SkillToolDeps } from './runSkillTool';

/** How long a tool call waits for the user to answer a confirmation form (10 minutes); then nothing is done. */
export const ELICITATION_TIMEOUT_MS = 10 * 60_000;

/** Version this server reports in `initialize` (the MCP surface's own, not the app's). */
const SERVER_VERSION = '1.0.0';

/**
 * The MCP server of one session, acting for `user()` (the session's user as resolved for the latest request:
 * every request of a session must carry a token of the user who opened it, see `McpSessions`). It offers tools only:
 * `tools/list` is `mcpTools(registry, route)` and `tools/call` runs `runSkillTool` with surface and planner
 * `mcp`, so it reaches exactly what the plugin API reaches. The confirmation route is chosen from the
 * capabilities the client declared at `initialize`: form elicitation -> the server asks the user
 * (`elicitation`); otherwise confirm tools are listed (`confirmTool`). A call naming no skill tool is a
 * JSON-RPC `InvalidParams` error.
 */
export function createMcpServer(
  deps: SkillToolDeps & { readonly name: string },
  user: () => SkillUser,
): Server {
  const server = new Server(
    { name: deps.name, version: SERVER_VERSION },
    {
      capabilities: { tools: {} },
      instructions:
        'Answer questions about the organisation only from askKnowledge results, keeping their [n] citation markers. Tools that file or export something only propose; the user confirms before anything happens.',
    },
  );
  const route = (): ConfirmationRoute =>
    server.getClientCapabilities()?.elicitation?.form ? 'elicitation' : 'confirmTool';
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: mcpTools(deps.registry, route()).map((tool) => toolListing(tool) as Tool),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const mode = route();
    // Confirm tools are callable in every session (a static tool list, as in the app package, may name them);
    // on an elicitation session no token ever reaches the model, so there is nothing to pass them.
    const tool = mcpTools(deps.registry, 'confirmTool').find((t) => t.name === request.params.name);
    if (!tool)
      throw new McpError(ErrorCode.InvalidParams, 'Unknown tool: call tools/list for the tools offered.');
    const context: SkillContext = { user: user(), surface: 'mcp', planner: 'mcp' };
    const askUser =
      mode === 'elicitation'
        ? (form: Parameters<Server['elicitInput']>[0]) =>
            // On the call's own SSE stream: this server offers no standalone stream.
            server.elicitInput(form, { timeout: ELICITATION_TIMEOUT_MS, relatedRequestId: extra.requestId })
        : undefined;
    return runSkillTool(deps, tool, request.params.arguments, context, askUser);
  });
  return server;
}
