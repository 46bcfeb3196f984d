import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { OpenAPIV3 } from 'openapi-types';
import { AppError } from '../../skills/errors/AppError';
import type { SkillUser } from '../../skills/SkillDescriptor';
import { openApiSpec } from '../../skills/surfaces/openApiSpec';
import type { Services } from '../compose';
import { pluginCaller, type PluginAuth } from '../http/pluginCaller';
import { requestId } from '../http/requestId';
import { parseJson, readBody } from '../http/readBody';
import { createMcpServer } from './createMcpServer';
import { McpSessions, type McpSession, type McpSessionsOptions } from './McpSessions';
import { mcpChallenge } from './protectedResource';

export interface McpEndpoint {
  /** Answers one request to `/mcp`; throws AppErrors for the server to send in the one error shape. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Closes every open session (server shutdown). */
  close(): Promise<void>;
  /** Open sessions (tests, diagnostics). */
  readonly sessions: McpSessions;
}

/**
 * `POST /mcp` and `DELETE /mcp`: the skill registry as an MCP server over Streamable HTTP (the SDK's
 * `StreamableHTTPServerTransport`, session mode, responses as SSE so a tool call can ask the user through
 * elicitation on its own stream). Order of checks, before the SDK sees anything: method (GET and others
 * 405: no standalone server-to-client stream is offered), caller exactly as the plugin API (`pluginCaller`
 * with the shared `auth`: Entra token, or loopback in local mode; 401 `unauthorized` with
 * `WWW-Authenticate: Bearer resource_metadata=...`, see `mcpChallenge`), then the body through the same
 * checks as every route (256 KB `payload_too_large`, nesting `too_deeply_nested`, `invalid_json`; the
 * server already required `application/json`). A request naming a session (`Mcp-Session-Id`) must be the
 * session's user's (404 `not_found` otherwise, as for an unknown or expired one: the client then opens a
 * new session); a request naming none opens one, kept only when it was an `initialize`. The SDK then
 * answers the JSON-RPC itself (406 without `Accept: application/json, text/event-stream`, 400 for
 * non-JSON-RPC, JSON-RPC errors for protocol faults). Every request re-reads the user's principals, so a
 * session follows group changes.
 */
export function createMcpEndpoint(
  services: Services,
  auth: PluginAuth,
  options: McpSessionsOptions = {},
): McpEndpoint {
  const { config, registry, log } = services;
  const sessions = new McpSessions(options);
  let spec: OpenAPIV3.Document | undefined;
  const deps = {
    registry,
    log,
    name: config.botName,
    spec: () => (spec ??= openApiSpec(registry, { serverUrl: config.publicBaseUrl })),
  };

  const open = async (user: SkillUser): Promise<McpSession> => {
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => crypto.randomUUID(),
      onsessioninitialized: (id) => sessions.add(id, session),
      onsessionclosed: (id) => sessions.remove(id),
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.remove(transport.sessionId);
    };
    transport.onerror = (error) => log.debug('MCP transport refused a message', { error: error.message });
    const server = createMcpServer(deps, () => session.user);
    const session: McpSession = { server, transport, userId: user.id, user, lastUsed: Date.now() };
    await server.connect(transport);
    return session;
  };

  return {
    sessions,
    close: () => sessions.closeAll(),
    async handle(req, res) {
      if (req.method !== 'POST' && req.method !== 'DELETE') {
        res.setHeader('allow', 'POST, DELETE');
        throw new AppError('method_not_allowed');
      }
      const events = {
        sink: services.securityEvents,
        correlationId: requestId(req),
        surface: 'mcp' as const,
      };
      const user = await pluginCaller(req, auth, services.directory, events).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'unauthorized')
          res.setHeader('www-authenticate', mcpChallenge(config, Boolean(req.headers.authorization)));
        throw error;
      });
      const body = req.method === 'POST' ? parseJson(await readBody(req)) : undefined;
      const sessionId = req.headers['mcp-session-id'];
      if (typeof sessionId === 'string') {
        const session = sessions.get(sessionId, user.id);
        if (!session) throw new AppError('not_found');
        session.user = user;
        await session.transport.handleRequest(req, res, body);
        return;
      }
      if (req.method !== 'POST') throw new AppError('not_found');
      const session = await open(user);
      await session.transport.handleRequest(req, res, body);
      if (session.transport.sessionId === undefined) await session.server.close();
    },
  };
}
