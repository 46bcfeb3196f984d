import assert from 'node:assert/strict';
import { inboundText } from '../../../bot/teams/inboundText';
import { CARD_ONLY_NOTICE } from '../../../bot/teams/createTeamsApp';
import { ALEX, messageActivity } from '../../support/botFixture';
import { useFixtureBot } from '../../support/useFixtureBot';
import { cardText } from '../../support/cardText';
import { postActivity } from '../../support/postActivity';

/** The text the Agents Playground sends for one card inserted into the compose box (its item 0). */
const PLAYGROUND_CARD =
  '\n<span class="inline-compose-card" itemid="0" itemtype="http://schema.skype.com/InputExtension">\n  <span content="0" itemprop="cardId"></span>\n</span>\n';
const CARD = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Brake Fade Test Standard' }],
  },
};

describe('inboundText: a message’s words without inserted-card markup', () => {
  const cases: [string, Record<string, unknown>, Awaited<ReturnType<typeof inboundText>>][] = [
    [
      'plain text',
      { text: 'How do I reset my password?' },
      { kind: 'text', text: 'How do I reset my password?' },
    ],
    ['text with angle brackets', { text: 'what does <b> do?' }, { kind: 'text', text: 'what does <b> do?' }],
    ['a Playground card only', { text: PLAYGROUND_CARD, attachments: [CARD] }, { kind: 'cardsOnly' }],
    [
      'a Teams card only',
      { text: '<attachment id="a1"></attachment>', attachments: [CARD] },
      { kind: 'cardsOnly' },
    ],
    ['a card with no text at all', { attachments: [CARD] }, { kind: 'cardsOnly' }],
    [
      'words and a card',
      { text: `is this right?${PLAYGROUND_CARD}`, attachments: [CARD] },
      { kind: 'text', text: 'is this right?' },
    ],
    [
      'only an HTML rendering of empty text',
      { text: '', attachments: [{ contentType: 'text/html', content: '' }] },
      { kind: 'text', text: '' },
    ],
    [
      'a card submit (value)',
      { text: '', value: { verb: 'ask_knowledge' }, attachments: [CARD] },
      { kind: 'text', text: '' },
    ],
  ];
  for (const [name, activity, expected] of cases) {
    it(name, async () => {
      assert.deepEqual(await inboundText(activity), expected);
    });
  }
});

describe('a message-extension card sent into the bot’s chat (real bot over HTTP)', () => {
  const fixture = useFixtureBot();

  const post = async (activity: Record<string, unknown>): Promise<string> => {
    const response = await postActivity(fixture.baseUrl, activity);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { activities: { attachments?: { content: unknown }[] }[] };
    return body.activities
      .map((a) => (a.attachments ?? []).map((x) => cardText(x.content)).join('\n'))
      .join('\n');
  };

  it('answers a card-only message with a notice, never echoing the placeholder markup', async () => {
    const said = await post(messageActivity(PLAYGROUND_CARD, ALEX, { attachments: [CARD] }));
    assert.match(said, new RegExp(CARD_ONLY_NOTICE.title));
    assert.doesNotMatch(said, /inline-compose-card|itemprop|<span/);
  });

  it('answers the words typed next to a card', async () => {
    const said = await post(
      messageActivity(`What is the pass criterion for the brake fade test?${PLAYGROUND_CARD}`, ALEX, {
        attachments: [CARD],
      }),
    );
    assert.match(said, /6\.0 m\/s²/);
    assert.doesNotMatch(said, /inline-compose-card|<span/);
  });
});
