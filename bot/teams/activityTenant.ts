import type { Activity } from 'botbuilder';

/** The tenant an activity comes from: `conversation.tenantId`, else Teams' `channelData.tenant.id`; else undefined. */
export function activityTenant(activity: Partial<Activity>): string | undefined {
  if (activity.conversation?.tenantId) return activity.conversation.tenantId;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | null | undefined;
  const id = typeof channelData === 'object' && channelData !== null ? channelData.tenant?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The tenants an activity names for its sender besides the conversation's (`activityTenant`): Teams'
 * `channelData.tenant.id` when it differs from `conversation.tenantId`, and the sender's own `from.tenantId`
 * when Teams sends one (a guest from another tenant in a shared channel). Empty when nothing else is named.
 */
export function senderTenants(activity: Partial<Activity>): string[] {
  const host = activityTenant(activity);
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | null | undefined;
  const named = [
    typeof channelData === 'object' && channelData !== null ? channelData.tenant?.id : undefined,
    (activity.from as { tenantId?: unknown } | undefined)?.tenantId,
  ];
  return [...new Set(named.filter((id): id is string => typeof id === 'string' && id !== '' && id !== host))];
}
