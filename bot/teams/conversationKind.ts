import type { Activity } from 'botbuilder';

/** Where an activity happens: a 1:1 chat with the bot, or a conversation more people read. */
export type ConversationKind = 'personal' | 'groupChat' | 'meeting' | 'channel';

/**
 * Classifies the activity's conversation. Anything that is not positively a 1:1 chat (`conversationType`
 * `personal`, or absent with `isGroup` not true and no team or meeting) counts as shared with others.
 */
export function conversationKind(activity: Partial<Activity>): ConversationKind {
  const conversation = activity.conversation;
  const channelData = recordOf(activity.channelData);
  if (conversation?.conversationType === 'channel' || teamIdOf(activity)) return 'channel';
  if (idOf(channelData?.['meeting'])) return 'meeting';
  if (conversation?.conversationType === 'groupChat' || conversation?.isGroup === true) return 'groupChat';
  if (conversation?.conversationType === undefined || conversation.conversationType === 'personal')
    return 'personal';
  return 'groupChat';
}

/** The team id of a channel activity (`channelData.team.id`), when there is one. */
export function teamIdOf(activity: Partial<Activity>): string | undefined {
  return idOf(recordOf(activity.channelData)?.['team']);
}

function idOf(value: unknown): string | undefined {
  const id = recordOf(value)?.['id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
