import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ALEX, MEGAN, messageActivity, startFixtureBot } from '../support/botFixture';
import { startFakeRosterConnector } from '../bot/support/fakeRosterConnector';
import {
  groupConversation,
  groupMessage,
  member,
  postActivity,
  serveRoster,
  type GroupKind,
} from '../bot/support/groupActivity';
import { writeFileIn } from '../support/writeFileIn';

/** Sentences of the confidential document: none of them may reach a group conversation. */
const CONFIDENTIAL_SENTENCES = [
  'The Halcyon supplier rebate is 7.5 percent of the annual order volume.',
  'The Halcyon rebate is paid quarterly into the purchasing cost centre.',
];
const PROFILE = `sensitivityLabels:
  - { id: public, name: Public }
  - { id: internal, name: Internal, description: For employees only }
  - { id: confidential, name: Confidential, description: Named people and groups only, aliases: [2f1a0b9e-0000-4000-8000-00000000c0f1] }
  - { id: highly-confidential, name: Highly Confidential }
groupQuoteMaxLabel: internal
`;

function writeCorpus(root: string): { corpus: string; directory: string; profile: string } {
  const corpus = path.join(root, 'labelled-corpus');
  const write = (name: string, text: string) => writeFileIn(corpus, name, text);
  write('_folder.meta.yaml', 'access: [everyone]\n');
  write(
    'purchasing/rebates.md',
    `---\ntitle: Halcyon Supplier Rebate Terms\nsensitivityLabel: confidential\n---\n# Halcyon rebate\n\n${CONFIDENTIAL_SENTENCES.join(' ')}\n`,
  );
  write('hr/_folder.meta.yaml', 'sensitivityLabel: internal\n');
  write(
    'hr/parking.md',
    '# Parking permits\n\nParking permits for the north car park are issued by the facilities desk within two working days.\n',
  );
  write(
    'public/parking-visitors.md',
    '---\nsensitivityLabel: public\n---\n# Visitor parking\n\nVisitor parking permits for the north car park are issued by the reception desk on arrival.\n',
  );
  const directory = path.join(root, 'directory.yaml');
  fs.writeFileSync(
    directory,
    `users:\n  - id: ${ALEX}\n    name: Alex Wilber\n    groups: []\n  - id: ${MEGAN}\n    name: Megan Bowen\n    groups: []\n`,
  );
  const profile = path.join(root, 'organisation.yaml');
  fs.writeFileSync(profile, PROFILE);
  return { corpus, directory, profile };
}

interface ReplyActivity {
  text?: string;
  attachments?: { content: unknown }[];
  entities?: {
    usageInfo?: { name: string; description?: string };
    citation?: { appearance: { name: string; usageInfo?: { name: string } } }[];
  }[];
}
const activitiesOf = (reply: unknown): ReplyActivity[] =>
  ((reply as { activities?: ReplyActivity[] } | undefined)?.activities ?? []).filter((a) => a.attachments);
const cardText = (activity: ReplyActivity | undefined) =>
  JSON.stringify(activity?.attachments?.[0]?.content ?? {});

/**
 * Sensitivity labels end to end over HTTP: documents labelled by front matter and folder defaults, an
 * organisation profile ranking the labels with `groupQuoteMaxLabel: internal`, the real bot in local mode and a
 * loopback connector serving group rosters.
 */
