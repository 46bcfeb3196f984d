import assert from 'node:assert/strict';
import { assertUsageExit, lastJsonLine, runBench } from './runBench';

describe('bench:load (the CLI, end to end, briefly)', function () {
  this.timeout(180000);

  it('drives the bot and the echo bot, runs the searches and prints its figures, the JSON object last', async () => {
    const { stdout } = await runBench('load.ts', ['--duration', '1', '--connections', '2', '--json']);
    const result = lastJsonLine<Record<string, number>>(stdout);
    assert.deepEqual(Object.keys(result), [
      'turnRps',
      'echoRps',
      'searchMs',
      'costRatio',
      'rssIdleMb',
      'rssPeakMb',
    ]);
    for (const [key, value] of Object.entries(result))
      assert.ok(Number.isFinite(value) && value > 0, `${key} = ${value}`);
    assert.ok(result.rssPeakMb >= result.rssIdleMb * 0.5);
    assert.match(
      stdout,
      /^knowledge turns .* req\/s .* p95 .* RSS idle .* \(\d+ requests, 0 errors, 0 non-2xx\)$/m,
    );
    assert.match(stdout, /^echo bot .* \(\d+ requests, 0 errors, 0 non-2xx\)$/m);
    assert.match(stdout, /^index search .* ms mean/m);
  });

  it('refuses a bad duration with its usage', async () => {
    await assertUsageExit(runBench('load.ts', ['--duration', '0']), /usage: npm run bench:load/);
  });
});
