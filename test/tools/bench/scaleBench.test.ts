import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertUsageExit, lastJsonLine, runBench } from './runBench';

describe('bench:scale (the CLI, end to end on a small BEIR folder)', function () {
  // The whole-turn figures build the production bundle and start the compiled server.
  this.timeout(180000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
    const docs = Array.from({ length: 12 }, (_, i) => ({
      _id: `d${i}`,
      title: `Study ${i}`,
      text: `Gearbox wear ${i} grows with torque and oil temperature in trial ${i}.`,
    }));
    fs.writeFileSync(path.join(dir, 'corpus.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'));
    fs.writeFileSync(
      path.join(dir, 'queries.jsonl'),
      [
        { _id: 'q1', text: 'gearbox wear and torque' },
        { _id: 'q2', text: 'oil temperature trial' },
      ]
        .map((q) => JSON.stringify(q))
        .join('\n'),
    );
    fs.mkdirSync(path.join(dir, 'qrels'));
    fs.writeFileSync(
      path.join(dir, 'qrels', 'test.tsv'),
      'query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds copies with distinct ids and prints its figures, the JSON object last', async () => {
    const { stdout } = await runBench('scale.ts', [dir, '--copies', '3', '--json']);
    const result = lastJsonLine<Record<string, number>>(stdout);
    assert.deepEqual(Object.keys(result), [
      'chunks',
      'p50EveryoneMs',
      'p95EveryoneMs',
      'p50Groups250Ms',
      'p95Groups250Ms',
      'buildS',
      'rssMb',
    ]);
    assert.equal(result.chunks, 36);
    for (const value of Object.values(result)) assert.ok(Number.isFinite(value) && value >= 0);
    assert.match(stdout, /3 copies of 12 documents: 36 documents, 36 chunks/);
    assert.match(stdout, /queries with no hit: 0/);
    assert.match(
      stdout,
      /^turns \(HTTP\) +everyone p50 [\d.]+ ms, p95 [\d.]+ ms; 250 groups p50 [\d.]+ ms, p95 [\d.]+ ms \(2 knowledge turns each, .*failed: 0\)$/m,
    );
  });

  it('refuses a bad copy count with its usage', async () => {
    await assertUsageExit(runBench('scale.ts', [dir, '--copies', '0']), /usage: npm run bench:scale/);
  });
});
