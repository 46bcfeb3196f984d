import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { compose, type Services } from '../../../../host/compose';
import { loadConfig } from '../../../../host/config/loadConfig';
import { createServer } from '../../../../host/http/createServer';
import { silentLogger } from '../../../../host/log/createLogger';
import { createTeamsApp } from '../../../../bot/teams/createTeamsApp';
import { ConversationRateLimiter } from '../../../../host/outbound/ConversationRateLimiter';
import { ALEX, messageActivity, writeFixtureCorpus } from '../../../support/botFixture';
import { startFakeConnector } from '../../../support/fakeConnector';
import { createBotEndpoint } from '../../../../bot/http/createBotEndpoint';

/** Counts the slots handed out per conversation (on a virtual clock, so pacing never waits in real time). */
class CountingLimiter extends ConversationRateLimiter {
  readonly acquired = new Map<string, number>();
  private clock = 0;
  constructor() {
    super({
      now: () => this.clock,
      sleep: async (ms) => {
        this.clock += ms;
      },
    });
  }
  override async acquire(conversationId: string): Promise<void> {
    await super.acquire(conversationId);
    this.acquired.set(conversationId, (this.acquired.get(conversationId) ?? 0) + 1);
  }
}

describe('send pacing: every activity the bot posts to a conversation takes a slot first (loopback connector)', function () {
  this.timeout(60_000);
  let root: string;
  let services: Services;
  let server: http.Server;
  let baseUrl: string;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  const limiter = new CountingLimiter();
  before(async () => {
    connector = await startFakeConnector();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pacing-'));
    const { corpus, directory } = writeFixtureCorpus(root);
    const config = loadConfig(
      { DATA_DIR: path.join(root, 'data'), KNOWLEDGE_SOURCE_DIR: corpus, DIRECTORY_FILE: directory },
      { cwd: root },
    );
    services = compose(config, { log: silentLogger });
    server = createServer(
      services,
      createBotEndpoint(services, createTeamsApp(services, { sendLimiter: limiter })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await services.close();
    await connector.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('paces replies and typing indicators, and leaves expectReplies responses alone', async () => {
    const conversation = `a:conv-${ALEX}`;
    for (let i = 0; i < 5; i += 1) {
      const activity = messageActivity('help', ALEX, {
        serviceUrl: connector.serviceUrl,
        deliveryMode: undefined,
      });
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      assert.equal(response.status, 200);
      await connector.waitFor((a) => a.replyToId === activity.id && a.type === 'message');
    }
    const posted = connector.received.length;
    assert.ok(posted >= 5, `${posted} activities posted`);
    assert.equal(limiter.acquired.get(conversation), posted, 'one slot per posted activity');

    const collected = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity('help', ALEX, { deliveryMode: 'expectReplies' })),
    });
    assert.equal(collected.status, 200);
    assert.equal(limiter.acquired.get(conversation), posted, 'replies in the response take no slot');
  });
});
