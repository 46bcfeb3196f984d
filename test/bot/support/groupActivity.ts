import { messageActivity } from '../../support/botFixture';
import type { FakeMember } from './fakeRosterConnector';

export const TENANT = '00000000-0000-0000-0000-0000000000001';

/** Conversations shown to more than the asker. */
export type GroupKind = 'groupChat' | 'channel' | 'meeting';

export interface GroupConversation {
  readonly kind: GroupKind;
  /** The conversation id (chat, meeting chat or channel). */
  readonly id: string;
  /** The team id, for a channel. */
  readonly teamId?: string;
}

/** A conversation of `kind` numbered `n`, with Teams-shaped ids. */
export function groupConversation(kind: GroupKind, n: number): GroupConversation {
  if (kind === 'channel')
    return { kind, id: `19:channel-${n}@thread.tacv2`, teamId: `19:team-${n}@thread.tacv2` };
  if (kind === 'meeting') return { kind, id: `19:meeting_${n}@thread.v2` };
  return { kind, id: `19:group-${n}@thread.v2` };
}

/** A roster entry for a directory user of the bot's tenant. */
export function member(userId: string, extra: Partial<FakeMember> = {}): FakeMember {
  return {
    id: `29:${userId}`,
    name: userId,
    aadObjectId: userId,
    tenantId: TENANT,
    userRole: 'user',
    ...extra,
  };
}

/**
 * A message that @mentions the bot in a group conversation, as Teams sends it: `conversationType` `groupChat`
 * (meetings: `isGroup` and `channelData.meeting.id`) or `channel` (with `channelData.team` and `.channel`).
 */
export function groupMessage(
  text: string,
  askerId: string,
  conversation: GroupConversation,
  serviceUrl: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const base = messageActivity(`<at>Norvik Assistant</at> ${text}`, askerId);
  const channelData: Record<string, unknown> = { tenant: { id: TENANT } };
  if (conversation.kind === 'channel') {
    channelData['team'] = { id: conversation.teamId };
    channelData['channel'] = { id: conversation.id };
  }
  if (conversation.kind === 'meeting') channelData['meeting'] = { id: `MCMeeting-${conversation.id}` };
  return {
    ...base,
    serviceUrl,
    conversation: {
      id: conversation.id,
      conversationType: conversation.kind === 'channel' ? 'channel' : 'groupChat',
      isGroup: true,
      tenantId: TENANT,
    },
    channelData,
    entities: [
      {
        type: 'mention',
        mentioned: { id: '28:bot', name: 'Norvik Assistant' },
        text: '<at>Norvik Assistant</at>',
      },
    ],
    ...extra,
  };
}

/**
 * The invoke `name` with `value` that Teams would send from where `message` was sent (same sender, conversation
 * and service URL; no text, mention or delivery mode), e.g. `composeExtension/query` or `adaptiveCard/action`.
 */
export function asInvoke(
  message: Record<string, unknown>,
  name: string,
  value: unknown,
): Record<string, unknown> {
  return {
    ...message,
    type: 'invoke',
    name,
    text: undefined,
    entities: undefined,
    deliveryMode: undefined,
    value,
  };
}

/** The message-extension search `query` by `userId` in `conversation` (a `composeExtension/query` invoke). */
export function groupSearch(
  query: string,
  userId: string,
  conversation: GroupConversation,
  serviceUrl: string,
): Record<string, unknown> {
  const value = { commandId: 'searchKnowledge', parameters: [{ name: 'query', value: query }] };
  return asInvoke(groupMessage('', userId, conversation, serviceUrl), 'composeExtension/query', value);
}

/** Registers `members` as the roster of `conversation` (for a channel: of its team; the channel lists them too). */
export function serveRoster(
  rosters: Map<string, FakeMember[]>,
  conversation: GroupConversation,
  members: FakeMember[],
): void {
  rosters.set(conversation.id, members);
  if (conversation.teamId) rosters.set(conversation.teamId, members);
}

/** Posts an activity (with `deliveryMode: expectReplies`) to the bot; asserts 200 and returns the parsed body. */
export async function postActivity(baseUrl: string, activity: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (response.status !== 200) throw new Error(`POST /api/messages answered ${response.status}`);
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/**
 * Posts to `bot` what `userId` sends in `conversation`, naming `connector` as the service URL replies go to:
 * the @mention `text` (a {@link groupMessage}), or `as: 'search'` the message-extension query `text` (a
 * {@link groupSearch}); resolves with the parsed body.
 */
export function postInGroup(
  bot: { readonly baseUrl: string },
  connector: { readonly serviceUrl: string },
  userId: string,
  conversation: GroupConversation,
  text: string,
  as: 'message' | 'search' = 'message',
): Promise<unknown> {
  const activity =
    as === 'search'
      ? groupSearch(text, userId, conversation, connector.serviceUrl)
      : groupMessage(text, userId, conversation, connector.serviceUrl);
  return postActivity(bot.baseUrl, activity);
}
