import type { Activity } from 'botbuilder';
import type { Directory } from '../../knowledge/types';
import type { SkillUser } from '../../skills/SkillDescriptor';

/**
 * The asking user for an activity: Entra object id when Teams sends one (`from.aadObjectId`), else the
 * channel user id (local mode). Principals come from the directory, never from the activity itself.
 */
export async function resolveUser(activity: Partial<Activity>, directory: Directory): Promise<SkillUser> {
  const id = activity.from?.aadObjectId ?? activity.from?.id ?? '';
  const tenantId = activity.conversation?.tenantId ?? tenantFromChannelData(activity.channelData);
  const principals = id ? await directory.principalsFor(id) : [];
  const name = activity.from?.name ?? (id ? await directory.displayName(id) : undefined);
  return { id, principals, ...(name ? { name } : {}), ...(tenantId ? { tenantId } : {}) };
}

function tenantFromChannelData(channelData: unknown): string | undefined {
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const tenant = (channelData as { tenant?: { id?: unknown } }).tenant;
  return typeof tenant?.id === 'string' ? tenant.id : undefined;
}
