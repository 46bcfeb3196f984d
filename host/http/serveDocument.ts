import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyDocumentLink } from '../../knowledge/access/documentLink';
import { canRead } from '../../knowledge/access/AccessList';
import { AppError } from '../../skills/errors/AppError';
import { reasonCode } from '../../skills/security/SecurityEvents';
import type { Services } from '../compose';
import { linkReader } from './linkReader';
import { renderDocumentPage } from './renderDocumentPage';
import { sendError } from './sendJson';

/** Shown on every page the viewer serves in local mode, where the link itself is the only check of the reader. */
export const LOCAL_PREVIEW_NOTICE =
  'Local preview: this page is served by the bot in local mode (loopback only) to whoever holds this link, while the user it was issued for may read the document. In production, readers sign in and documents open only for those who may read them.';

/**
 * GET /docs?d=&u=&e=&s=: shows one indexed document. The signed link must be intact and unexpired; then the
 * reader (`linkReader`: in authenticated mode the user signed in with Entra ID, redirected to sign in first;
 * in local mode the user the link names) must be allowed to read the document now, by the directory's
 * current answer, so a revoked permission closes the link at once. Any refusal (bad signature, expiry, a
 * reader who may not read it, a deleted document) gives the same 403, so the response never reveals whether a
 * document exists.
 */
export async function serveDocument(
  services: Services,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
): Promise<void> {
  const link = verifyDocumentLink(services.linkSecret, url.searchParams);
  if (!link) return refuse(services, res, 'link signature invalid or expired');
  const reader = await linkReader(services, req, res, url, link.userId);
  if (reader === undefined) return;
  const doc = await services.index.getDocument(link.docId);
  const principals = await services.directory.principalsFor(reader);
  if (!doc || !canRead(doc.access, principals))
    return refuse(services, res, 'reader may not read the document');
  const html = renderDocumentPage({
    title: doc.title,
    docId: doc.docId,
    chunks: await services.index.getChunks(doc.docId),
    ...(services.config.auth ? {} : { notice: LOCAL_PREVIEW_NOTICE }),
  });
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'private, no-store',
  });
  res.end(html);
}

/** The one refusal of `/docs` and `/reports`: 403 `link_invalid`, and a `link_refused` security event. */
export function refuse(
  services: Pick<Services, 'securityEvents'>,
  res: ServerResponse,
  reason: string,
): void {
  services.securityEvents.record({
    type: 'link_refused',
    correlationId: crypto.randomUUID(),
    surface: 'viewer',
    reason: reasonCode(reason),
  });
  sendError(res, new AppError('link_invalid'));
}
