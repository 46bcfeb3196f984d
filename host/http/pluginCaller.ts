import type { IncomingMessage } from 'node:http';
import type { Directory } from '../../knowledge/identity/Directory';
import { resolveSkillUser } from '../../skills/access/resolveSkillUser';
import { AppError } from '../../skills/errors/AppError';
import { noSecurityEvents, type SecurityEvents } from '../../skills/security/SecurityEvents';
import type { SkillUser } from '../../skills/SkillDescriptor';
import type { EntraCaller } from './verifyEntraToken';

/** How the plugin API authenticates: Entra tokens, or local mode (loopback callers act as one local user). */
export type PluginAuth =
  | { readonly kind: 'entra'; readonly verify: (authorization: string | undefined) => Promise<EntraCaller> }
  | { readonly kind: 'local'; readonly userId: string };

/**
 * The user a plugin API request acts for. Entra mode: the token's `oid` and `tid` (see
 * `createEntraTokenVerifier`), or AppError `unauthorized`. Local mode: any `Authorization` header is ignored
 * and the request acts as `userId`, but only when it comes from a loopback address (`unauthorized`
 * otherwise). Principals always come from the directory, never from the request; when the directory is
 * unavailable the user fails closed to `everyone` with a `notice` (in the request's Accept-Language), as in Teams. Each refusal records one
 * `auth_failed` security event and each directory failure one `access_resolution_failed`, both correlated
 * by `correlationId` (the request's id).
 */
export async function pluginCaller(
  req: IncomingMessage,
  auth: PluginAuth,
  directory: Directory,
  events: {
    readonly sink: SecurityEvents;
    readonly correlationId: string;
    /** Default `copilot` (the plugin API); the MCP endpoint passes `mcp`. */
    readonly surface?: 'copilot' | 'mcp';
  } = {
    sink: noSecurityEvents,
    correlationId: 'none',
  },
): Promise<SkillUser> {
  const record = (type: 'auth_failed' | 'access_resolution_failed', reason: string) =>
    events.sink.record({
      type,
      correlationId: events.correlationId,
      surface: events.surface ?? 'copilot',
      reason,
    });
  let caller: { userId: string; tenantId?: string; name?: string };
  try {
    if (auth.kind === 'entra') caller = await auth.verify(req.headers.authorization);
    else if (isLoopback(req.socket.remoteAddress)) caller = { userId: auth.userId };
    else throw new AppError('unauthorized', { cause: 'not_loopback' });
  } catch (error) {
    if (error instanceof AppError && error.code === 'unauthorized')
      record('auth_failed', typeof error.cause === 'string' ? error.cause : 'not_authenticated');
    throw error;
  }
  const language = req.headers['accept-language'];
  return resolveSkillUser(directory, caller, typeof language === 'string' ? language : undefined, () =>
    record('access_resolution_failed', 'directory_unavailable'),
  );
}

/** True for 127.0.0.0/8 and ::1, also in their IPv4-mapped IPv6 form. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
