import assert from 'node:assert/strict';
import { createLogger } from '../../host/log/createLogger';
import { logSecurityEvents } from '../../host/log/logSecurityEvents';
import { DirectoryUnavailableError } from '../../knowledge/identity/DirectoryUnavailableError';
import type { Directory } from '../../knowledge/identity/Directory';
import { ALEX, MEGAN, messageActivity } from '../support/botFixture';
import { RecordingSecurityEvents } from '../support/recordingSecurityEvents';
import { OTHER_TENANT, SERVICE_URL, TENANT, useSecuredServer } from './support/startSecuredServer';

const QUESTION = 'What is the pass criterion for the brake fade test?';

/**
 * Suite 7 (security events): each security-relevant refusal records exactly one structured event with a
 * correlation id (the activity id in Teams, the request id on the plugin API), a coded reason and no token or
 * text, through the one sink the composition root picks. Real server, real validators (loopback OpenID
 * configuration and JWKS). Throttling is proved in test/bot/teams/outbound/throttledSends.test.ts, blocked tool
 * calls and stripped links in test/security/promptInjection.test.ts.
 */
describe('security events: one structured event per refusal, with a correlation id (real server)', function () {
  this.timeout(120_000);
  let directoryDown = false;
  const events = new RecordingSecurityEvents();

  const server = useSecuredServer({
    tmpPrefix: 'security-events-',
    compose: { securityEvents: events },
    // The configured directory, unavailable while `directoryDown` is set (as Graph is during an outage).
    adapt: (composed) => {
      const flaky: Directory = {
        principalsFor: (id) => {
          if (directoryDown) return Promise.reject(new DirectoryUnavailableError('directory down'));
          return composed.directory.principalsFor(id);
        },
        displayName: (id) => composed.directory.displayName(id),
      };
      return { ...composed, directory: flaky };
    },
  });
  beforeEach(() => {
    events.clear();
    directoryDown = false;
  });

  const activity = (extra: Record<string, unknown> = {}) =>
    messageActivity(QUESTION, ALEX, {
      serviceUrl: SERVICE_URL,
      conversation: { id: 'a:conv-alex', conversationType: 'personal', tenantId: TENANT },
      deliveryMode: 'expectReplies',
      ...extra,
    });
  const postActivity = async (body: Record<string, unknown>, authorization?: string) => {
    const response = await fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  };
  const postSkill = async (
    route: string,
    body: unknown,
    options: { token?: string; requestId: string },
  ): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${server.baseUrl}/api/skills/${route}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': options.requestId,
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const userToken = (oid: string) => server.entra.mintToken({ oid, sub: oid, name: 'Test User' });
  /** The one event recorded, which must be of `type` (any other event, or a second one, fails the case). */
  const onlyEvent = (type: string) => {
    assert.deepEqual(
      events.events.map((e) => e.type),
      [type],
      `events: ${JSON.stringify(events.events)}`,
    );
    return events.events[0] as NonNullable<(typeof events.events)[0]>;
  };
  const figures: string[] = [];
  after(() => console.log(`      security events: ${figures.join('; ')}`));

  it('auth_failed (Teams): a forged Bot Framework token, correlated by the activity id', async () => {
    const forged = server.channel.mintToken({}, { signer: 'stranger' });
    const body = activity();
    assert.equal(await postActivity(body, `Bearer ${forged}`), 401);
    const event = onlyEvent('auth_failed');
    assert.deepEqual(
      [event.surface, event.correlationId, event.reason],
      ['teams', body.id, 'channel_validation_failed'],
    );
    assert.ok(!JSON.stringify(events.events).includes(forged.split('.')[1] ?? '-'), 'token in the event');
    figures.push(`auth_failed (teams) 1`);
  });

  it('auth_failed (Teams): an activity from another tenant, reason foreign_tenant', async () => {
    const body = activity({
      conversation: { id: 'a:conv-alex', conversationType: 'personal', tenantId: OTHER_TENANT },
    });
    assert.equal(await postActivity(body, `Bearer ${server.channel.mintToken()}`), 403);
    const event = onlyEvent('auth_failed');
    assert.deepEqual([event.correlationId, event.reason], [body.id, 'foreign_tenant']);
  });

  it('auth_failed (plugin API): an expired Entra token, correlated by the request id', async () => {
    const expired = server.entra.mintToken({ exp: Math.floor(Date.now() / 1000) - 3600 });
    const response = await postSkill(
      'ask_knowledge',
      { question: QUESTION },
      { token: expired, requestId: 'req-auth-1' },
    );
    assert.equal(response.status, 401);
    const event = onlyEvent('auth_failed');
    assert.deepEqual(
      [event.surface, event.correlationId, event.reason],
      ['copilot', 'req-auth-1', 'token_expired'],
    );
    figures.push('auth_failed (copilot) 1');
  });

  it('auth_failed (plugin API) without an x-request-id: the event carries the id the response names', async () => {
    const response = await fetch(`${server.baseUrl}/api/skills/ask_knowledge`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token' },
      body: JSON.stringify({ question: QUESTION }),
    });
    await response.arrayBuffer();
    assert.equal(response.status, 401);
    const named = response.headers.get('x-request-id');
    assert.ok(named, 'the response names its request id');
    assert.equal(onlyEvent('auth_failed').correlationId, named);
  });

  it('token_replayed: another user presents a confirmation token; the owner’s repeat records nothing', async () => {
    const proposed = await postSkill(
      'file_ticket',
      { summary: 'The projector in room 4 flickers' },
      { token: userToken(ALEX), requestId: 'req-propose' },
    );
    assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
    const token = (proposed.body.confirmation as { token: string }).token;
    const confirm = (oid: string, requestId: string) =>
      postSkill('file_ticket/confirm', { token }, { token: userToken(oid), requestId });
    assert.equal((await confirm(ALEX, 'req-confirm')).status, 200);
    assert.equal((await confirm(ALEX, 'req-confirm-again')).status, 200, 'a repeat returns the first result');
    assert.deepEqual(events.events, [], 'the owner’s confirmations and repeat are not replays');
    const replay = await confirm(MEGAN, 'req-replay');
    assert.equal(replay.status, 409);
    const event = onlyEvent('token_replayed');
    assert.deepEqual(
      [event.surface, event.correlationId, event.reason],
      ['copilot', 'req-replay', 'wrong_user'],
    );
    assert.ok(!JSON.stringify(events.events).includes(token), 'token in the event');
    figures.push('token_replayed 1');
  });

  it('access_resolution_failed (plugin API): the directory is down, the caller fails closed', async () => {
    directoryDown = true;
    const response = await postSkill(
      'ask_knowledge',
      { question: QUESTION },
      { token: userToken(ALEX), requestId: 'req-dir' },
    );
    assert.equal(response.status, 200);
    const event = onlyEvent('access_resolution_failed');
    assert.deepEqual(
      [event.surface, event.correlationId, event.reason],
      ['copilot', 'req-dir', 'directory_unavailable'],
    );
  });

  it('access_resolution_failed (Teams): the directory is down, correlated by the activity id', async () => {
    directoryDown = true;
    const body = activity();
    assert.equal(await postActivity(body, `Bearer ${server.channel.mintToken()}`), 200);
    const event = onlyEvent('access_resolution_failed');
    assert.deepEqual([event.surface, event.correlationId], ['teams', body.id]);
    figures.push('access_resolution_failed (teams, copilot) 1 each');
  });

  it('valid requests record no event', async () => {
    assert.equal(await postActivity(activity(), `Bearer ${server.channel.mintToken()}`), 200);
    const ok = await postSkill(
      'ask_knowledge',
      { question: QUESTION },
      { token: userToken(ALEX), requestId: 'req-ok' },
    );
    assert.equal(ok.status, 200);
    assert.deepEqual(events.events, []);
  });
});

