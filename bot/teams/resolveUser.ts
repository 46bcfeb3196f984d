import type { Activity } from 'botbuilder';
import type { Directory } from '../../knowledge/identity/Directory';
import { resolveSkillUser } from '../../skills/access/resolveSkillUser';
import { noSecurityEvents, type SecurityEvents } from '../../skills/security/SecurityEvents';
import type { SkillUser } from '../../skills/SkillDescriptor';
import { activityTenant } from './activityTenant';

/**
 * The asking user for an activity: Entra object id when Teams sends one (`from.aadObjectId`), else the
 * channel user id (local mode). Principals come from the directory, never from the activity itself. When the
 * directory is unavailable the user fails closed to `everyone`, gets a `notice`, and one
 * `access_resolution_failed` security event is recorded (correlated by the activity id).
 */
export function resolveUser(
  activity: Partial<Activity>,
  directory: Directory,
  events: SecurityEvents = noSecurityEvents,
): Promise<SkillUser> {
  const userId = activity.from?.aadObjectId ?? activity.from?.id ?? '';
  const tenantId = activityTenant(activity);
  const name = activity.from?.name;
  return resolveSkillUser(directory, { userId, tenantId, name }, activity.locale, () =>
    events.record({
      type: 'access_resolution_failed',
      correlationId: activity.id ?? 'none',
      surface: 'teams',
      reason: 'directory_unavailable',
    }),
  );
}
