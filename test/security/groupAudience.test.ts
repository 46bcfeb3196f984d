import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EVERYONE, type Principal } from '../../knowledge/access/Principal';
import { LocalDirectory } from '../../knowledge/identity/LocalDirectory';
import { prng } from '../support/aclFixture';
import { ALEX, MEGAN, messageActivity, startFixtureBot } from '../support/botFixture';
import { startFakeRosterConnector } from '../bot/support/fakeRosterConnector';
import {
  groupConversation,
  groupMessage,
  member,
  serveRoster,
  type GroupKind,
  postActivity,
} from '../bot/support/groupActivity';
import { LeakDetector } from './support/leakDetector';

const SAMPLE = path.join(__dirname, '../../knowledge/sample');
const USERS = [
  ALEX,
  MEGAN,
  '00000000-0000-0000-0000-0000000000022',
  '00000000-0000-0000-0000-0000000000023',
  '00000000-0000-0000-0000-0000000000024',
  'u-lena.hoffmann',
  'u-marco.bianchi',
  'u-claire.dubois',
  'u-tomas.novak',
  'u-sofia.ricci',
];
const KINDS: GroupKind[] = ['groupChat', 'channel', 'meeting'];
/** Group compositions in the matrix (2-4 members each, drawn with a fixed seed). */
const COMPOSITIONS = 24;

interface Question {
  question: string;
  expectedDocId: string;
}

/**
 * The group matrix of issue 9: group compositions over the sample directory x questions aimed at restricted
 * documents, asked in group chats, channels and meetings over HTTP, with a loopback connector serving the
 * roster and recording what the bot posts. Not one passage, title or link from a document some member may not
 * read may appear in anything the bot sends there.
 */
