import assert from 'node:assert/strict';
import { createLogger } from '../../../host/log/createLogger';
import { messageActivity, startFixtureBot } from '../../support/botFixture';
import { postSkill } from '../../support/postActivity';

/** A secret-looking bearer token (a JWT's shape) and a key, sent where careless code would log them. */
const TOKEN =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImxvZy10ZXN0In0.eyJvaWQiOiJhbGV4Iiwic2NwIjoiYWNjZXNzX2FzX3VzZXIifQ.U0VDUkVULVNJR05BVFVSRS0xMjM0NTY';
const API_KEY = 'sk-live-7f3a9c1e5b2d4f6a8c0e';
/** A passage of the fixture's brake fade document: the answer quotes it, the log must not. */
const PASSAGE = 'mean fully developed deceleration of at least 6.0';
const QUESTION = 'What is the pass criterion for the brake fade test?';

describe('log correlation (a real turn and a plugin call, the captured log)', function () {
  this.timeout(30000);
  const lines: string[] = [];
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

  before(async () => {
    fixture = await startFixtureBot({ log: createLogger('info', (line) => lines.push(line)) });
  });
  after(() => fixture.stop());
  beforeEach(() => void lines.splice(0));

  it('every line of a turn carries the request, activity and conversation ids; no token, key or document text', async () => {
    const activity = messageActivity(QUESTION, undefined, { value: { apiKey: API_KEY } });
    const response = await fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${TOKEN}`,
        'x-api-key': API_KEY,
        'x-request-id': 'turn-req-1',
      },
      body: JSON.stringify(activity),
    });
    const body = await response.text();
    assert.equal(response.status, 200, body);
    assert.equal(response.headers.get('x-request-id'), 'turn-req-1');
    assert.ok(body.includes(PASSAGE), 'the answer quotes the passage, so it went through the process');

    const turn = entries();
    assert.ok(turn.length >= 2, lines.join('\n'));
    for (const entry of turn) {
      assert.equal(entry.requestId, 'turn-req-1', JSON.stringify(entry));
      assert.equal(entry.activityId, activity.id);
      assert.equal(entry.conversationId, (activity.conversation as { id: string }).id);
    }
    assert.ok(turn.some((e) => e.message === 'skill answered' && e.skill === 'ask_knowledge'));
    assert.ok(turn.some((e) => e.message === 'request served' && e.status === 200));
    const log = lines.join('\n');
    for (const secret of [TOKEN, TOKEN.split('.')[2] as string, API_KEY, PASSAGE, QUESTION])
      assert.ok(!log.includes(secret), `the log holds ${secret}`);
  });

  it('a client that sends a token as its request id gets a new id, and the token is not logged', async () => {
    const response = await fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': TOKEN },
      body: JSON.stringify(messageActivity('help')),
    });
    assert.equal(response.status, 200);
    const id = response.headers.get('x-request-id') ?? '';
    assert.match(id, /^[0-9a-f-]{36}$/);
    assert.ok(entries().every((e) => e.requestId === id));
    assert.ok(!lines.join('\n').includes(TOKEN));
  });

  it('a plugin call: its lines carry the request id and the skill; no token or document text', async () => {
    const response = await postSkill(
      fixture.baseUrl,
      'ask_knowledge',
      { question: QUESTION },
      { authorization: `Bearer ${TOKEN}`, 'x-request-id': 'plugin-req-1' },
    );
    const body = await response.text();
    assert.equal(response.status, 200, body);
    assert.ok(body.includes(PASSAGE));
    const call = entries();
    assert.ok(call.length >= 2, lines.join('\n'));
    for (const entry of call) {
      assert.equal(entry.requestId, 'plugin-req-1', JSON.stringify(entry));
      assert.equal(entry.skill, 'ask_knowledge');
      assert.equal(entry.activityId, undefined);
    }
    assert.ok(call.some((e) => e.message === 'skill answered' && e.surface === 'copilot'));
    const log = lines.join('\n');
    for (const secret of [TOKEN, PASSAGE, QUESTION])
      assert.ok(!log.includes(secret), `the log holds ${secret}`);
  });

  it('two turns served at once keep their own ids', async () => {
    const send = (id: string, userSuffix: string) =>
      fetch(`${fixture.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': id },
        body: JSON.stringify(
          messageActivity(QUESTION, undefined, {
            conversation: { id: `a:conv-${userSuffix}`, conversationType: 'personal' },
          }),
        ),
      });
    const responses = await Promise.all([send('par-a', 'a'), send('par-b', 'b')]);
    for (const response of responses) assert.equal(response.status, 200);
    const byRequest = new Map<unknown, Set<unknown>>();
    for (const entry of entries()) {
      const seen = byRequest.get(entry.requestId) ?? new Set();
      seen.add(entry.conversationId);
      byRequest.set(entry.requestId, seen);
    }
    assert.deepEqual([...(byRequest.get('par-a') ?? [])], ['a:conv-a']);
    assert.deepEqual([...(byRequest.get('par-b') ?? [])], ['a:conv-b']);
  });
});
