import { CloudAdapter, type Activity, type BotAdapter, type ConversationReference } from 'botbuilder';
import type { CardPlace } from '../../skills/reports/approval/ApprovalStore';

/**
 * Replaces the message at `place` with `activity` from outside its conversation's turn: continues that
 * conversation through the connector at `place.serviceUrl` and updates the activity (`PUT
 * /v3/conversations/{conversationId}/activities/{activityId}`). Throws when the adapter cannot continue
 * conversations or the connector refuses (message deleted, app removed).
 */
export async function updateCard(
  adapter: BotAdapter,
  place: CardPlace,
  activity: Partial<Activity>,
  botAppId: string,
): Promise<void> {
  if (!(adapter instanceof CloudAdapter)) throw new Error('the adapter cannot continue conversations');
  if (!place.activityId) throw new Error('no activity to update');
  const reference: Partial<ConversationReference> = {
    serviceUrl: place.serviceUrl,
    channelId: place.channelId,
    conversation: {
      id: place.conversationId,
      isGroup: false,
      conversationType: '',
      name: '',
      ...(place.tenantId ? { tenantId: place.tenantId } : {}),
    },
  };
  await adapter.continueConversationAsync(botAppId, reference, async (context) => {
    await context.updateActivity({ ...activity, id: place.activityId });
  });
}
