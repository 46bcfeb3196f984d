import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { conversationKind, teamIdOf } from '../../../bot/teams/conversationKind';

const of = (conversation: Record<string, unknown> | undefined, channelData?: unknown): Partial<Activity> =>
  ({ conversation, channelData }) as Partial<Activity>;

describe('conversationKind', () => {
  it('personal chat', () =>
    assert.equal(conversationKind(of({ id: 'a:1', conversationType: 'personal' })), 'personal'));
  it('no conversation type (Emulator, local mode)', () =>
    assert.equal(conversationKind(of({ id: 'x' })), 'personal'));
  it('group chat', () =>
    assert.equal(conversationKind(of({ id: '19:g', conversationType: 'groupChat' })), 'groupChat'));
  it('isGroup without a type', () =>
    assert.equal(conversationKind(of({ id: 'x', isGroup: true })), 'groupChat'));
  it('meeting chat', () =>
    assert.equal(
      conversationKind(
        of({ id: '19:m', conversationType: 'groupChat', isGroup: true }, { meeting: { id: 'M' } }),
      ),
      'meeting',
    ));
  it('channel', () =>
    assert.equal(conversationKind(of({ id: '19:c', conversationType: 'channel' })), 'channel'));
  it('a team in channelData makes a channel', () =>
    assert.equal(conversationKind(of({ id: '19:c' }, { team: { id: '19:t' } })), 'channel'));
  it('an unknown conversation type counts as shared', () =>
    assert.equal(conversationKind(of({ id: 'x', conversationType: 'something-new' })), 'groupChat'));
  it('teamIdOf ignores malformed channel data', () => {
    assert.equal(teamIdOf(of({ id: 'x' }, { team: { id: 7 } })), undefined);
    assert.equal(teamIdOf(of({ id: 'x' }, 'team')), undefined);
    assert.equal(teamIdOf(of({ id: 'x' }, { team: { id: '19:t' } })), '19:t');
  });
});
