import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { AppError } from '../../skills/errors/AppError';
import type { Services } from '../compose';
import { createMcpEndpoint, type McpEndpoint } from '../mcp/createMcpEndpoint';
import { isProtectedResourcePath, MCP_PATH, protectedResourceMetadata } from '../mcp/protectedResource';
import { withSpan } from '../../skills/telemetry/withSpan';
import { requestIdFrom, runWithRequestContext } from '../log/requestContext';
import { checkReadiness } from './checkReadiness';
import type { AdminSignIn } from './admin/authorizeAdmin';
import { isAdminPath, serveAdmin } from './admin/serveAdmin';
import { checkRequestOrigin } from './checkRequestOrigin';
import { createCallerAuth } from './createCallerAuth';
import type { PluginAuth } from './pluginCaller';
import { createPluginApi, isPluginApiPath } from './pluginApi';
import { parseJson, readBody } from './readBody';
import { sendError, sendJson } from './sendJson';
import { REQUEST_TIMEOUT_MS, withTimeout } from './withTimeout';
import { serveDocument } from './serveDocument';
import { serveReport } from './serveReport';
import { presentError } from '../errors/presentError';

/** The Bot Framework messaging route: the Azure Bot's endpoint is `https://<host>` + this. */
export const BOT_MESSAGES_PATH = '/api/messages';

/**
 * The Bot Framework turn, as the host sees it: the request body parsed as JSON (not yet validated) and the
 * `Authorization` header in; the HTTP status and, for invokes and `expectReplies`, the JSON body out. The SDK
 * adapter (`bot/`) implements it (`createBotEndpoint`); it validates, authenticates and runs the turn, and throws
 * `AppError`s the host turns into coded JSON errors. This is the whole seam a move to another Teams SDK rewrites.
 */
export type BotEndpoint = (
  body: unknown,
  authorization: string | undefined,
) => Promise<{ readonly status: number; readonly body?: unknown }>;

/**
 * The HTTP surface, built without listening (tests pass it to `listen(0)`). Routes:
 * `POST /api/messages` (Bot Framework: handed to `bot`, which parses, checks the tenant, authenticates and runs
 * the turn; the invoke or expectReplies response is the body), `GET /healthz`, `GET /docs` (document viewer) and
 * `GET /reports` (download of an exported report), both behind a signed short-lived link and, in authenticated
 * mode, Entra ID sign-in of the reader (`GET /auth/callback` completes it), the Copilot plugin API
 * (`POST /api/skills/...`, `GET /api/openapi.json|yaml`, see `createPluginApi`), the MCP endpoint (`POST|DELETE /mcp`, see
 * `createMcpEndpoint`; not bounded by `REQUEST_TIMEOUT_MS` as a whole, since a tool call may wait for the
 * user's confirmation, but each skill step is) and its OAuth protected-resource metadata
 * (`GET /.well-known/oauth-protected-resource[/mcp]`, RFC 9728; 404 in local mode). The plugin API and the
 * MCP endpoint share one caller authentication (`createCallerAuth`); so does the admin console (`GET /admin...`,
 * see `serveAdmin`) in production, unless `options.adminSignIn` replaces its sign-in (e.g. a browser session).
 * Every request is checked (`checkRequestOrigin`: loopback Host in local mode, no cross-site state changes;
 * every POST must be application/json) and parsed before any logic; every failure becomes a coded JSON
 * error; no request can throw out of the handler.
 */
export function createServer(
  services: Services,
  bot: BotEndpoint,
  options: { adminSignIn?: AdminSignIn } = {},
): http.Server {
  const auth = createCallerAuth(services);
  const pluginApi = createPluginApi(services, auth);
  const mcp = createMcpEndpoint(services, auth);
  const adminSignIn = options.adminSignIn ?? bearerSignIn(auth);
  const server = http.createServer((req, res) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    runWithRequestContext(requestId, () => {
      const started = performance.now();
      handle(services, bot, { pluginApi, mcp, adminSignIn }, req, res)
        .catch((error: unknown) => {
          // Refusals are in the access log (its status); only failures get their own line.
          sendError(res, presentError(services.log, error, 'request', undefined, false).error);
        })
        .finally(() => logRequest(services, req, res, started));
    });
  });
  server.on('close', () => void mcp.close());
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = 15_000;
  return server;
}

