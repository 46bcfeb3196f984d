import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IngestRunLog, ingestRun } from '../../../knowledge/ingest/IngestRunLog';
import { emptySummary } from '../../../knowledge/ingest/runIngest';

describe('IngestRunLog', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-runs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (minute: number, failed = 0) =>
    ingestRun(
      {
        ...emptySummary(),
        added: minute,
        chunks: 2 * minute,
        failed: Array.from({ length: failed }, (_, i) => ({ docId: `bad-${i}.pdf`, error: 'not a PDF' })),
        noAccess: ['secret.md'],
      },
      '/corpus',
      1.26,
      new Date(Date.UTC(2026, 0, 5, 9, minute)),
    );

  it('has no runs before the first', async () => {
    assert.deepEqual(await new IngestRunLog(path.join(dir, 'none', 'runs.jsonl')).latest(), []);
  });

  it('returns the runs appended, newest first, with their counts and failures', async () => {
    const log = new IngestRunLog(path.join(dir, 'runs.jsonl'));
    await log.append(run(1));
    await log.append(run(2, 2));
    const [latest, first] = await log.latest();
    assert.equal(latest?.finishedAt, '2026-01-05T09:02:00.000Z');
    assert.deepEqual(latest?.failed, [
      { docId: 'bad-0.pdf', error: 'not a PDF' },
      { docId: 'bad-1.pdf', error: 'not a PDF' },
    ]);
    assert.deepEqual([latest?.failedCount, latest?.noAccessCount, latest?.seconds], [2, 1, 1.3]);
    assert.equal(first?.added, 1);
    assert.equal((await log.latest(1)).length, 1);
  });

  it('skips a torn line (and appends after it) and keeps at most 50 failures per run', async () => {
    const log = new IngestRunLog(path.join(dir, 'runs.jsonl'));
    await log.append(run(1, 60));
    fs.appendFileSync(log.file, '{"finishedAt":"2026-01-05T09:');
    const [only] = await log.latest();
    assert.equal(only?.failedCount, 60);
    assert.equal(only?.failed.length, 50);
    await log.append(run(3));
    assert.deepEqual(
      (await log.latest()).map((r) => r.added),
      [3, 1],
    );
  });
});
