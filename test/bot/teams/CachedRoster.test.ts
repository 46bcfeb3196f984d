import assert from 'node:assert/strict';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { CachedRoster } from '../../../bot/teams/CachedRoster';
import type { RosterMember } from '../../../bot/teams/ConversationRoster';

const contextFor = (conversationId: string, teamId?: string): TurnContext =>
  new TurnContext(new TestAdapter(), {
    type: 'message',
    conversation: { id: conversationId, isGroup: true, conversationType: teamId ? 'channel' : 'groupChat' },
    ...(teamId ? { channelData: { team: { id: teamId } } } : {}),
  } as Partial<Activity>);

describe('CachedRoster', () => {
  let now = 0;
  let reads: string[] = [];
  let members: RosterMember[] = [{ id: '29:a' }];
  const roster = () =>
    new CachedRoster({
      now: () => now,
      ttlMs: 60_000,
      read: async (context) => {
        reads.push(context.activity.conversation.id);
        return members;
      },
    });
  beforeEach(() => {
    now = 0;
    reads = [];
    members = [{ id: '29:a' }];
  });

  it('reuses a roster for 60 s, then reads it again', async () => {
    const cache = roster();
    await cache.membersOf(contextFor('c1'));
    now = 59_999;
    await cache.membersOf(contextFor('c1'));
    assert.deepEqual(reads, ['c1']);
    now = 60_000;
    members = [{ id: '29:a' }, { id: '29:b' }];
    assert.deepEqual(await cache.membersOf(contextFor('c1')), members);
    assert.deepEqual(reads, ['c1', 'c1']);
  });

  it('keeps conversations apart', async () => {
    const cache = roster();
    await cache.membersOf(contextFor('c1'));
    await cache.membersOf(contextFor('c2'));
    assert.deepEqual(reads, ['c1', 'c2']);
  });

  it('forgets a conversation when members are added or removed', async () => {
    const cache = roster();
    await cache.membersOf(contextFor('c1'));
    await cache.membersOf(contextFor('c2'));
    cache.forget(contextFor('c1'));
    await cache.membersOf(contextFor('c1'));
    await cache.membersOf(contextFor('c2'));
    assert.deepEqual(reads, ['c1', 'c2', 'c1']);
  });

  it('forgets every channel of a team when the team’s membership changes', async () => {
    const cache = roster();
    await cache.membersOf(contextFor('ch1', 't1'));
    await cache.membersOf(contextFor('ch2', 't1'));
    await cache.membersOf(contextFor('ch3', 't2'));
    cache.forget(contextFor('general', 't1'));
    await cache.membersOf(contextFor('ch1', 't1'));
    await cache.membersOf(contextFor('ch2', 't1'));
    await cache.membersOf(contextFor('ch3', 't2'));
    assert.deepEqual(reads, ['ch1', 'ch2', 'ch3', 'ch1', 'ch2']);
  });

  it('remembers a failure for 15 s, then reads again', async () => {
    let fail = true;
    const cache = new CachedRoster({
      now: () => now,
      read: async () => {
        reads.push('x');
        if (fail) throw new Error('connector down');
        return members;
      },
    });
    await assert.rejects(cache.membersOf(contextFor('c1')));
    fail = false;
    now = 14_999;
    await assert.rejects(cache.membersOf(contextFor('c1')));
    assert.deepEqual(reads, ['x']);
    now = 15_000;
    assert.deepEqual(await cache.membersOf(contextFor('c1')), members);
    assert.deepEqual(reads, ['x', 'x']);
  });

  it('counts a read slower than the deadline as failed', async () => {
    const cache = new CachedRoster({
      now: () => now,
      deadlineMs: 20,
      read: () => new Promise((resolve) => setTimeout(() => resolve(members), 500)),
    });
    await assert.rejects(cache.membersOf(contextFor('c1')), /longer than 20 ms/);
  });

  it('shares one read between concurrent turns', async () => {
    const cache = roster();
    const [a, b] = await Promise.all([cache.membersOf(contextFor('c1')), cache.membersOf(contextFor('c1'))]);
    assert.equal(a, b);
    assert.deepEqual(reads, ['c1']);
  });

  it('keeps at most maxEntries conversations, dropping the oldest', async () => {
    const cache = new CachedRoster({
      now: () => now,
      maxEntries: 2,
      read: async (context) => {
        reads.push(context.activity.conversation.id);
        return members;
      },
    });
    for (const id of ['c1', 'c2', 'c3', 'c2', 'c1']) await cache.membersOf(contextFor(id));
    assert.deepEqual(reads, ['c1', 'c2', 'c3', 'c1']);
  });
});