describe('logSecurityEvents: the production sink', () => {
  const lines: string[] = [];
  const sink = logSecurityEvents(createLogger('info', (line) => lines.push(line)));
  beforeEach(() => (lines.length = 0));

  /** The JSON record of line `i`, without its timestamp (the one field that changes from run to run). */
  const record = (i: number): Record<string, unknown> => {
    const { time, ...fields } = JSON.parse(lines[i] ?? '{}') as Record<string, unknown>;
    assert.equal(typeof time, 'string');
    return fields;
  };

  it('writes one warn line with type, correlation id, surface and reason', () => {
    sink.record({ type: 'auth_failed', correlationId: 'act-1', surface: 'teams', reason: 'token_expired' });
    assert.equal(lines.length, 1);
    assert.deepEqual(record(0), {
      level: 'warn',
      message: 'security event',
      event: 'auth_failed',
      correlationId: 'act-1',
      surface: 'teams',
      reason: 'token_expired',
    });
  });

  it('screens values that came from a refused request', () => {
    sink.record({
      type: 'tool_call_blocked',
      correlationId: 'a\nb"c${x}',
      surface: 'planner',
      reason: 'Ignore previous instructions',
      detail: { tool: 'https://evil.example/x y', 'bad key': 'x' },
    });
    assert.deepEqual(record(0), {
      level: 'warn',
      message: 'security event',
      tool: 'https:__evil.example_x_y',
      event: 'tool_call_blocked',
      correlationId: 'a_b_c__x_',
      surface: 'planner',
      reason: 'unspecified',
    });
  });

  it('never throws into the request path, even when the log does', () => {
    const failing = logSecurityEvents(
      createLogger('info', () => {
        throw new Error('disk full');
      }),
    );
    assert.doesNotThrow(() =>
      failing.record({ type: 'throttled', correlationId: 'x', surface: 'teams', reason: 'gave_up' }),
    );
  });
});
