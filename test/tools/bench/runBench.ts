import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * Runs the benchmark `tools/bench/<script>` with tsx from the repository root. Resolves with its output; rejects
 * with the child's `code` and `stderr` when it exits non-zero.
 */
export function runBench(
  script: string,
  args: readonly string[],
): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join('tools/bench', script), ...args],
    {
      cwd: ROOT,
    },
  );
}

/** The object a benchmark run with `--json` prints on its last line. */
export function lastJsonLine<T = Record<string, number>>(stdout: string): T {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? '') as T;
}

/** Asserts that the benchmark `run` exits 2 with `usage` on stderr (a bad command line gets its usage). */
export async function assertUsageExit(run: Promise<unknown>, usage: RegExp): Promise<void> {
  await assert.rejects(run, (error: { code?: number; stderr?: string }) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr ?? '', usage);
    return true;
  });
}
