import assert from 'node:assert/strict';
import {
  parseRetryAfter,
  retryWhenThrottled,
  type ThrottleRetryOptions,
} from '../../../host/outbound/retryWhenThrottled';

/** A server that answers the given statuses in turn (with their Retry-After), then 200. */
function server(answers: readonly { status: number; retryAfterMs?: number }[]) {
  let calls = 0;
  return {
    send: async () => answers[calls++] ?? { status: 200 },
    throttled: (r: { status: number; retryAfterMs?: number }) =>
      r.status === 429 ? { retryAfterMs: r.retryAfterMs } : undefined,
    calls: () => calls,
  };
}

const virtual = (random = 0.5): ThrottleRetryOptions & { slept: number[] } => {
  const slept: number[] = [];
  return { slept, random: () => random, sleep: async (ms) => void slept.push(ms) };
};

describe('retryWhenThrottled: bounded, jittered retries of a throttled send', () => {
  it('sends once when not throttled', async () => {
    const s = server([]);
    const options = virtual();
    const result = await retryWhenThrottled(s.send, s.throttled, options);
    assert.deepEqual([result.attempts, result.gaveUp, options.slept], [1, false, []]);
  });

  it('waits at least Retry-After, plus at most 25% jitter, then delivers', async () => {
    const s = server([
      { status: 429, retryAfterMs: 2_000 },
      { status: 429, retryAfterMs: 1_000 },
    ]);
    const options = virtual(0.5);
    const result = await retryWhenThrottled(s.send, s.throttled, options);
    assert.deepEqual([result.attempts, result.gaveUp, result.response.status], [3, false, 200]);
    assert.deepEqual(options.slept, [2_250, 1_125]);
  });

  it('jitters: different random draws give different waits, never below Retry-After', async () => {
    const waits = [];
    for (const random of [0, 0.3, 0.99]) {
      const s = server([{ status: 429, retryAfterMs: 1_000 }]);
      const options = virtual(random);
      await retryWhenThrottled(s.send, s.throttled, options);
      waits.push(options.slept[0]);
    }
    assert.deepEqual(waits, [1_000, 1_075, 1_248]);
  });

  it('backs off exponentially (1 s, 2 s, 4 s) when the 429 names no Retry-After', async () => {
    const s = server([{ status: 429 }, { status: 429 }, { status: 429 }]);
    const options = virtual(0);
    const result = await retryWhenThrottled(s.send, s.throttled, { ...options, maxTotalWaitMs: 60_000 });
    assert.deepEqual(options.slept, [1_000, 2_000, 4_000]);
    assert.equal(result.gaveUp, false);
  });

  it('gives up after maxAttempts sends (default 4)', async () => {
    const s = server(Array.from({ length: 10 }, () => ({ status: 429, retryAfterMs: 100 })));
    const options = virtual();
    const result = await retryWhenThrottled(s.send, s.throttled, options);
    assert.deepEqual([result.attempts, result.gaveUp, s.calls(), options.slept.length], [4, true, 4, 3]);
  });

  it('gives up at once when Retry-After exceeds the wait budget (no hour-long wait)', async () => {
    const s = server([{ status: 429, retryAfterMs: 3_600_000 }]);
    const options = virtual();
    const result = await retryWhenThrottled(s.send, s.throttled, options);
    assert.deepEqual([result.attempts, result.gaveUp, options.slept], [1, true, []]);
  });

  it('never waits more than maxTotalWaitMs in all, jitter included', async () => {
    const s = server(Array.from({ length: 10 }, () => ({ status: 429, retryAfterMs: 4_000 })));
    const options = virtual(0.99);
    const result = await retryWhenThrottled(s.send, s.throttled, { ...options, maxTotalWaitMs: 10_000 });
    const total = options.slept.reduce((a, b) => a + b, 0);
    assert.ok(total <= 10_000, `waited ${total} ms`);
    assert.deepEqual([result.gaveUp, options.slept], [true, [4_990, 4_990]]);
  });

  it('propagates errors of the send itself without retrying', async () => {
    let calls = 0;
    const send = async () => {
      calls += 1;
      throw new Error('connection reset');
    };
    await assert.rejects(
      retryWhenThrottled(send, () => undefined, virtual()),
      /connection reset/,
    );
    assert.equal(calls, 1);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  const table: [string | undefined, number | undefined][] = [
    [undefined, undefined],
    ['', undefined],
    ['2', 2_000],
    [' 1.5 ', 1_500],
    ['0', 0],
    ['-1', undefined],
    ['1e3', undefined],
    ['soon', undefined],
    ['Thu, 01 Jan 2026 00:00:05 GMT', 5_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
  ];
  for (const [value, expected] of table)
    it(`${JSON.stringify(value)} -> ${expected}`, () => assert.equal(parseRetryAfter(value, now), expected));
});
