import type { Activity } from 'botbuilder';

/** The tenant an activity comes from: `conversation.tenantId`, else Teams' `channelData.tenant.id`; else undefined. */
export function activityTenant(activity: Partial<Activity>): string | undefined {
  if (activity.conversation?.tenantId) return activity.conversation.tenantId;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | null | undefined;
  const id = typeof channelData === 'object' && channelData !== null ? channelData.tenant?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}
