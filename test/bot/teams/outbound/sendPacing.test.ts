import assert from 'node:assert/strict';
import { ConversationRateLimiter } from '../../../../host/outbound/ConversationRateLimiter';
import { ALEX, messageActivity } from '../../../support/botFixture';
import { postActivity } from '../../../support/postActivity';
import { startFakeConnector } from '../../../support/fakeConnector';
import { startTestServer, type TestServer } from '../../../support/startTestServer';

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
  let baseUrl: string;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  let started: TestServer;
  const limiter = new CountingLimiter();
  before(async () => {
    connector = await startFakeConnector();
    started = await startTestServer({ tmpPrefix: 'pacing-', teams: { sendLimiter: limiter } });
    ({ baseUrl } = started);
  });
  after(async () => {
    await started.close();
    await connector.stop();
  });

  it('paces replies and typing indicators, and leaves expectReplies responses alone', async () => {
    const conversation = `a:conv-${ALEX}`;
    for (let i = 0; i < 5; i += 1) {
      const activity = messageActivity('help', ALEX, {
        serviceUrl: connector.serviceUrl,
        deliveryMode: undefined,
      });
      const response = await postActivity(baseUrl, activity);
      assert.equal(response.status, 200);
      await connector.waitFor((a) => a.replyToId === activity.id && a.type === 'message');
    }
    const posted = connector.received.length;
    assert.ok(posted >= 5, `${posted} activities posted`);
    assert.equal(limiter.acquired.get(conversation), posted, 'one slot per posted activity');

    const collected = await postActivity(
      baseUrl,
      messageActivity('help', ALEX, { deliveryMode: 'expectReplies' }),
    );
    assert.equal(collected.status, 200);
    assert.equal(limiter.acquired.get(conversation), posted, 'replies in the response take no slot');
  });
});
