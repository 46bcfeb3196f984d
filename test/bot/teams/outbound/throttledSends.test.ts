import assert from 'node:assert/strict';
import { ALEX, messageActivity } from '../../../support/botFixture';
import { postActivity } from '../../../support/postActivity';
import { startFakeConnector, type ThrottleRule } from '../../../support/fakeConnector';
import { RecordingSecurityEvents } from '../../../support/recordingSecurityEvents';
import { startTestServer, type TestServer } from '../../../support/startTestServer';

/**
 * Teams' 429s through the real adapter: a loopback connector that counts every POST and throttles message
 * activities as each case says; waits run on a virtual clock (recorded, never slept).
 */
describe('throttled sends: 429 Retry-After honoured with bounded, jittered retries (loopback connector)', function () {
  this.timeout(60_000);
  let baseUrl: string;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  let started: TestServer;
  let rule: ThrottleRule = () => undefined;
  const events = new RecordingSecurityEvents();
  const waits: number[] = [];

  before(async () => {
    connector = await startFakeConnector({ throttle: (activity) => rule(activity) });
    const sendRetry = { random: () => 0.5, sleep: async (ms: number) => void waits.push(ms) };
    started = await startTestServer({
      tmpPrefix: 'throttle-',
      compose: { securityEvents: events },
      teams: { sendRetry },
    });
    ({ baseUrl } = started);
  });
  after(async () => {
    await started.close();
    await connector.stop();
  });
  beforeEach(() => {
    events.clear();
    waits.length = 0;
    connector.posts.length = 0;
    connector.received.length = 0;
  });

  /** Sends "help" as a Teams message (replies go to the connector); resolves with the HTTP status. */
  const ask = async (): Promise<{ status: number; activityId: string }> => {
    const activity = messageActivity('help', ALEX, {
      serviceUrl: connector.serviceUrl,
      deliveryMode: undefined,
    });
    const response = await postActivity(baseUrl, activity);
    await response.arrayBuffer();
    return { status: response.status, activityId: String(activity.id) };
  };
  const messagePosts = () =>
    connector.posts.length - connector.received.filter((a) => a.type !== 'message').length;
  const throttleMessages = (times: number, retryAfter?: string): ThrottleRule => {
    let left = times;
    return (activity) =>
      activity.type === 'message' && left-- > 0
        ? retryAfter === undefined
          ? {}
          : { retryAfter }
        : undefined;
  };

  it('delivers after waiting Retry-After (+ jitter) twice: 3 POSTs, one `retried` event', async () => {
    rule = throttleMessages(2, '2');
    const { status, activityId } = await ask();
    assert.equal(status, 200);
    const delivered = connector.received.filter((a) => a.type === 'message');
    assert.equal(delivered.length, 1, 'the reply arrived once');
    assert.equal(messagePosts(), 3, 'two throttled POSTs, then the accepted one');
    assert.deepEqual(waits, [2_250, 2_250]);
    const throttled = events.ofType('throttled');
    assert.equal(throttled.length, 1);
    assert.equal(throttled[0]?.reason, 'retried');
    assert.equal(throttled[0]?.correlationId, activityId);
    assert.equal(throttled[0]?.detail?.attempts, 3);
  });

  it('gives up after 4 POSTs per send, botbuilder adds none, the server answers and keeps serving', async () => {
    rule = throttleMessages(Number.POSITIVE_INFINITY, '1');
    const { status } = await ask();
    assert.equal(status, 200, 'the turn ends normally');
    // The reply and then the error card are each tried 4 times; stacked SDK retries would make 16 each.
    assert.equal(messagePosts(), 8);
    assert.equal(connector.received.filter((a) => a.type === 'message').length, 0);
    assert.deepEqual(waits, [1_125, 1_125, 1_125, 1_125, 1_125, 1_125]);
    const throttled = events.ofType('throttled');
    assert.deepEqual(
      throttled.map((e) => [e.reason, e.detail?.attempts]),
      [
        ['gave_up', 4],
        ['gave_up', 4],
      ],
    );
    rule = () => undefined;
    await ask();
    assert.equal(connector.received.filter((a) => a.type === 'message').length, 1, 'later sends go through');
  });

  it('does not wait an hour for `Retry-After: 3600`: one POST, gave up at once', async () => {
    rule = throttleMessages(1, '3600');
    await ask();
    assert.deepEqual(waits, []);
    assert.deepEqual(
      events.ofType('throttled').map((e) => [e.reason, e.detail?.attempts]),
      [['gave_up', 1]],
    );
    assert.equal(
      connector.received.filter((a) => a.type === 'message').length,
      1,
      'the error card got through',
    );
  });

  it('backs off (1 s, then 2 s, jittered) when the 429 names no Retry-After', async () => {
    rule = throttleMessages(2);
    await ask();
    assert.deepEqual(waits, [1_125, 2_250]);
    assert.equal(connector.received.filter((a) => a.type === 'message').length, 1);
  });
});
