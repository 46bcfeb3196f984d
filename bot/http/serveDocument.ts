import type { ServerResponse } from 'node:http';
import { verifyDocumentLink } from '../../knowledge/access/documentLink';
import { canRead } from '../../knowledge/access/AccessList';
import { AppError } from '../../skills/errors/AppError';
import type { Services } from '../compose';
import { renderDocumentPage } from './renderDocumentPage';
import { sendError } from './sendJson';

/** Shown on every page the viewer serves in local mode, where the link itself is the only check of the reader. */
export const LOCAL_PREVIEW_NOTICE =
  'Local preview: this page is served by the bot in local mode (loopback only) to whoever holds this link, while the user it was issued for may read the document. In production, documents open at their source, which checks who is reading.';

/**
 * GET /docs?d=&u=&e=&s=: shows one indexed document to the user the signed link was issued for, and only
 * while that user may still read it. Any failure (bad signature, expiry, revoked access, deleted document)
 * gives the same 403, so the response never reveals whether a document exists.
 */
export async function serveDocument(services: Services, url: URL, res: ServerResponse): Promise<void> {
  const link = verifyDocumentLink(services.linkSecret, url.searchParams);
  const doc = link ? await services.index.getDocument(link.docId) : undefined;
  const principals = link ? await services.directory.principalsFor(link.userId) : [];
  if (!link || !doc || !canRead(doc.access, principals)) {
    sendError(res, new AppError('link_invalid'));
    return;
  }
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
