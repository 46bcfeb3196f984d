import assert from 'node:assert/strict';
import { ALEX, messageActivity } from '../../support/botFixture';
import { startFakeConnector } from '../../support/fakeConnector';
import { useBotWithConnector } from '../../support/useBotWithConnector';

interface WireEntity {
  type: string;
  additionalType?: string[];
  citation?: { position: number; appearance: { name: string; url?: string; abstract: string } }[];
}

describe('replies on the wire (real ConnectorClient posting to a loopback connector)', () => {
  const bot = useBotWithConnector(startFakeConnector);

  const send = async (activity: Record<string, unknown>) => {
    const status = await bot.send(activity);
    assert.ok(status === 200 || status === 202, `status ${status}`);
  };
  const hasCard = (a: Record<string, unknown>) => Array.isArray(a.attachments) && a.attachments.length > 0;

  it('keeps the AI label and citation entities when the reply is serialized', async () => {
    const question = messageActivity('What is the pass criterion for the brake fade test?', ALEX);
    await send(question);
    const reply = await bot.connector.waitFor((a) => hasCard(a) && a.replyToId === question.id);
    const entity = (reply.entities as WireEntity[]).find((e) => e.type === 'https://schema.org/Message');
    assert.deepEqual(entity?.additionalType, ['AIGeneratedContent']);
    assert.equal(entity?.citation?.[0]?.position, 1);
    assert.equal(entity?.citation?.[0]?.appearance.name, 'Brake Fade Test Standard');
    assert.match(entity?.citation?.[0]?.appearance.abstract ?? '', /\S/);
  });

  it('answers an example button (Action.Submit data) like a typed question', async () => {
    const submit = messageActivity('', ALEX, {
      text: undefined,
      value: { verb: 'ask_knowledge', question: 'What is the pass criterion for the brake fade test?' },
    });
    await send(submit);
    const reply = await bot.connector.waitFor((a) => hasCard(a) && a.replyToId === submit.id);
    assert.match(JSON.stringify(reply.attachments), /6\.0 m\/s²/);
  });

  for (const [name, value] of [
    ['a question that is not a string', { verb: 'ask_knowledge', question: { $ne: 1 } }],
    ['a question over the limit', { verb: 'ask_knowledge', question: 'x'.repeat(3000) }],
  ] as const) {
    it(`answers tampered card data (${name}) with an error card`, async () => {
      const submit = messageActivity('', ALEX, { text: undefined, value });
      await send(submit);
      const reply = await bot.connector.waitFor((a) => hasCard(a) && a.replyToId === submit.id);
      assert.match(JSON.stringify(reply.attachments), /invalid/);
      assert.doesNotMatch(JSON.stringify(reply.attachments), /6\.0 m\/s²/);
    });
  }
});
