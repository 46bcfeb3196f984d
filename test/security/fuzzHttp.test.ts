/**
 * Seeded fuzzing of the HTTP surfaces over loopback (fast-check): Bot Framework activities on
 * `/api/messages` (messages, card actions, message-extension and other invokes), and the Copilot plugin API
 * (`/api/skills/{skill}` and `/confirm`). Every response must be a coded 2xx/4xx (never 5xx, never a hang), the
 * process must keep serving, `Object.prototype` must stay clean, and the heap must not grow without bound.
 * Prints the number of cases and the status classes seen.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import v8 from 'node:v8';
import vm from 'node:vm';
import { ALEX, startFixtureBot } from '../support/botFixture';

/** A full garbage collection, also when node runs without `--expose-gc`. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

const SEED = 20261205;
const ACTIVITY_RUNS = 6000;
const PLUGIN_RUNS = 4000;
const REQUEST_TIMEOUT_MS = 10000;

/** Any JSON value, nested a few levels, with keys attackers like. */
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'type',
  'value',
  'data',
  'verb',
  'action',
  'edits',
  'token',
);
const jsonLeaf = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('${process.exit(1)}', '[x](javascript:alert(1))', '\u202e', '\u0000', 'a'.repeat(5000)),
);
const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    jsonLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Mostly a valid value, sometimes anything: fuzzing goes deep instead of bouncing off the first check. */
const mostly = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: valid, weight: 25 }, { arbitrary: jsonValue, weight: 1 });

/** Activities shaped like what Teams and the Playground send, with any field free to be wrong. */
const activity = fc.record({
  type: mostly(fc.constantFrom('message', 'message', 'invoke', 'conversationUpdate', 'messageReaction')),
  id: mostly(fc.uuid()),
  text: mostly(
    fc.oneof(
      fc.constantFrom(
        'help',
        'open a ticket: printer jam',
        'draft a report on brakes',
        'my tickets',
        'status of ticket 1',
      ),
      fc.string({ maxLength: 300 }),
    ),
  ),
  name: mostly(
    fc.constantFrom(
      'adaptiveCard/action',
      'composeExtension/query',
      'composeExtension/fetchTask',
      'composeExtension/submitAction',
      'composeExtension/selectItem',
      'message/submitAction',
      'task/fetch',
      'unknown/thing',
    ),
  ),
  value: mostly(
    fc.record({
      action: fc.record({
        type: fc.constant('Action.Execute'),
        verb: fc.constantFrom('confirm', 'cancel', 'ask', 'regenerate', 'x'),
        data: jsonValue,
      }),
      commandId: fc.constantFrom('searchKnowledge', 'fileTicketFromMessage', 'x'),
      parameters: jsonValue,
      data: jsonValue,
    }),
  ),
  channelId: mostly(fc.constant('msteams')),
  serviceUrl: fc.constant('http://127.0.0.1:9'),
  deliveryMode: fc.constant('expectReplies'),
  from: mostly(fc.constant({ id: 'u1', aadObjectId: ALEX, name: 'Alex' })),
  recipient: mostly(fc.constant({ id: 'bot' })),
  // 1:1 only: group conversations read their roster from the connector (the group matrix tests cover them).
  conversation: mostly(fc.constant({ id: 'c1', conversationType: 'personal' })),
  locale: mostly(fc.constant('en-US')),
  channelData: mostly(fc.constant({})),
  entities: mostly(fc.constant([])),
});

async function post(
  url: string,
  body: string,
  contentType = 'application/json',
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, text: await response.text() };
}

describe('fuzzing the HTTP surfaces (seeded, loopback)', function () {
  this.timeout(600000);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  const statuses = new Map<string, number>();
  const codes = new Map<string, number>();
  const count = (status: number) => {
    const key = `${Math.floor(status / 100)}xx`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  };
  before(async () => {
    fixture = await startFixtureBot();
  });
  after(async () => {
    await fixture.stop();
    console.log(
      `      fuzz: ${ACTIVITY_RUNS + PLUGIN_RUNS} cases, statuses ${JSON.stringify(Object.fromEntries(statuses))}, error codes ${JSON.stringify(Object.fromEntries(codes))}`,
    );
  });

  const assertCoded = (result: { status: number; text: string }, what: string) => {
    count(result.status);
    assert.ok(result.status < 500, `${what}: ${result.status} ${result.text.slice(0, 300)}`);
    if (result.status >= 400) {
      const body = JSON.parse(result.text) as { error?: { code?: unknown; message?: unknown } };
      codes.set(String(body.error?.code), (codes.get(String(body.error?.code)) ?? 0) + 1);
      assert.equal(
        typeof body.error?.code,
        'string',
        `${what}: uncoded ${result.status} ${result.text.slice(0, 200)}`,
      );
    }
  };

  it(`answers ${ACTIVITY_RUNS} fuzzed activities with coded 2xx/4xx, never 5xx or a crash`, async () => {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    await fc.assert(
      fc.asyncProperty(activity, async (body) => {
        const result = await post(`${fixture.baseUrl}/api/messages`, JSON.stringify(body));
        assertCoded(result, `activity ${JSON.stringify(body).slice(0, 300)}`);
      }),
      { seed: SEED, numRuns: ACTIVITY_RUNS },
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.keys(Object.prototype), []);
    const health = await fetch(`${fixture.baseUrl}/healthz`);
    assert.equal(health.status, 200, 'the server stopped serving');
    // Retained growth only (after a full collection): garbage awaiting collection says nothing about leaks and
    // varies with the load of the machine.
    collectGarbage();
    const growthMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    console.log(`      retained heap growth over ${ACTIVITY_RUNS} activities: ${growthMb.toFixed(1)} MB`);
    assert.ok(growthMb < 100, `heap grew by ${growthMb.toFixed(0)} MB`);
  });

  it(`answers ${PLUGIN_RUNS} fuzzed plugin API calls with coded 2xx/4xx`, async () => {
    const skill = fc.constantFrom(
      'ask_knowledge',
      'file_ticket',
      'ticket_status',
      'my_tickets',
      'draft_report',
      'export_report',
      'nope',
      '..%2f..%2fetc',
    );
    const confirm = fc.boolean();
    const raw = fc.oneof(
      jsonValue.map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(skill, confirm, raw, async (name, isConfirm, body) => {
        const url = `${fixture.baseUrl}/api/skills/${name}${isConfirm ? '/confirm' : ''}`;
        const result = await post(url, body);
        assertCoded(result, `${url} ${body.slice(0, 200)}`);
      }),
      { seed: SEED, numRuns: PLUGIN_RUNS },
    );
    assert.deepEqual(Object.keys(Object.prototype), []);
  });
});
