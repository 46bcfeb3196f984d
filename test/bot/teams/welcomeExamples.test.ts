import assert from 'node:assert/strict';
import path from 'node:path';
import { ALEX, messageActivity, startFixtureBot } from '../../support/botFixture';
import { findAll } from '../../support/cardActions';
import { cardText } from '../../support/cardText';
import { postActivity } from '../../support/postActivity';

const SAMPLE_PROFILE = path.join(__dirname, '../../../knowledge/sample/organisation.yaml');
const NO_ANSWER = /couldn't find anything relevant/;

interface Replies {
  activities: { attachments?: { content: unknown }[] }[];
}

/**
 * The welcome card's example buttons, clicked as a new user would, over the corpus the bot serves: every
 * button must get an answer (no refusal, no "not found"), and the knowledge examples are only questions the
 * corpus answers (`expectShown` matches them, one per line).
 */
function welcomeExamplesWork(
  name: string,
  options: Parameters<typeof startFixtureBot>[0],
  expectShown: RegExp,
) {
  describe(`welcome examples: ${name}`, function () {
    this.timeout(60_000);
    let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
    before(async () => {
      fixture = await startFixtureBot(options);
      await fixture.bot.services.examples.idle();
    });
    after(() => fixture.stop());

    const post = async (activity: Record<string, unknown>): Promise<Replies> => {
      const response = await postActivity(fixture.baseUrl, activity);
      assert.equal(response.status, 200);
      return (await response.json()) as Replies;
    };
    const firstCard = (replies: Replies) =>
      replies.activities.find((a) => a.attachments?.length)?.attachments?.[0]?.content;

    it('shows example buttons, and each one gets an answer, not a refusal', async () => {
      const welcome = await post({
        ...messageActivity('', ALEX),
        type: 'conversationUpdate',
        text: undefined,
        membersAdded: [{ id: `29:${ALEX}`, aadObjectId: ALEX }, { id: '28:bot' }],
      });
      const buttons = findAll(firstCard(welcome), 'Action.Submit');
      const questions = buttons.map((b) => (b.data as { question: string }).question);
      assert.ok(questions.length > 0, 'no example buttons');
      const knowledge = fixture.bot.services.examples.list;
      assert.match(knowledge.join('\n'), expectShown);
      assert.ok(questions.includes(knowledge[0] ?? ''), 'the first knowledge example is a button');
      for (const button of buttons) {
        const reply = firstCard(
          await post({ ...messageActivity('', ALEX), text: undefined, value: button.data }),
        );
        const said = cardText(reply);
        assert.doesNotMatch(said, NO_ANSWER, `${String(button.title)} got no answer`);
        assert.doesNotMatch(said, /not found|I found no ticket/i, `${String(button.title)} found nothing`);
      }
    });
  });
}

welcomeExamplesWork(
  'the sample organisation over its own corpus',
  { corpus: 'sample', env: { ORGANISATION_PROFILE: SAMPLE_PROFILE } },
  /^What is the pass criterion for the brake fade test\?\n[\s\S]*VPN/,
);
welcomeExamplesWork(
  'the sample organisation’s profile over another corpus (only what that corpus answers)',
  { env: { ORGANISATION_PROFILE: SAMPLE_PROFILE } },
  /^What is the pass criterion for the brake fade test\?$/,
);
welcomeExamplesWork(
  'no profile: examples made from titles everyone may read',
  { corpus: 'sample' },
  /^What does “[^”]+” say\?(\nWhat does “[^”]+” say\?){0,2}$/,
);
