import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../skills/errors/AppError';
import type { Services } from '../compose';

/**
 * Who reads a document or report link whose signature and expiry were already checked:
 * - authenticated mode: the reader signed in with Entra ID (session cookie), never the user the link names;
 *   without a session the request is answered with a redirect to sign-in (back to this link afterwards) and
 *   this resolves undefined, so nothing of the document is sent;
 * - local mode (loopback only): the user the link was issued to.
 */
export async function linkReader(
  services: Pick<Services, 'config' | 'signIn'>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  linkUserId: string,
): Promise<string | undefined> {
  if (!services.config.auth) return linkUserId;
  if (!services.signIn) throw new AppError('link_invalid');
  const reader = services.signIn.readerOf(req);
  if (reader) return reader.userId;
  await services.signIn.startSignIn(res, `${url.pathname}${url.search}`);
  return undefined;
}
