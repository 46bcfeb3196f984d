import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Activity, Request as BotRequest, Response as BotResponse } from 'botbuilder';
import { AppError, toAppError } from '../../skills/errors/AppError';
import type { Services } from '../compose';
import { activityTenant } from '../teams/activityTenant';
import type { TeamsApp } from '../teams/createTeamsApp';
import { checkRequestOrigin } from './checkRequestOrigin';
import { parseActivity } from './parseActivity';
import { createPluginApi, isPluginApiPath } from './pluginApi';
import { parseJson, readBody } from './readBody';
import { sendError, sendJson } from './sendJson';
import { serveDocument } from './serveDocument';
import { serveReport } from './serveReport';

/** Longest time a request may take end to end before the server answers 503 and moves on. */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The HTTP surface, built without listening (tests pass it to `listen(0)`). Routes:
 * `POST /api/messages` (Bot Framework), `GET /healthz`, `GET /docs` (signed local document viewer),
 * `GET /reports` (signed download of an exported report), and the Copilot plugin API (`POST /api/skills/...`,
 * `GET /api/openapi.json|yaml`, see `createPluginApi`).
 * Every request is checked (`checkRequestOrigin`: loopback Host in local mode, no cross-site state changes;
 * every POST must be application/json) and parsed before any logic; every failure becomes a coded JSON
 * error; no request can throw out of the handler.
 */
export function createServer(services: Services, teams: TeamsApp): http.Server {
  const pluginApi = createPluginApi(services);
  const server = http.createServer((req, res) => {
    handle(services, teams, pluginApi, req, res).catch((error: unknown) => {
      const appError = toAppError(error);
      if (appError.code === 'internal_error') services.log.error('request failed', { error: String(error) });
      sendError(res, appError);
    });
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = 15_000;
  return server;
}

async function handle(
  services: Services,
  teams: TeamsApp,
  pluginApi: ReturnType<typeof createPluginApi>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  checkRequestOrigin(req, !services.config.auth);
  if (req.method === 'POST' && !/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    throw new AppError('unsupported_media_type');
  if (isPluginApiPath(url.pathname)) {
    await withTimeout(pluginApi(req, res, url), REQUEST_TIMEOUT_MS);
    return;
  }
  if (url.pathname === '/healthz') {
    if (req.method !== 'GET') throw new AppError('method_not_allowed');
    sendJson(res, 200, { status: 'ok', mode: services.config.auth ? 'authenticated' : 'local' });
    return;
  }
  if (url.pathname === '/docs') {
    if (req.method !== 'GET') throw new AppError('method_not_allowed');
    await serveDocument(services, url, res);
    return;
  }
  if (url.pathname === '/reports') {
    if (req.method !== 'GET') throw new AppError('method_not_allowed');
    await serveReport(services, url, res);
    return;
  }
  if (url.pathname === '/api/messages') {
    if (req.method !== 'POST') throw new AppError('method_not_allowed');
    const activity = parseActivity(parseJson(await readBody(req)));
    assertHomeTenant(services, activity);
    const botRequest: BotRequest = {
      body: activity as unknown as Record<string, unknown>,
      headers: req.headers,
      method: 'POST',
    };
    await withTimeout(
      teams.adapter.process(botRequest, botResponse(res), (context) =>
        teams.app.run(context).then(() => undefined),
      ),
      REQUEST_TIMEOUT_MS,
    );
    if (!res.writableEnded) res.end();
    return;
  }
  throw new AppError('not_found');
}

/**
 * One deployment serves one tenant: with a single-tenant app (`MicrosoftAppTenantId`), an activity whose tenant
 * (`conversation.tenantId`, else `channelData.tenant.id`) is another one, or absent, is refused (403
 * `tenant_not_allowed`) and logged as a security event. Local mode and multi-tenant apps are not checked.
 */
function assertHomeTenant(services: Services, activity: Activity): void {
  const auth = services.config.auth;
  if (!auth?.tenantId || auth.appType === 'MultiTenant') return;
  const tenant = activityTenant(activity);
  if (tenant === auth.tenantId) return;
  services.log.warn('security event: activity from another tenant refused', {
    event: 'foreign_tenant',
    tenant: tenant?.slice(0, 64) ?? 'none',
  });
  throw new AppError('tenant_not_allowed');
}

/**
 * Adapts Node's ServerResponse to the minimal response botbuilder writes to. An invoke no handler took is
 * answered by the adapter with a bare 501; it gets the coded error shape instead (`invoke_not_supported`).
 */
function botResponse(res: ServerResponse): BotResponse {
  let written = false;
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => {
      if (!res.headersSent) res.setHeader(name, String(value));
    },
    status: (code: number) => {
      if (!res.headersSent) res.statusCode = code;
    },
    send: (body?: unknown) => {
      if (body === undefined || body === null) return;
      written = true;
      if (Buffer.isBuffer(body) || typeof body === 'string') res.write(body);
      else {
        if (!res.headersSent) res.setHeader('content-type', 'application/json; charset=utf-8');
        res.write(JSON.stringify(body));
      }
    },
    end: () => {
      if (res.statusCode === 501 && !written && !res.headersSent)
        sendError(res, new AppError('invoke_not_supported'));
      else res.end();
    },
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('request_timeout')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
