import type { BotAdapter } from 'botbuilder';
import type { ConversationRateLimiter } from '../../../host/outbound/ConversationRateLimiter';

/**
 * Paces everything the bot sends to a conversation through `limiter` (Teams' per-conversation limits), in
 * every turn the adapter runs: replies, typing indicators, card updates and proactive messages alike. Each
 * activity waits for its slot before it leaves. Replies collected in the response (`expectReplies`) are not
 * sent to the connector and are not paced.
 */
export function installSendPacing(adapter: BotAdapter, limiter: ConversationRateLimiter): void {
  adapter.use(async (context, next) => {
    const paced = context.activity.deliveryMode !== 'expectReplies';
    context.onSendActivities(async (turn, activities, send) => {
      const conversation = turn.activity.conversation?.id;
      if (paced && conversation)
        for (let i = 0; i < activities.length; i += 1) await limiter.acquire(conversation);
      return send();
    });
    context.onUpdateActivity(async (turn, _activity, update) => {
      const conversation = turn.activity.conversation?.id;
      if (paced && conversation) await limiter.acquire(conversation);
      return update();
    });
    await next();
  });
}
