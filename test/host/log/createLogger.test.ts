import assert from 'node:assert/strict';
import { createLogger } from '../../../host/log/createLogger';
import { redactForLog } from '../../../host/log/redactForLog';
import {
  annotateRequestContext,
  currentRequestContext,
  requestIdFrom,
  runWithRequestContext,
} from '../../../host/log/requestContext';

const JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IngifQ.eyJzdWIiOiJhbGV4In0.c2lnbmF0dXJlLXZhbHVl';

function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'info') {
  const lines: string[] = [];
  const log = createLogger(level, (line) => lines.push(line));
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, lines, entries };
}

describe('createLogger (JSON lines with correlation ids)', () => {
  it('writes one JSON object per event: time, level, message first, then the fields', () => {
    const { log, lines } = capture();
    log.info('skill answered', { skill: 'ask_knowledge', citations: 2 });
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0] as string) as Record<string, unknown>;
    assert.deepEqual(Object.keys(entry), ['time', 'level', 'message', 'skill', 'citations']);
    assert.equal(entry.level, 'info');
    assert.equal(entry.message, 'skill answered');
    assert.ok(!Number.isNaN(Date.parse(entry.time as string)));
  });

  it('drops events below its level', () => {
    const { log, entries } = capture('warn');
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    assert.deepEqual(
      entries().map((e) => e.level),
      ['warn', 'error'],
    );
  });

  it('adds the request context ids, also after awaits, and not outside the request', async () => {
    const { log, entries } = capture();
    await runWithRequestContext('req-1', async () => {
      annotateRequestContext({ activityId: 'act-1', conversationId: 'a:conv-1' });
      await new Promise((resolve) => setImmediate(resolve));
      log.info('inside');
    });
    log.info('outside');
    const [inside, outside] = entries();
    assert.equal(inside?.requestId, 'req-1');
    assert.equal(inside?.activityId, 'act-1');
    assert.equal(inside?.conversationId, 'a:conv-1');
    assert.equal(outside?.requestId, undefined);
  });

  it('keeps concurrent requests apart', async () => {
    const { log, entries } = capture();
    const serve = (id: string, waitMs: number) =>
      runWithRequestContext(id, async () => {
        annotateRequestContext({ activityId: `act-${id}` });
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        log.info('done', { id });
      });
    await Promise.all([serve('a', 20), serve('b', 1)]);
    for (const entry of entries()) assert.equal(entry.activityId, `act-${entry.id as string}`);
  });

  it('does not let a field replace time, level, message or an id', () => {
    const { log, entries } = capture();
    runWithRequestContext('req-2', () =>
      log.warn('real', { level: 'debug', message: 'fake', requestId: 'x' }),
    );
    const [entry] = entries();
    assert.equal(entry?.level, 'warn');
    assert.equal(entry?.message, 'real');
    assert.equal(entry?.requestId, 'req-2');
    assert.equal(entry?.['field.requestId'], 'x');
  });
});

describe('redactForLog (no tokens or secrets in a log line)', () => {
  const cases: [string, unknown, string | undefined, unknown][] = [
    ['a field named token', 'abc123', 'token', '[redacted]'],
    ['a camelCase secret field', 's3cr3t-value', 'clientSecret', '[redacted]'],
    ['an authorization field', `Bearer ${JWT}`, 'authorization', '[redacted]'],
    ['an api-key field', 'k', 'api-key', '[redacted]'],
    ['a connection string field', 'InstrumentationKey=1', 'connectionString', '[redacted]'],
    ['a JWT inside text', `refused ${JWT} here`, 'reason', 'refused [redacted] here'],
    [
      'a bearer credential inside text',
      'header Bearer abcdefghijklmnop',
      'error',
      'header Bearer [redacted]',
    ],
    [
      'a storage key inside a connection string',
      'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net',
      'error',
      'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=[redacted];EndpointSuffix=core.windows.net',
    ],
    [
      'a SAS signature in a URL',
      'GET https://a.blob/x?sv=1&sig=abc%2Fdef&se=2',
      'url',
      'GET https://a.blob/x?sv=1&sig=[redacted]&se=2',
    ],
    [
      'a token field nested in an object',
      { auth: { accessToken: 'abc' } },
      'details',
      { auth: { accessToken: '[redacted]' } },
    ],
    ['ordinary ids and counts unchanged', 'ask_knowledge', 'skill', 'ask_knowledge'],
    ['numbers unchanged', 42, 'citations', 42],
    ['an error becomes its message', new Error(`bad ${JWT}`), 'error', 'bad [redacted]'],
  ];
  for (const [what, value, name, expected] of cases)
    it(what, () => assert.deepEqual(redactForLog(value, name), expected));

  it('cuts long strings', () => {
    const out = redactForLog('x'.repeat(5000)) as string;
    assert.ok(out.length <= 2003, String(out.length));
  });

  it('the logger applies it to the message and every field', () => {
    const { log, lines } = capture();
    log.warn(`token ${JWT} refused`, { password: 'hunter22', nested: { note: `Bearer ${JWT}` } });
    assert.ok(!lines[0]?.includes(JWT));
    assert.ok(!lines[0]?.includes('hunter22'));
  });
});

describe('requestIdFrom (the x-request-id header)', () => {
  it('keeps a short plain id', () => assert.equal(requestIdFrom('abc-123:x.y'), 'abc-123:x.y'));
  for (const bad of ['', 'has space', 'a'.repeat(129), 'line\nbreak', '<script>', JWT])
    it(`replaces ${JSON.stringify(bad.slice(0, 20))} with a new UUID`, () =>
      assert.match(requestIdFrom(bad), /^[0-9a-f-]{36}$/));
  it('creates one when the header is absent', () =>
    assert.match(requestIdFrom(undefined), /^[0-9a-f-]{36}$/));
  it('has no context outside a request', () => assert.equal(currentRequestContext(), undefined));
});