/** The default admin sign-in in production: the caller's Entra bearer token, as for the plugin API (its `oid`). */
function bearerSignIn(auth: PluginAuth): AdminSignIn | undefined {
  if (auth.kind !== 'entra') return undefined;
  return async (req) => (await auth.verify(req.headers.authorization).catch(() => undefined))?.userId;
}

async function handle(
  services: Services,
  bot: BotEndpoint,
  routes: {
    pluginApi: ReturnType<typeof createPluginApi>;
    mcp: McpEndpoint;
    adminSignIn: AdminSignIn | undefined;
  },
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  checkRequestOrigin(req, !services.config.auth);
  if (req.method === 'POST' && !/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    throw new AppError('unsupported_media_type');
  if (isPluginApiPath(url.pathname)) {
    await withSpan(
      'plugin.call',
      { 'http.method': req.method ?? '', 'http.route': url.pathname.slice(0, 200) },
      () => withTimeout(routes.pluginApi(req, res, url), REQUEST_TIMEOUT_MS),
      { kind: 'server' },
    );
    return;
  }
  if (url.pathname === MCP_PATH) {
    await withSpan('mcp.call', { 'http.method': req.method ?? '' }, () => routes.mcp.handle(req, res), {
      kind: 'server',
    });
    return;
  }
  if (isProtectedResourcePath(url.pathname)) {
    if (req.method !== 'GET') throw new AppError('method_not_allowed');
    const metadata = protectedResourceMetadata(services.config);
    if (!metadata) throw new AppError('not_found');
    sendJson(res, 200, metadata);
    return;
  }
  if (url.pathname === '/healthz') {
    if (req.method !== 'GET') throw new AppError('method_not_allowed');
    sendJson(res, 200, { status: 'ok', mode: services.config.auth ? 'authenticated' : 'local' });
    return;
  }
  if (url.pathname === '/readyz') {
    if (req.method !== 'GET') throw new AppError('method_not_allowed');
    const report = await checkReadiness(services.readiness);
    if (!report.ready) services.log.warn('not ready', { checks: report.checks, errors: report.errors });
    res.setHeader('cache-control', 'no-store');
    sendJson(res, report.ready ? 200 : 503, {
      status: report.ready ? 'ready' : 'not_ready',
      checks: report.checks,
    });
    return;
  }
  if (url.pathname === '/docs') {
    if (req.method !== 'GET') throw new AppError('method_not_allowed');
    await serveDocument(services, req, url, res);
    return;
  }
  if (url.pathname === '/reports') {
    if (req.method !== 'GET') throw new AppError('method_not_allowed');
    await serveReport(services, req, url, res);
    return;
  }
  if (url.pathname === '/auth/callback' && services.signIn) {
    if (req.method !== 'GET') throw new AppError('method_not_allowed');
    await withTimeout(services.signIn.completeSignIn(req, url, res), REQUEST_TIMEOUT_MS);
    return;
  }
  if (isAdminPath(url.pathname)) {
    await withTimeout(serveAdmin(services, routes.adminSignIn, req, res, url), REQUEST_TIMEOUT_MS);
    return;
  }
  if (url.pathname === BOT_MESSAGES_PATH) {
    if (req.method !== 'POST') throw new AppError('method_not_allowed');
    const reply = await bot(parseJson(await readBody(req)), req.headers.authorization);
    if (reply.body === undefined) {
      res.writeHead(reply.status);
      res.end();
    } else sendJson(res, reply.status, reply.body);
    return;
  }
  throw new AppError('not_found');
}

/** Paths whose requests are not access-logged: platform probes, every few seconds. */
const PROBE_PATHS = new Set(['/healthz', '/readyz']);

/**
 * One access-log line per request (info): method, path without its query (signed links carry tokens there),
 * status and duration. The correlation ids come from the request context.
 */
function logRequest(services: Services, req: IncomingMessage, res: ServerResponse, started: number): void {
  let pathname = '/';
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    pathname = '(unparsable)';
  }
  if (PROBE_PATHS.has(pathname) && res.statusCode < 500) return;
  services.log.info('request served', {
    method: req.method ?? '',
    path: pathname.slice(0, 200),
    status: res.statusCode,
    ms: Math.round((performance.now() - started) * 10) / 10,
  });
}
