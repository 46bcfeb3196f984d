import assert from 'node:assert/strict';
import { teamsPlace } from '../../../bot/teams/teamsPlace';

/** A channel conversation as Teams names it for a reply thread (the channel id, then the root message id). */
const CHANNEL_MESSAGE = {
  id: '19:c@thread.tacv2;messageid=1',
  conversationType: 'channel',
  isGroup: true,
  name: '',
} as const;

describe('teamsPlace', () => {
  it('a channel message: team id, team group id and channel id', () =>
    assert.deepEqual(
      teamsPlace({
        conversation: CHANNEL_MESSAGE,
        channelData: {
          team: { id: '19:t@thread.tacv2', aadGroupId: 'g-1' },
          channel: { id: '19:c@thread.tacv2' },
        },
      }),
      { teamIds: ['19:t@thread.tacv2', 'g-1'], channelId: '19:c@thread.tacv2' },
    ));
  it('a channel conversation without channelData.channel: the conversation id without the message id', () =>
    assert.deepEqual(
      teamsPlace({
        conversation: CHANNEL_MESSAGE,
      }),
      { teamIds: [], channelId: '19:c@thread.tacv2' },
    ));
  it('a 1:1 chat: nowhere', () =>
    assert.deepEqual(
      teamsPlace({ conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' } }),
      { teamIds: [] },
    ));
  it('ignores ids that are not strings', () =>
    assert.deepEqual(teamsPlace({ channelData: { team: { id: 7 }, channel: { id: null } } }), {
      teamIds: [],
    }));
});
