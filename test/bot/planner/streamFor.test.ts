import assert from 'node:assert/strict';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { renderNoticeCard } from '../../../adaptive-cards';
import { streamFor, type TurnStream } from '../../../bot/planner/streamFor';
import type { SkillResult } from '../../../skills/SkillDescriptor';

const result: SkillResult = {
  card: renderNoticeCard({ title: 'Result', message: 'The final card.' }),
  text: 'Final text [1]',
  aiGenerated: true,
  citations: [
    { n: 1, title: 'Brake Fade Test Standard', url: 'https://docs.test/b', heading: '', snippet: 'Six.' },
  ],
};

/** Runs `work` in one turn of a 1:1 or group conversation and returns what the bot sent. */
async function turn(
  conversationType: string,
  work: (stream: TurnStream, context: TurnContext) => Promise<void>,
): Promise<Partial<Activity>[]> {
  const adapter = new TestAdapter(async (context) => work(streamFor(context), context));
  await adapter.processActivity({
    type: 'message',
    text: 'q',
    channelId: 'msteams',
    conversation: { id: 'c', conversationType, isGroup: conversationType !== 'personal', name: '' },
  });
  return adapter.activeQueue.splice(0);
}
const streamType = (a: Partial<Activity>) =>
  (a.channelData as { streamType?: string } | undefined)?.streamType;

describe('streamFor', function () {
  this.timeout(20_000);

  it('offers no stream outside 1:1 chats', async () => {
    const sent = await turn('groupChat', async (stream) => {
      assert.equal(stream.stream, undefined);
      assert.equal(await stream.finish(result), false);
    });
    assert.deepEqual(sent, []);
  });

  it('sends nothing and returns false when nothing was streamed', async () => {
    const sent = await turn('personal', async (stream) => {
      assert.ok(stream.stream);
      assert.equal(await stream.finish(result), false);
    });
    assert.deepEqual(sent, []);
  });

  it('ends a stream with the result’s message: card, text, AI label and citations', async () => {
    const sent = await turn('personal', async (stream) => {
      stream.stream?.delta('Streamed, maybe rejected, text. ');
      assert.equal(await stream.finish(result), true);
      assert.equal(await stream.finish(result), false);
    });
    const final = sent.at(-1);
    assert.deepEqual([final?.type, streamType(final ?? {})], ['message', 'final']);
    assert.equal(final?.text, 'Answer from 1 source [1]');
    assert.equal(final?.attachments?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
    const entities = JSON.stringify(final?.entities);
    assert.match(entities, /"type":"streaminfo"/);
    assert.match(entities, /AIGeneratedContent.*"position":1.*Brake Fade Test Standard/);
    assert.doesNotMatch(JSON.stringify(final), /maybe rejected/);
  });

  it('replaces the streamed text with a notice when the skill failed', async () => {
    const sent = await turn('personal', async (stream) => {
      stream.stream?.delta('Half an answer');
      assert.equal(await stream.finish(), false);
    });
    const final = sent.find((a) => streamType(a) === 'final');
    assert.equal(final?.text, 'The answer was interrupted. Please try again.');
    assert.deepEqual(final?.attachments, []);
  });
});
