import type { Activity } from 'botbuilder';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { EVERYONE, type Principal } from '../../knowledge/access/Principal';
import { DirectoryUnavailableError } from '../../knowledge/identity/DirectoryUnavailableError';
import type { Directory } from '../../knowledge/types';
import { noSecurityEvents, type SecurityEvents } from '../../skills/security/SecurityEvents';
import type { SkillUser } from '../../skills/SkillDescriptor';
import { activityTenant } from './activityTenant';

/**
 * The asking user for an activity: Entra object id when Teams sends one (`from.aadObjectId`), else the
 * channel user id (local mode). Principals come from the directory, never from the activity itself. When the
 * directory is unavailable the user fails closed to `everyone`, gets a `notice` (in the activity's language), and one
 * `access_resolution_failed` security event is recorded (correlated by the activity id).
 */
export async function resolveUser(
  activity: Partial<Activity>,
  directory: Directory,
  events: SecurityEvents = noSecurityEvents,
): Promise<SkillUser> {
  const id = activity.from?.aadObjectId ?? activity.from?.id ?? '';
  const tenantId = activityTenant(activity);
  let principals: Principal[] = [];
  let notice: string | undefined;
  try {
    principals = id ? await directory.principalsFor(id) : [];
  } catch (error) {
    if (!(error instanceof DirectoryUnavailableError)) throw error;
    events.record({
      type: 'access_resolution_failed',
      correlationId: activity.id ?? 'none',
      surface: 'teams',
      reason: 'directory_unavailable',
    });
    principals = [EVERYONE];
    notice = messagesFor(activity.locale).replies.access.groupsUnchecked;
  }
  const name = activity.from?.name ?? (id && !notice ? await directory.displayName(id) : undefined);
  return {
    id,
    principals,
    ...(name ? { name } : {}),
    ...(tenantId ? { tenantId } : {}),
    ...(notice ? { notice } : {}),
  };
}
