import assert from 'node:assert/strict';
import { TestAdapter, TurnContext, type Activity, type ConversationAccount } from 'botbuilder';
import {
  EXTERNAL_MEMBER_NOTICE,
  ROSTER_UNAVAILABLE_NOTICE,
  audienceFor,
} from '../../../bot/teams/audienceFor';
import type { ConversationRoster, RosterMember } from '../../../bot/teams/ConversationRoster';
import { DirectoryUnavailableError } from '../../../knowledge/identity/DirectoryUnavailableError';
import type { Directory } from '../../../knowledge/identity/Directory';
import type { SkillUser } from '../../../skills/SkillDescriptor';

const TENANT = 't-home';
const groups: Record<string, string[]> = {
  alex: ['user:alex', 'everyone', 'group:eng', 'group:aurex'],
  megan: ['user:megan', 'everyone', 'group:velora', 'group:eng'],
  marco: ['user:marco', 'everyone', 'group:velora', 'group:eng'],
};
const directory: Directory = {
  principalsFor: async (id) => {
    if (id === 'down') throw new DirectoryUnavailableError('graph down');
    return groups[id] ?? [`user:${id}`, 'everyone'];
  },
  displayName: async () => undefined,
};
const asker = (id: string): SkillUser => ({ id, principals: groups[id] ?? [], tenantId: TENANT });
const roster = (members: RosterMember[] | Error): ConversationRoster => ({
  membersOf: async () => {
    if (members instanceof Error) throw members;
    return members;
  },
  forget: () => undefined,
});
const person = (id: string, extra: Partial<RosterMember> = {}): RosterMember => ({
  id: `29:${id}`,
  aadObjectId: id,
  tenantId: TENANT,
  userRole: 'user',
  ...extra,
});
const context = (conversation: Partial<ConversationAccount>, channelData: Record<string, unknown> = {}) =>
  new TurnContext(new TestAdapter(), {
    type: 'message',
    from: { id: '29:megan', name: 'Megan', aadObjectId: 'megan' },
    recipient: { id: '28:bot', name: 'Bot' },
    conversation,
    channelData,
  } as Partial<Activity>);
const group = () => context({ id: '19:g@thread.v2', conversationType: 'groupChat', isGroup: true });

describe('audienceFor', () => {
  it('leaves a 1:1 chat to the asker alone, without reading the roster', async () => {
    const { user, audience } = await audienceFor(
      context({ id: 'a:1', conversationType: 'personal' }),
      asker('megan'),
      { directory, roster: roster(new Error('must not be read')) },
    );
    assert.deepEqual(user.principals, groups.megan);
    assert.equal(audience, undefined);
  });

  it('narrows a group chat to what every member holds, and keeps the asker’s own principals aside', async () => {
    const { user, audience } = await audienceFor(group(), asker('megan'), {
      directory,
      roster: roster([person('megan'), person('alex'), { id: '28:bot' }]),
    });
    assert.deepEqual(user.principals, ['everyone', 'group:eng']);
    assert.deepEqual(audience, { kind: 'group', members: 2, askerPrincipals: groups.megan });
    assert.equal(user.notice, undefined);
  });

  it('keeps a restricted group when every member is in it', async () => {
    const { user } = await audienceFor(group(), asker('megan'), {
      directory,
      roster: roster([person('megan'), person('marco')]),
    });
    assert.deepEqual(user.principals, ['everyone', 'group:velora', 'group:eng']);
  });

  it('treats a member the directory does not know as everyone + their own id', async () => {
    const { user } = await audienceFor(group(), asker('megan'), {
      directory,
      roster: roster([person('megan'), person('stranger')]),
    });
    assert.deepEqual(user.principals, ['everyone']);
  });

  for (const [label, member] of [
    ['a guest', person('guest', { userRole: 'guest' })],
    ['an anonymous meeting participant', person('anon', { userRole: 'anonymous', aadObjectId: undefined })],
    ['a member of another tenant', person('ext', { tenantId: 't-other' })],
  ] as const) {
    it(`searches nothing with ${label} present, and says so`, async () => {
      const { user } = await audienceFor(group(), asker('megan'), {
        directory,
        roster: roster([person('megan'), member]),
      });
      assert.deepEqual(user.principals, []);
      assert.equal(user.notice, EXTERNAL_MEMBER_NOTICE);
    });
  }

  it('uses the configured home tenant over the asker’s', async () => {
    const { user } = await audienceFor(group(), asker('megan'), {
      directory,
      homeTenantId: 't-other',
      roster: roster([person('megan', { tenantId: 't-other' }), person('marco', { tenantId: 't-other' })]),
    });
    assert.deepEqual(user.principals, ['everyone', 'group:velora', 'group:eng']);
  });

  it('falls back to everyone, with a notice, when the roster cannot be read', async () => {
    const { user, audience } = await audienceFor(group(), asker('megan'), {
      directory,
      roster: roster(new Error('connector down')),
    });
    assert.deepEqual(user.principals, ['everyone']);
    assert.equal(user.notice, ROSTER_UNAVAILABLE_NOTICE);
    assert.equal(audience?.members, 0);
  });

  it('counts a member whose groups cannot be resolved as everyone only, with a notice', async () => {
    const { user } = await audienceFor(group(), asker('megan'), {
      directory,
      roster: roster([person('megan'), person('marco'), person('down')]),
    });
    assert.deepEqual(user.principals, ['everyone']);
    assert.equal(user.notice, ROSTER_UNAVAILABLE_NOTICE);
  });

  it('applies to channels and meetings too', async () => {
    for (const ctx of [
      context(
        { id: '19:c@thread.tacv2', conversationType: 'channel' },
        { team: { id: '19:t@thread.tacv2' } },
      ),
      context({ id: '19:m@thread.v2', conversationType: 'groupChat' }, { meeting: { id: 'MCM' } }),
    ]) {
      const { user } = await audienceFor(ctx, asker('megan'), {
        directory,
        roster: roster([person('megan'), person('alex')]),
      });
      assert.deepEqual(user.principals, ['everyone', 'group:eng']);
    }
  });
});
