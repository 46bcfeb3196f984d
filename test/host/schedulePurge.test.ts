import assert from 'node:assert/strict';
import { silentLogger } from '../../host/log/createLogger';
import { schedulePurge } from '../../host/schedulePurge';
import type { RetentionTarget } from '../../skills/privacy/PersonalData';
import type { PurgeOutcome } from '../../skills/privacy/purgeExpired';

describe('schedulePurge (the running bot’s retention timer)', () => {
  it('purges after the first delay, then every interval, reports a failing kind and still runs the others, stops cleanly', async () => {
    const calls: string[] = [];
    const targets: RetentionTarget[] = [
      { kind: 'feedback', purge: async () => (calls.push('feedback'), 3) },
      {
        kind: 'audit',
        purge: async () => {
          calls.push('audit');
          throw new Error('locked');
        },
      },
      { kind: 'tickets', purge: async () => (calls.push('tickets'), 0) },
    ];
    const runs: PurgeOutcome[][] = [];
    const timer = schedulePurge({
      targets,
      intervalMs: 20,
      firstDelayMs: 10,
      log: silentLogger,
      onRun: (outcomes) => runs.push(outcomes),
    });
    assert.deepEqual(calls, []);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await timer.stop();
    assert.ok(runs.length >= 2, `${runs.length} runs`);
    assert.deepEqual(runs[0], [
      { kind: 'feedback', removed: 3 },
      { kind: 'audit', error: 'locked' },
      { kind: 'tickets', removed: 0 },
    ]);
    const count = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(runs.length, count, 'no run after stop');
  });
});
