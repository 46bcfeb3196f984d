import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../../skills/errors/AppError';
import type { Services } from '../../compose';
import { sendJson } from '../sendJson';
import { sendAuditExport } from './auditExport';
import { authorizeAdmin, type AdminSignIn } from './authorizeAdmin';
import { collectAdminData, personLabels, type AdminData } from './collectAdminData';
import { ADMIN_CSP, renderAdminPage } from './renderAdminPage';

/** The console's JSON panels: `GET /admin/api/<panel>` returns that part of `AdminData`. */
export const ADMIN_PANELS = ['sources', 'usage', 'feedback', 'gaps', 'citations', 'audit'] as const;

/** True for the console's paths: `/admin`, `/admin/...`. */
export function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'private, no-store',
  'x-frame-options': 'DENY',
} as const;

/**
 * The admin console (GET only; access by `authorizeAdmin`):
 * - `/admin`: the page (`renderAdminPage`, strict CSP, no script);
 * - `/admin/api/{sources|usage|feedback|gaps|citations|audit}`: the panel's data as JSON;
 * - `/admin/audit.csv`, `/admin/audit.jsonl`: the audit trail export (`sendAuditExport`).
 * Anything else under `/admin` is 404 `not_found`.
 */
export async function serveAdmin(
  services: Services,
  signIn: AdminSignIn | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'GET') throw new AppError('method_not_allowed');
  const path = url.pathname.replace(/\/+$/, '') || '/admin';
  if (startsBrowserSignIn(services, req)) {
    await services.signIn?.startSignIn(res, path);
    return;
  }
  const viewer = await authorizeAdmin(req, services, signIn);
  if (path === '/admin') {
    const html = renderAdminPage(await collectAdminData(services, viewer));
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': ADMIN_CSP,
      ...SECURITY_HEADERS,
    });
    res.end(html);
    return;
  }
  const panel = /^\/admin\/api\/([a-z]+)$/.exec(path)?.[1];
  if (panel && (ADMIN_PANELS as readonly string[]).includes(panel)) {
    const data = await collectAdminData(services, viewer);
    res.setHeader('cache-control', SECURITY_HEADERS['cache-control']);
    sendJson(res, 200, data[panel as keyof AdminData]);
    return;
  }
  const format = /^\/admin\/audit\.(csv|jsonl)$/.exec(path)?.[1] as 'csv' | 'jsonl' | undefined;
  if (format) {
    const person = viewer.namesAllowed ? undefined : await personLabels(services, viewer, []);
    if (!services.auditFile)
      throw new AppError('not_found', {
        userMessage:
          'The audit trail is kept in Azure Table Storage (STATE_BACKEND=azure): export it with npm run audit:export.',
      });
    await sendAuditExport(res, services.auditFile, format, person);
    return;
  }
  throw new AppError('not_found');
}

/**
 * True when the request should be sent to Entra ID sign-in: production with the console on (`ADMIN_GROUP_ID`)
 * and browser sign-in configured, no session yet and no bearer token (API clients keep getting 401).
 */
function startsBrowserSignIn(services: Services, req: IncomingMessage): boolean {
  const { config, signIn } = services;
  return (
    config.auth !== undefined &&
    config.admin.groupId !== undefined &&
    signIn !== undefined &&
    req.headers.authorization === undefined &&
    signIn.readerOf(req) === undefined
  );
}
