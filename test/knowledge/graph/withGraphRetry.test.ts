import assert from 'node:assert/strict';
import {
  retryAfterMs,
  withGraphRetry,
  type GraphRetryOptions,
} from '../../../knowledge/graph/withGraphRetry';

/** An error shaped like the graph client's GraphError. */
const graphError = (statusCode: number, retryAfter?: string) =>
  Object.assign(new Error(`HTTP ${statusCode}`), {
    statusCode,
    headers: new Headers(retryAfter === undefined ? {} : { 'Retry-After': retryAfter }),
  });

/** Runs `failures` then succeeds; returns the result, the delays slept and the number of attempts. */
async function run(failures: Error[], options: GraphRetryOptions = {}) {
  const delays: number[] = [];
  let attempts = 0;
  const result = await withGraphRetry(
    async () => {
      attempts += 1;
      const failure = failures[attempts - 1];
      if (failure) throw failure;
      return 'ok';
    },
    { sleep: async (ms) => void delays.push(ms), random: () => 0.5, ...options },
  ).catch((error: Error) => error);
  return { result, delays, attempts };
}

describe('withGraphRetry', () => {
  it('waits exactly the Retry-After seconds of a 429', async () =>
    assert.deepEqual((await run([graphError(429, '7')])).delays, [7000]));
  it('honours a Retry-After HTTP date', async () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    const { delays } = await run([graphError(503, 'Mon, 02 Mar 2026 10:00:12 GMT')], { now: () => now });
    assert.deepEqual(delays, [12_000]);
  });
  it('never caps a long Retry-After below what the server asked', async () =>
    assert.deepEqual(
      (await run([graphError(429, '600')], { maxTotalDelayMs: 3_600_000 })).delays,
      [600_000],
    ));
  it('backs off exponentially without Retry-After', async () =>
    assert.deepEqual(
      (await run([graphError(503), graphError(503), graphError(504)], { baseDelayMs: 100 })).delays,
      [75, 150, 300],
    ));
  it('caps one backoff delay', async () =>
    assert.deepEqual(
      (await run([graphError(503), graphError(503)], { baseDelayMs: 100, maxBackoffMs: 120 })).delays,
      [75, 90],
    ));
  it('gives up after maxAttempts, rethrowing the last error', async () => {
    const { result, attempts } = await run(
      [graphError(429, '1'), graphError(429, '1'), graphError(429, '2')],
      {
        maxAttempts: 3,
      },
    );
    assert.equal(attempts, 3);
    assert.equal((result as Error).message, 'HTTP 429');
  });
  it('does not start a wait that would pass the time budget', async () => {
    const { result, delays } = await run([graphError(429, '30'), graphError(429, '40')], {
      maxTotalDelayMs: 60_000,
    });
    assert.deepEqual(delays, [30_000]);
    assert.ok(result instanceof Error);
  });
  it('does not retry other statuses', async () => {
    const { attempts, delays } = await run([graphError(404)]);
    assert.deepEqual([attempts, delays], [1, []]);
  });
  it('does not retry errors without a status', async () =>
    assert.equal((await run([new Error('boom')])).attempts, 1));
  it('parses Retry-After forms', () => {
    assert.equal(retryAfterMs('3', 0), 3000);
    assert.equal(retryAfterMs('Thu, 01 Jan 1970 00:00:05 GMT', 1000), 4000);
    assert.equal(retryAfterMs('Thu, 01 Jan 1970 00:00:05 GMT', 9000), 0);
    assert.equal(retryAfterMs('soon', 0), undefined);
    assert.equal(retryAfterMs(undefined, 0), undefined);
  });
});
