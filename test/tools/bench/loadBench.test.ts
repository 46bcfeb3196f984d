import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCRIPT = path.join(ROOT, 'tools/bench/load.ts');

describe('bench:load (the CLI, end to end, briefly)', function () {
  this.timeout(180000);

  it('drives the bot and the echo bot, runs the searches and prints its figures, the JSON object last', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', SCRIPT, '--duration', '1', '--connections', '2', '--json'],
      { cwd: ROOT },
    );
    const lines = stdout.trim().split('\n');
    const result = JSON.parse(lines[lines.length - 1] ?? '') as Record<string, number>;
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
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', SCRIPT, '--duration', '0'], { cwd: ROOT }),
      (error: { code?: number; stderr?: string }) =>
        error.code === 2 && /usage: npm run bench:load/.test(error.stderr ?? ''),
    );
  });
});
