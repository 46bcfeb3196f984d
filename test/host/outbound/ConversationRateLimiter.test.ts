import assert from 'node:assert/strict';
import {
  ConversationRateLimiter,
  TEAMS_SEND_LIMITS,
  type SendLimit,
} from '../../../host/outbound/ConversationRateLimiter';

/** A limiter on a virtual clock: waiting moves the clock, so no test waits in real time. */
function virtualLimiter(limits?: readonly SendLimit[]) {
  let now = 0;
  const limiter = new ConversationRateLimiter({
    ...(limits ? { limits } : {}),
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  });
  /** Acquires `n` sends to `conversation` one after another; returns the virtual time each went out. */
  const send = async (conversation: string, n: number) => {
    const times: number[] = [];
    for (let i = 0; i < n; i += 1) {
      await limiter.acquire(conversation);
      times.push(now);
    }
    return times;
  };
  return { limiter, send, now: () => now, advance: (ms: number) => (now += ms) };
}

/** The first window of `limit` holding more sends than allowed, if any. */
function violation(times: readonly number[], { windowMs, max }: SendLimit): string | undefined {
  for (let i = 0; i + max < times.length; i += 1) {
    const first = times[i] ?? 0;
    const next = times[i + max] ?? 0;
    if (next - first < windowMs)
      return `${max + 1} sends within ${next - first} ms (limit ${max} per ${windowMs} ms)`;
  }
  return undefined;
}

describe('ConversationRateLimiter (Teams per-conversation send limits, virtual clock)', () => {
  it('lets the first 7 sends go at once, then paces to 1 per second, then 1 per 2 seconds', async () => {
    const { send } = virtualLimiter();
    assert.deepEqual(await send('c1', 10), [0, 0, 0, 0, 0, 0, 0, 1_000, 2_000, 2_000]);
  });

  it('never exceeds 7/1 s, 8/2 s, 60/30 s or 1,800/h over 2,500 sends to one conversation', async () => {
    const { send } = virtualLimiter();
    const times = await send('c1', 2_500);
    const problems = TEAMS_SEND_LIMITS.map((limit) => violation(times, limit)).filter(Boolean);
    console.log(
      `      pacing: 2,500 sends to one conversation took ${((times.at(-1) ?? 0) / 60_000).toFixed(1)} virtual minutes; violations ${problems.length}`,
    );
    assert.deepEqual(problems, []);
    // Not slower than the hourly limit allows: the 1,801st send goes out one hour after the first.
    assert.equal(times[1_800], 3_600_000);
  });

  it('does not hold up other conversations while one is saturated', async () => {
    const { send, now } = virtualLimiter();
    await send('busy', 60);
    const before = now();
    assert.deepEqual(
      await send('quiet', 7),
      Array.from({ length: 7 }, () => before),
    );
  });

  it('serves concurrent callers for one conversation in order, within the limits', async () => {
    const { limiter, now } = virtualLimiter([{ windowMs: 1_000, max: 2 }]);
    const order: number[] = [];
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        limiter.acquire('c1').then(() => {
          order.push(i);
          times.push(now());
        }),
      ),
    );
    assert.deepEqual(order, [0, 1, 2, 3, 4, 5]);
    assert.equal(violation(times, { windowMs: 1_000, max: 2 }), undefined);
  });

  it('forgets a conversation’s sends once the longest window has passed', async () => {
    const { send, advance, now } = virtualLimiter();
    await send('c1', 60);
    advance(3_600_000);
    const start = now();
    assert.deepEqual(
      await send('c1', 7),
      Array.from({ length: 7 }, () => start),
    );
  });
});
