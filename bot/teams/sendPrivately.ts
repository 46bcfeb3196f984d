import { CloudAdapter, type Activity, type ConversationParameters, type TurnContext } from 'botbuilder';
import type { CardPlace } from '../../skills/reports/approval/ApprovalStore';

/**
 * Sends `activity` to a user's 1:1 chat with the bot, never to the conversation of `context`: creates (or, in
 * Teams, reopens) the 1:1 conversation through the connector at the activity's `serviceUrl` (`POST
 * /v3/conversations` with the user as the only member) and posts into it. The user is `to` (Teams accepts a
 * user's Entra object id as the member id in personal scope), default the user of `context` (the clicker).
 * Resolves with where the message went. Throws when the adapter cannot create conversations or the connector
 * refuses (e.g. the app is not installed for the user).
 */
export async function sendPrivately(
  context: TurnContext,
  activity: Partial<Activity>,
  botAppId: string,
  to?: { readonly id: string; readonly name?: string },
): Promise<CardPlace> {
  const adapter = context.adapter;
  const { serviceUrl, channelId, from, recipient } = context.activity;
  if (!(adapter instanceof CloudAdapter)) throw new Error('the adapter cannot create conversations');
  const member = to ?? (from?.id ? { id: from.id, name: from.name ?? '' } : undefined);
  if (!serviceUrl || !member || !recipient?.id)
    throw new Error('activity lacks the addresses for a 1:1 chat');
  const tenantId = context.activity.conversation?.tenantId ?? tenantOf(context.activity.channelData);
  const parameters: ConversationParameters = {
    isGroup: false,
    bot: recipient,
    members: [{ id: member.id, name: member.name ?? '' }],
    ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
  } as ConversationParameters;
  let place: CardPlace | undefined;
  await adapter.createConversationAsync(
    botAppId,
    channelId ?? 'msteams',
    serviceUrl,
    '',
    parameters,
    async (privateContext) => {
      const sent = await privateContext.sendActivity(activity);
      place = {
        serviceUrl,
        channelId: channelId ?? 'msteams',
        conversationId: privateContext.activity.conversation?.id ?? '',
        activityId: sent?.id ?? '',
        ...(tenantId ? { tenantId } : {}),
      };
    },
  );
  if (!place) throw new Error('the 1:1 message was not sent');
  return place;
}

/** The tenant of an activity's `channelData.tenant.id`, when present. */
export function tenantOf(channelData: unknown): string | undefined {
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const tenant = (channelData as { tenant?: { id?: unknown } }).tenant;
  return typeof tenant?.id === 'string' ? tenant.id : undefined;
}
