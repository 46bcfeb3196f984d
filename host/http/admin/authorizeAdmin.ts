import type { IncomingMessage } from 'node:http';
import { AppError } from '../../../skills/errors/AppError';
import type { Services } from '../../compose';
import { isLoopback } from '../pluginCaller';
import type { AdminViewer } from './AdminViewer';

/**
 * Who is asking for the console, in production: the seam where sign-in plugs in. The default reads an Entra
 * bearer token (as the plugin API: `PLUGIN_API_*`); a browser sign-in (session cookie) can replace it.
 * Resolves the user id, or undefined when the request carries no valid identity.
 */
export type AdminSignIn = (req: IncomingMessage) => Promise<string | undefined>;

/**
 * Decides whether a request may see the admin console, and as whom. Local mode (no `MicrosoftAppId`): only
 * loopback callers, as `LOCAL_USER_ID`. Production: the console is off (404) unless `ADMIN_GROUP_ID` is set;
 * the caller must be signed in - a browser session from the Entra ID sign-in of `services.signIn` (the one
 * `/docs` links use), else `signIn` (a bearer token) - or 401, and a member of that group (directory,
 * transitive; else 403 `admin_forbidden`). Names are shown only to members of `ADMIN_NAMES_GROUP_ID` (same
 * rule in local mode).
 */
export async function authorizeAdmin(
  req: IncomingMessage,
  services: Services,
  signIn: AdminSignIn | undefined,
): Promise<AdminViewer> {
  const { config, directory } = services;
  let userId: string;
  if (!config.auth) {
    if (!isLoopback(req.socket.remoteAddress)) throw new AppError('admin_forbidden');
    userId = config.localUserId;
  } else {
    if (!config.admin.groupId || (!signIn && !services.signIn)) throw new AppError('not_found');
    const signedIn = services.signIn?.readerOf(req)?.userId ?? (await signIn?.(req));
    if (!signedIn) throw new AppError('unauthorized');
    userId = signedIn;
  }
  const principals = await directory.principalsFor(userId);
  if (config.auth && !principals.includes(`group:${config.admin.groupId}`)) {
    services.log.warn('security event: admin console refused', { event: 'admin_refused' });
    throw new AppError('admin_forbidden');
  }
  const namesGroup = config.admin.namesGroupId;
  return {
    userId,
    principals,
    namesAllowed: namesGroup !== undefined && principals.includes(`group:${namesGroup}`),
  };
}
