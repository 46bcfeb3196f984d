import { CloudAdapter, type Activity, type ConversationParameters, type TurnContext } from 'botbuilder';

/**
 * Sends `activity` to the clicking user's 1:1 chat with the bot, never to the conversation of `context`: creates
 * (or, in Teams, reopens) the 1:1 conversation through the connector at the activity's `serviceUrl`
 * (`POST /v3/conversations` with the user as the only member) and posts into it. Throws when the adapter
 * cannot create conversations or the connector refuses (e.g. the app is not installed for the user).
 */
export async function sendPrivately(
  context: TurnContext,
  activity: Partial<Activity>,
  botAppId: string,
): Promise<void> {
  const adapter = context.adapter;
  const { serviceUrl, channelId, from, recipient } = context.activity;
  if (!(adapter instanceof CloudAdapter)) throw new Error('the adapter cannot create conversations');
  if (!serviceUrl || !from?.id || !recipient?.id)
    throw new Error('activity lacks the addresses for a 1:1 chat');
  const tenantId = context.activity.conversation?.tenantId ?? tenantOf(context.activity.channelData);
  const parameters: ConversationParameters = {
    isGroup: false,
    bot: recipient,
    members: [{ id: from.id, name: from.name ?? '' }],
    ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
  } as ConversationParameters;
  await adapter.createConversationAsync(
    botAppId,
    channelId ?? 'msteams',
    serviceUrl,
    '',
    parameters,
    async (privateContext) => {
      await privateContext.sendActivity(activity);
    },
  );
}

function tenantOf(channelData: unknown): string | undefined {
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const tenant = (channelData as { tenant?: { id?: unknown } }).tenant;
  return typeof tenant?.id === 'string' ? tenant.id : undefined;
}