describe('group conversations: nobody sees a passage they may not read (HTTP, sample corpus)', function () {
  this.timeout(300_000);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  let connector: Awaited<ReturnType<typeof startFakeRosterConnector>>;
  let detector: LeakDetector;
  const directory = LocalDirectory.fromFile(path.join(SAMPLE, 'directory.yaml'));
  const principals = new Map<string, Principal[]>();

  before(async () => {
    fixture = await startFixtureBot({ corpus: 'sample' });
    connector = await startFakeRosterConnector();
    detector = await LeakDetector.fromIndex(fixture.bot.services.index);
    for (const user of USERS) principals.set(user, await directory.principalsFor(user));
  });
  after(async () => {
    await connector?.stop();
    await fixture?.stop();
  });

  const post = (activity: Record<string, unknown>): Promise<unknown> =>
    postActivity(fixture.baseUrl, activity);
  const principalsOf = (user: string): Principal[] => principals.get(user) ?? [EVERYONE];

  it('the detector bites: an answer Alex may read in 1:1 is a leak in a group with Megan', async () => {
    const question = 'When is the world premiere of the Aurex NORDLICHT?';
    const reply = await post(messageActivity(question, ALEX));
    const leaks = detector.leaksIn(reply, [principalsOf(ALEX), principalsOf(MEGAN)], question);
    assert.ok(
      leaks.some((leak) => leak.kind === 'passage'),
      JSON.stringify(leaks),
    );
    assert.ok(
      leaks.some((leak) => leak.kind === 'link'),
      JSON.stringify(leaks),
    );
  });

  it('posts nothing from a document some member may not read, in 20+ compositions x restricted questions', async () => {
    const questions = restrictedQuestions(await detector.forbiddenFor([[EVERYONE]]));
    assert.ok(questions.length >= 10, `only ${questions.length} restricted questions`);
    const random = prng(9);
    const compositions = drawCompositions(random);
    let replies = 0;
    let restrictedInPlay = 0;
    const leaks: string[] = [];
    const perKind = new Map<GroupKind, number>();
    const cases = compositions.flatMap((members, n) => KINDS.map((kind) => ({ members, kind, n })));
    for (const { members, kind, n } of cases) {
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
      const conversation = groupConversation(kind, n);
      serveRoster(
        connector.rosters,
        conversation,
        members.map((user) => member(user)),
      );
      const memberPrincipals = members.map(principalsOf);
      const forbidden = new Set(detector.forbiddenFor(memberPrincipals));
      for (const { question, expectedDocId } of questions) {
        // The worst case: the member who could read the targeted document asks.
        const asker =
          members.find((user) => !detector.forbiddenFor([principalsOf(user)]).includes(expectedDocId)) ??
          (members[0] as string);
        if (forbidden.has(expectedDocId)) restrictedInPlay += 1;
        const before = connector.posted.length;
        const reply = await post(groupMessage(question, asker, conversation, connector.serviceUrl));
        const posted = connector.posted.slice(before).filter((p) => p.conversationId === conversation.id);
        const sent = [reply, ...posted.map((p) => p.activity)];
        assert.ok(
          JSON.stringify(reply).includes('attachments'),
          `no reply to ${question} in ${conversation.id}`,
        );
        replies += sent.length;
        for (const leak of detector.leaksIn(sent, memberPrincipals, question))
          leaks.push(
            `${kind} [${members.join(', ')}] asked by ${asker}: "${question}" -> ${leak.kind} of ${leak.docId} (${leak.evidence})`,
          );
      }
    }
    console.log(
      `      group matrix: ${compositions.length} compositions, each as ${KINDS.map((k) => `${perKind.get(k) ?? 0} ${k}`).join(', ')}; ` +
        `${questions.length} restricted questions, ${cases.length * questions.length} turns ` +
        `(${restrictedInPlay} aimed at a document some member may not read), ${replies} replies checked, ${leaks.length} leaks`,
    );
    assert.ok(compositions.length >= 20);
    assert.deepEqual(leaks, []);
  });

  it('holds for follow-up questions and report drafts in the same conversations', async () => {
    const questions = restrictedQuestions(await detector.forbiddenFor([[EVERYONE]]));
    const compositions = drawCompositions(prng(9));
    let turns = 0;
    const leaks: string[] = [];
    for (const [n, members] of compositions.entries()) {
      const kind = KINDS[n % KINDS.length] as GroupKind;
      const conversation = groupConversation(kind, 500 + n);
      serveRoster(
        connector.rosters,
        conversation,
        members.map((user) => member(user)),
      );
      const memberPrincipals = members.map(principalsOf);
      for (const { question, expectedDocId } of questions) {
        const asker =
          members.find((user) => !detector.forbiddenFor([principalsOf(user)]).includes(expectedDocId)) ??
          (members[0] as string);
        for (const text of [question, 'and what about the budget?', `draft a report on ${question}`]) {
          const reply = await post(groupMessage(text, asker, conversation, connector.serviceUrl));
          turns += 1;
          for (const leak of detector.leaksIn(reply, memberPrincipals, `${question} ${text}`))
            leaks.push(
              `${kind} [${members.join(', ')}] "${text}" -> ${leak.kind} of ${leak.docId} (${leak.evidence})`,
            );
        }
      }
    }
    console.log(
      `      follow-ups and report drafts: ${compositions.length} compositions, ${questions.length} questions, ${turns} turns, ${leaks.length} leaks`,
    );
    assert.deepEqual(leaks, []);
  });
});

/** Sample questions whose expected document is not readable by everyone. */
function restrictedQuestions(restricted: readonly string[]): Question[] {
  const all = JSON.parse(fs.readFileSync(path.join(SAMPLE, 'questions.json'), 'utf8')) as Question[];
  return all.filter((q) => restricted.includes(q.expectedDocId));
}

/** Distinct compositions of 2-4 sample users, deterministic for the seed. */
function drawCompositions(random: () => number): string[][] {
  const seen = new Set<string>();
  const compositions: string[][] = [];
  while (compositions.length < COMPOSITIONS) {
    const size = 2 + Math.floor(random() * 3);
    const members = new Set<string>();
    while (members.size < size) members.add(USERS[Math.floor(random() * USERS.length)] as string);
    const key = [...members].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    compositions.push([...members]);
  }
  return compositions;
}
