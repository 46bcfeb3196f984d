import assert from 'node:assert/strict';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { compose, type Services } from '../../../host/compose';
import { loadConfig } from '../../../host/config/loadConfig';
import { createServer } from '../../../host/http/createServer';
import { silentLogger } from '../../../host/log/createLogger';
import { createTeamsApp } from '../../../bot/teams/createTeamsApp';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { FollowUpResolver } from '../../../skills/knowledge/FollowUpResolver';
import { ALEX, MEGAN, messageActivity } from '../../support/botFixture';
import { cardText } from '../../support/cardText';
import { createBotEndpoint } from '../../../bot/http/createBotEndpoint';
import { listenOnLoopback, closeServer } from '../../support/loopbackServer';

interface Reply {
  type: string;
  attachments?: { content: unknown }[];
}

const SAMPLE = path.join(__dirname, '../../../knowledge/sample');
const GROUP_CHAT = { id: '19:group-chat@thread.v2', conversationType: 'groupChat', tenantId: 't' };

describe('follow-up questions in Teams (createTeamsApp + HTTP, sample corpus, no model)', function () {
  this.timeout(60_000);
  let root: string;
  let services: Services;
  let server: http.Server;
  let url: string;
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0);

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'follow-ups-'));
    const corpus = path.join(SAMPLE, 'corpus');
    const config = loadConfig(
      {
        DATA_DIR: path.join(root, 'data'),
        KNOWLEDGE_SOURCE_DIR: corpus,
        DIRECTORY_FILE: path.join(SAMPLE, 'directory.yaml'),
        PLAYGROUND: 'off',
      },
      { cwd: root },
    );
    services = compose(config, { log: silentLogger });
    await runIngest({ source: new FolderSource({ root: corpus }), index: services.index });
    const followUps = new FollowUpResolver({ now: () => clock });
    server = createServer(services, createBotEndpoint(services, createTeamsApp(services, { followUps })));
    url = `${await listenOnLoopback(server)}/api/messages`;
  });
  after(async () => {
    await closeServer(server);
    await services.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Sends one message and returns the text of the reply cards. */
  const say = async (
    text: string,
    user = ALEX,
    conversation: Record<string, unknown> = { id: `a:conv-${user}`, conversationType: 'personal' },
  ): Promise<string> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(text, user, { conversation })),
    });
    assert.equal(response.status, 200);
    const { activities } = (await response.json()) as { activities: Reply[] };
    return activities.map((a) => (a.attachments ?? []).map((x) => cardText(x.content)).join('\n')).join('\n');
  };

  it('answers a follow-up about the previous subject and shows the question as understood', async () => {
    const first = await say('What is the clear space rule for the Aurex logo?');
    assert.match(first, /Aurex Brand Identity Guidelines/);
    const next = await say('and for Brava?');
    assert.match(next, /What is the clear space rule for the Brava logo\?/);
    assert.match(next, /Brava Brand Guidelines/);
  });

  it('keeps the subject across a ticket request (only knowledge questions set it)', async () => {
    await say('What is the clear space rule for the Aurex logo?');
    const ticket = await say('open a ticket: the CAN simulator in lab 3 is down');
    assert.doesNotMatch(ticket, /clear space/);
    const next = await say('what about Kestrel?');
    assert.match(next, /What is the clear space rule for the Kestrel logo\?/);
    assert.match(next, /Kestrel Brand Overview/);
  });

  it('does not carry one member’s subject to another member of a group chat', async () => {
    await say('How do I connect to the corporate VPN from home?', ALEX, GROUP_CHAT);
    const megan = await say('and from abroad?', MEGAN, GROUP_CHAT);
    assert.doesNotMatch(megan, /corporate VPN from abroad/);
    const alex = await say('and from abroad?', ALEX, GROUP_CHAT);
    assert.match(alex, /How do I connect to the corporate VPN from abroad\?/);
  });

  it('does not carry a subject from one conversation to another', async () => {
    await say('What is the battery voltage of the NMP-E platform?', ALEX, GROUP_CHAT);
    const personal = await say('and for NMP-C?');
    assert.doesNotMatch(personal, /battery voltage of the NMP-C platform/);
  });

  it('forgets the subject 30 minutes after the last knowledge question', async () => {
    await say('What is the battery voltage of the NMP-E platform?');
    clock += 29 * 60 * 1000;
    assert.match(await say('and the wheelbase?'), /What is the wheelbase of the NMP-E platform\?/);
    clock += 30 * 60 * 1000;
    assert.doesNotMatch(await say('and for NMP-C?'), /NMP-C platform/);
  });
});
