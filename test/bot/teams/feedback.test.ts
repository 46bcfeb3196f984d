import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ALEX, MEGAN, messageActivity } from '../../support/botFixture';
import { startFakeConnector } from '../../support/fakeConnector';
import { useBotWithConnector } from '../../support/useBotWithConnector';

describe('feedback on AI answers (Teams feedback loop, real connector path)', () => {
  const bot = useBotWithConnector(startFakeConnector);

  const send = bot.send;
  /** Asks a question and returns the id the connector gave the bot's answer. */
  const answerId = async (userId = ALEX): Promise<string> => {
    const question = messageActivity('What is the pass criterion for the brake fade test?', userId);
    await send(question);
    const reply = await bot.connector.waitFor(
      (a) => a.replyToId === question.id && Array.isArray(a.attachments),
    );
    assert.deepEqual(reply.channelData, { feedbackLoopEnabled: true });
    return `reply-${bot.connector.received.indexOf(reply) + 1}`;
  };
  /** The feedback invoke; `replyToId` undefined: as the Agents Playground sends it, without one. */
  const feedback = (replyToId: string | undefined, userId: string, value: unknown) => ({
    ...messageActivity('', userId),
    type: 'invoke',
    name: 'message/submitAction',
    text: undefined,
    ...(replyToId === undefined ? {} : { replyToId }),
    value,
  });
  const stored = () => bot.fixture.bot.services.feedback.list();

  it('stores a dislike with its comment, the question and the cited sources, and audits it', async () => {
    const id = await answerId();
    const status = await send(
      feedback(id, ALEX, {
        actionName: 'feedback',
        actionValue: { reaction: 'dislike', feedback: '{"feedbackText":"Missing the pedal force limit"}' },
      }),
    );
    assert.equal(status, 200);
    const [row] = await bot.fixture.bot.services.feedback.list({ reaction: 'dislike' });
    assert.equal(row?.comment, 'Missing the pedal force limit');
    assert.equal(row?.question, 'What is the pass criterion for the brake fade test?');
    assert.deepEqual(row?.sourceIds, ['brake-fade.md']);
    const db = new Database(path.join(bot.fixture.root, 'data', 'audit.sqlite'), { readonly: true });
    const actions = (db.prepare('SELECT record FROM audit').all() as { record: string }[]).map(
      (r) => (JSON.parse(r.record) as { action: string }).action,
    );
    db.close();
    assert.ok(actions.includes('feedback_given'));
  });

  it('stores feedback the Agents Playground sends (no replyToId, plain-text comment) on the newest answer', async () => {
    await answerId();
    const newest = await answerId();
    // As the Playground posts it: message/submitAction, no replyToId, the comment as typed.
    const playground = feedback(undefined, ALEX, {
      actionName: 'feedback',
      actionValue: { reaction: 'dislike', feedback: 'Needs the pedal force too' },
    });
    assert.equal(await send(playground), 200);
    const [row] = await bot.fixture.bot.services.feedback.list({ reaction: 'dislike', limit: 1 });
    assert.equal(row?.messageId, newest);
    assert.equal(row?.comment, 'Needs the pedal force too');
    assert.deepEqual(row?.sourceIds, ['brake-fade.md']);
  });

  it('ignores feedback without replyToId from a user with no answer in the conversation', async () => {
    const before = (await stored()).length;
    const orphan = feedback(undefined, MEGAN, {
      actionName: 'feedback',
      actionValue: { reaction: 'like' },
    });
    assert.equal(await send(orphan), 200);
    assert.equal((await stored()).length, before);
  });

  it('ignores feedback from someone other than the asker, and malformed payloads, without failing', async () => {
    const id = await answerId(ALEX);
    const before = (await stored()).length;
    assert.equal(
      await send(feedback(id, MEGAN, { actionName: 'feedback', actionValue: { reaction: 'like' } })),
      200,
    );
    assert.equal(
      await send(feedback(id, ALEX, { actionName: 'feedback', actionValue: { reaction: 'meh' } })),
      200,
    );
    assert.equal(
      await send(
        feedback('unknown-message', ALEX, { actionName: 'feedback', actionValue: { reaction: 'like' } }),
      ),
      200,
    );
    assert.equal((await stored()).length, before);
  });
});
