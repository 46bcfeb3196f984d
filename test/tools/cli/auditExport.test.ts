import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { storedTexts, useWrittenLog } from '../../skills/audit/auditFixture';
import { runCli } from './runCli';

const seqs = (jsonl: string) =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { seq: number }).seq);

describe('npm run audit:export (tools/cli/auditExport.ts)', function () {
  this.timeout(30_000);
  const log = useWrittenLog(6, 'all'); // times 2026-01-01T09:00:00Z .. 09:00:05Z
  const exportLog = (...args: string[]) => runCli('auditExport.ts', args, { DATA_DIR: log.dir });

  it('writes every record to stdout as JSON Lines, the summary to stderr, exit 0', async () => {
    const run = await exportLog();
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      storedTexts(log.file)
        .map((text) => `${text}\n`)
        .join(''),
    );
    assert.equal(run.stderr, 'exported 6 audit records (last seq 6)\n');
  });

  it('writes to --out, only records after --since <seq>', async () => {
    const out = path.join(log.dir, 'siem.jsonl');
    const run = await exportLog('--out', out, '--since', '4');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.deepEqual(seqs(fs.readFileSync(out, 'utf8')), [5, 6]);
  });

  it('accepts --since <ISO time>', async () => {
    const run = await exportLog('--since', '2026-01-01T09:00:03Z');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(seqs(run.stdout), [4, 5, 6]);
  });

  it('exits 2 on a bad --since', async () => {
    const run = await exportLog('--since', 'yesterday');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--since/);
  });

  it('exits 2 on an unknown flag', async () => {
    const run = await exportLog('--format', 'csv');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /usage/);
  });

  it('exits 2 when there is no log', async () => {
    const run = await exportLog('--file', path.join(log.dir, 'missing.sqlite'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no audit log at/);
  });
});
