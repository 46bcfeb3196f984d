import type { IncomingMessage, ServerResponse } from 'node:http';
import { canRead } from '../../knowledge/access/AccessList';
import type { Services } from '../compose';
import { openSignedLink, refuse } from './openSignedLink';
import { renderDocumentPage } from './renderDocumentPage';

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
  const opened = await openSignedLink(services, req, url, res, 'link signature invalid or expired');
  if (!opened) return;
  const { docId, reader } = opened;
  const doc = await services.index.getDocument(docId);
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