describe('sensitivity labels on answers (HTTP)', function () {
  this.timeout(120_000);
  let root: string;
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  let connector: Awaited<ReturnType<typeof startFakeRosterConnector>>;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'labels-http-'));
    const { corpus, directory, profile } = writeCorpus(root);
    fixture = await startFixtureBot({
      corpus: { corpus, directory },
      env: { ORGANISATION_PROFILE: profile },
    });
    connector = await startFakeRosterConnector();
  });
  after(async () => {
    await connector?.stop();
    await fixture?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const QUESTION = 'What is the Halcyon supplier rebate?';

  it('1:1: quotes the confidential document, shows its label on the card and sends it as the message label', async () => {
    const [reply] = activitiesOf(await postActivity(fixture.baseUrl, messageActivity(QUESTION, ALEX)));
    const card = cardText(reply);
    assert.ok(card.includes('7.5 percent'), card);
    assert.ok(card.includes('Sensitivity: Confidential'), card);
    const entity = reply?.entities?.[0];
    assert.deepEqual(entity?.usageInfo, {
      '@type': 'CreativeWork',
      name: 'Confidential',
      description: 'Named people and groups only',
    });
    assert.equal(entity?.citation?.[0]?.appearance.usageInfo?.name, 'Confidential');
  });

  const KINDS: GroupKind[] = ['groupChat', 'channel', 'meeting'];
  KINDS.forEach((kind, n) => {
    it(`${kind}: cites the confidential document by title and link only, never quoting it`, async () => {
      const conversation = groupConversation(kind, 900 + n);
      serveRoster(connector.rosters, conversation, [member(ALEX), member(MEGAN)]);
      const before = connector.posted.length;
      const reply = await postActivity(
        fixture.baseUrl,
        groupMessage(QUESTION, ALEX, conversation, connector.serviceUrl),
      );
      const sent = JSON.stringify([reply, connector.posted.slice(before)]);
      for (const sentence of CONFIDENTIAL_SENTENCES) {
        assert.ok(!sent.includes(sentence), `quoted in ${kind}: ${sentence}`);
        for (const fragment of sentence.split(/(?<=\.) |, /).map((part) => part.slice(0, 30)))
          assert.ok(!sent.includes(fragment), `quoted in ${kind}: ${fragment}`);
      }
      assert.ok(!sent.includes('7.5'), `the rebate figure reached the ${kind}`);
      const [activity] = activitiesOf(reply);
      const card = cardText(activity);
      assert.ok(card.includes('Halcyon Supplier Rebate Terms'), card);
      assert.ok(card.includes('not quoted here (Confidential)'), card);
      assert.ok(card.includes('Documents labelled above Internal'), card);
      assert.ok(card.includes('Sensitivity: Confidential'), card);
      assert.equal(activity?.entities?.[0]?.usageInfo?.name, 'Confidential');
      // The asker may read it in full in their 1:1 chat: the card offers that, without the "left out" note.
      assert.ok(card.includes('"verb":"private_answer"'), card);
      assert.ok(card.includes(`"question":"${QUESTION}"`), card);
      assert.ok(!card.includes('not everyone here may read'), card);
    });
  });

  it('the answer label is the most restrictive of its cited sources (Public + Internal -> Internal)', async () => {
    const [reply] = activitiesOf(
      await postActivity(
        fixture.baseUrl,
        messageActivity('Who issues parking permits for the north car park?', ALEX),
      ),
    );
    const card = cardText(reply);
    assert.ok(card.includes('Parking Permits') || card.includes('Parking permits'), card);
    const cited = reply?.entities?.[0]?.citation ?? [];
    assert.ok(cited.length >= 2, `expected both parking documents cited: ${card}`);
    assert.deepEqual(cited.map((c) => c.appearance.usageInfo?.name).sort(), ['Internal', 'Public']);
    assert.ok(card.includes('Sensitivity: Internal'), card);
    assert.equal(reply?.entities?.[0]?.usageInfo?.name, 'Internal');
  });

  it('a group may be quoted documents at or below the level (Internal)', async () => {
    const conversation = groupConversation('groupChat', 990);
    serveRoster(connector.rosters, conversation, [member(ALEX), member(MEGAN)]);
    const [activity] = activitiesOf(
      await postActivity(
        fixture.baseUrl,
        groupMessage(
          'Who issues parking permits for the north car park?',
          ALEX,
          conversation,
          connector.serviceUrl,
        ),
      ),
    );
    const card = cardText(activity);
    assert.ok(card.includes('facilities desk'), card);
    assert.ok(!card.includes('not quoted here'), card);
  });
});
