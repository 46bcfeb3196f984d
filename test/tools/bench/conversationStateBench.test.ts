import assert from 'node:assert/strict';
import { assertUsageExit, lastJsonLine, runBench } from './runBench';

const bench = (...args: string[]) => runBench('conversationState.ts', args);

describe('bench:state (the CLI, end to end with a few conversations)', function () {
  this.timeout(120_000);

  it('drives both storages through the real bot and prints their figures, one JSON line last', async () => {
    const { stdout } = await bench('--conversations', '40', '--json');
    const figures = lastJsonLine<Record<string, unknown>>(stdout);
    assert.deepEqual(Object.keys(figures), [
      'conversations',
      'memoryHeapMb',
      'memoryRssMb',
      'sqliteHeapMb',
      'sqliteRssMb',
    ]);
    assert.equal(figures.conversations, 40);
    for (const value of Object.values(figures)) assert.equal(typeof value, 'number');
    assert.match(stdout, /MemoryStorage {8}heap [+-]/);
    assert.match(stdout, /ConversationStorage {2}heap [+-]/);
  });

  for (const bad of ['0', 'many']) {
    it(`exits 2 with a usage line for --conversations ${bad}`, async () => {
      await assertUsageExit(
        bench('--conversations', bad),
        /usage: npm run bench:state -- \[--conversations N>=1\] \[--json\]/,
      );
    });
  }
});
