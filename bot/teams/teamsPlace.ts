import type { Activity } from 'botbuilder';
import type { TeamsPlace } from '../../knowledge/profile/brandForPlace';

/**
 * Where a Teams activity takes place, for matching a profile brand's `teams` / `channels`: the team's thread
 * id and Entra group id (`channelData.team.id`, `.aadGroupId`) and the channel's thread id
 * (`channelData.channel.id`, else, in a channel conversation, the conversation id without `;messageid=...`).
 * Outside a team (1:1, group chat, meeting chat) both are empty.
 */
export function teamsPlace(activity: Partial<Activity>): TeamsPlace {
  const channelData = recordOf(activity.channelData);
  const team = recordOf(channelData?.['team']);
  const teamIds = [stringOf(team?.['id']), stringOf(team?.['aadGroupId'])].filter(
    (id): id is string => id !== undefined,
  );
  const channel =
    stringOf(recordOf(channelData?.['channel'])?.['id']) ??
    (activity.conversation?.conversationType === 'channel'
      ? stringOf(activity.conversation.id?.split(';')[0])
      : undefined);
  return { teamIds, ...(channel ? { channelId: channel } : {}) };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= 200 ? value : undefined;
}

function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
