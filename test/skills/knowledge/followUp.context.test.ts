import assert from 'node:assert/strict';
import {
  DEFAULT_FOLLOW_UP_TTL_MS,
  InMemoryFollowUpContextStore,
  type FollowUpContextStore,
} from '../../../skills/knowledge/ConversationContext';
import { FollowUpResolver } from '../../../skills/knowledge/FollowUpResolver';

const FIRST = 'What is the clear space rule for the Aurex logo?';
const FOLLOW_UP = 'and for Brava?';
const REWRITTEN = 'What is the clear space rule for the Brava logo?';

describe('follow-up context (per conversation and user, last turns, time-to-live)', () => {
  let clock: number;
  const now = () => clock;
  beforeEach(() => {
    clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  });

  const alexHere = { conversationId: 'conv-1', userId: 'alex' };

  it('rewrites a follow-up of the same user in the same conversation', async () => {
    const followUps = new FollowUpResolver({ now });
    await followUps.remember(alexHere, FIRST, FIRST);
    assert.deepEqual(await followUps.understand(alexHere, FOLLOW_UP), {
      question: REWRITTEN,
      followUp: true,
      method: 'swap-name',
    });
  });

  it('never crosses users: another member of the same group chat gets the message as typed', async () => {
    const followUps = new FollowUpResolver({ now });
    await followUps.remember(alexHere, FIRST, FIRST);
    const megan = await followUps.understand({ conversationId: 'conv-1', userId: 'megan' }, FOLLOW_UP);
    assert.deepEqual(megan, { question: FOLLOW_UP, followUp: false });
  });

  it('never crosses conversations: the same user elsewhere gets the message as typed', async () => {
    const followUps = new FollowUpResolver({ now });
    await followUps.remember(alexHere, FIRST, FIRST);
    const elsewhere = await followUps.understand({ conversationId: 'conv-2', userId: 'alex' }, FOLLOW_UP);
    assert.equal(elsewhere.question, FOLLOW_UP);
  });

  it('keys cannot be forged by ids that contain a separator', async () => {
    const store = new InMemoryFollowUpContextStore({ now });
    await store.append(
      { conversationId: 'a', userId: 'b|c' },
      { message: FIRST, question: FIRST, at: clock },
    );
    assert.deepEqual(await store.turns({ conversationId: 'a|b', userId: 'c' }), []);
  });

  it('expires 30 minutes after the last knowledge question by default', async () => {
    const followUps = new FollowUpResolver({ now });
    await followUps.remember(alexHere, FIRST, FIRST);
    clock += DEFAULT_FOLLOW_UP_TTL_MS - 1;
    assert.equal((await followUps.understand(alexHere, FOLLOW_UP)).question, REWRITTEN);
    clock += 1;
    assert.deepEqual(await followUps.understand(alexHere, FOLLOW_UP), {
      question: FOLLOW_UP,
      followUp: false,
    });
  });

  it('takes its time-to-live from an option', async () => {
    const followUps = new FollowUpResolver({ now, ttlMs: 60_000 });
    await followUps.remember(alexHere, FIRST, FIRST);
    clock += 60_000;
    assert.equal((await followUps.understand(alexHere, FOLLOW_UP)).followUp, false);
  });

  it('renews the time-to-live with every knowledge question', async () => {
    const followUps = new FollowUpResolver({ now, ttlMs: 60_000 });
    await followUps.remember(alexHere, FIRST, FIRST);
    clock += 50_000;
    await followUps.remember(alexHere, FOLLOW_UP, REWRITTEN);
    clock += 50_000;
    const next = await followUps.understand(alexHere, 'what about Kestrel?');
    assert.equal(next.question, 'What is the clear space rule for the Kestrel logo?');
  });

  it('keeps only the last few turns, oldest first', async () => {
    const store = new InMemoryFollowUpContextStore({ now, maxTurns: 2 });
    for (const question of ['q1?', 'q2?', 'q3?'])
      await store.append(alexHere, { message: question, question, at: clock });
    assert.deepEqual(
      (await store.turns(alexHere)).map((turn) => turn.question),
      ['q2?', 'q3?'],
    );
  });

  it('bounds the number of contexts kept in memory, dropping the least recently written', async () => {
    const store = new InMemoryFollowUpContextStore({ now, maxKeys: 2 });
    const key = (userId: string) => ({ conversationId: 'c', userId });
    for (const user of ['u1', 'u2', 'u3'])
      await store.append(key(user), { message: FIRST, question: FIRST, at: clock });
    assert.equal((await store.turns(key('u1'))).length, 0);
    assert.equal((await store.turns(key('u3'))).length, 1);
  });

  it('answers as typed when the store fails, and never throws', async () => {
    const broken: FollowUpContextStore = {
      turns: async () => {
        throw new Error('storage down');
      },
      append: async () => {
        throw new Error('storage down');
      },
    };
    const followUps = new FollowUpResolver({ store: broken });
    await followUps.remember(alexHere, FIRST, FIRST);
    assert.deepEqual(await followUps.understand(alexHere, FOLLOW_UP), {
      question: FOLLOW_UP,
      followUp: false,
    });
  });

  it('drops a rewrite longer than the knowledge skill accepts', async () => {
    const followUps = new FollowUpResolver({ now, maxQuestionChars: 40 });
    await followUps.remember(alexHere, FIRST, FIRST);
    assert.equal((await followUps.understand(alexHere, FOLLOW_UP)).question, FOLLOW_UP);
  });
});
