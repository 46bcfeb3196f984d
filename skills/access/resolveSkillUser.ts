import { EVERYONE, type Principal } from '../../knowledge/access/Principal';
import { DirectoryUnavailableError } from '../../knowledge/identity/DirectoryUnavailableError';
import type { Directory } from '../../knowledge/identity/Directory';
import type { SkillUser } from '../SkillDescriptor';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';

/**
 * The one user resolution of every surface (Teams activities, plugin and MCP callers): the caller as the
 * surface authenticated them (`userId`: the Entra object id, or the local-mode id), with principals from the
 * directory, never from the request. When the directory is unavailable the user fails closed to `everyone`,
 * gets a `notice` (in the caller's language), and `onDirectoryUnavailable` is called once (the surface records its security event). An
 * empty id resolves to no principals. The display name is the surface's, else the directory's.
 */
export async function resolveSkillUser(
  directory: Directory,
  caller: { readonly userId: string; readonly tenantId?: string; readonly name?: string },
  /** The caller's locale (Teams activity `locale`, or the request's Accept-Language), for the notice. */
  locale: string | undefined,
  onDirectoryUnavailable: () => void,
): Promise<SkillUser> {
  const id = caller.userId;
  let principals: Principal[] = [];
  let notice: string | undefined;
  try {
    principals = id ? await directory.principalsFor(id) : [];
  } catch (error) {
    if (!(error instanceof DirectoryUnavailableError)) throw error;
    onDirectoryUnavailable();
    principals = [EVERYONE];
    notice = messagesFor(locale).replies.access.groupsUnchecked;
  }
  const name = caller.name ?? (id && !notice ? await directory.displayName(id) : undefined);
  return {
    id,
    principals,
    ...(name ? { name } : {}),
    ...(caller.tenantId ? { tenantId: caller.tenantId } : {}),
    ...(notice ? { notice } : {}),
  };
}
