import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyDocumentLink } from '../../knowledge/access/documentLink';
import { AppError } from '../../skills/errors/AppError';
import { reasonCode } from '../../skills/security/SecurityEvents';
import type { Services } from '../compose';
import { linkReader } from './linkReader';
import { sendError } from './sendJson';

/**
 * The first steps of `/docs` and `/reports`: `url`'s signed link must be intact, unexpired and name a `docId`
 * that `accepts` takes; then its reader is resolved (`linkReader`). Resolves the link's `docId` and the reader,
 * or undefined when the response is already sent: `refuse`d with `refusal` as the reason, or redirected to
 * sign in.
 */
export async function openSignedLink(
  services: Services,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
  refusal: string,
  accepts: (docId: string) => boolean = () => true,
): Promise<{ docId: string; reader: string } | undefined> {
  const link = verifyDocumentLink(services.linkSecret, url.searchParams);
  if (!link || !accepts(link.docId)) {
    refuse(services, res, refusal);
    return undefined;
  }
  const reader = await linkReader(services, req, res, url, link.userId);
  return reader === undefined ? undefined : { docId: link.docId, reader };
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
