import assert from 'node:assert/strict';
import { SingleFlight } from '../../../skills/reports/SingleFlight';

describe('SingleFlight: concurrent calls for one key share one run', () => {
  it('runs once for concurrent calls of one key, separately per key, and again after settling', async () => {
    const flight = new SingleFlight<number>();
    let runs = 0;
    const work = () => new Promise<number>((resolve) => setTimeout(() => resolve(++runs), 5));
    const [a, b, c] = await Promise.all([
      flight.run('r1', work),
      flight.run('r1', work),
      flight.run('r2', work),
    ]);
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.equal(runs, 2);
    assert.equal(await flight.run('r1', work), 3);
  });

  it('forgets a failed run, so the next call tries again', async () => {
    const flight = new SingleFlight<string>();
    await assert.rejects(
      flight.run('r', async () => {
        throw new Error('down');
      }),
      /down/,
    );
    assert.equal(await flight.run('r', async () => 'ok'), 'ok');
  });
});
