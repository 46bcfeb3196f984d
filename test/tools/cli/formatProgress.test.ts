import assert from 'node:assert/strict';
import { formatProgress } from '../../../tools/cli/formatProgress';

describe('formatProgress', () => {
  const table: [string, Parameters<typeof formatProgress>[0], string][] = [
    [
      'with a known total: rate and ETA',
      { items: 500, bytes: 2_500_000, elapsedMs: 10_000, totalItems: 2000 },
      '[10s] 500/2,000 items, 2.5 MB, 50.0 items/s, 0.25 MB/s, ETA 30s',
    ],
    [
      'without a total: no ETA',
      { items: 1234, bytes: 12_000_000, elapsedMs: 60_000 },
      '[1m00s] 1,234 items, 12.0 MB, 20.6 items/s, 0.20 MB/s',
    ],
    [
      'long runs in hours',
      { items: 10, bytes: 0, elapsedMs: 3_600_000, totalItems: 20 },
      '[1h00m] 10/20 items, 0.0 MB, 0.0 items/s, 0.00 MB/s, ETA 1h00m',
    ],
    [
      'nothing done yet: no ETA',
      { items: 0, bytes: 0, elapsedMs: 500, totalItems: 20 },
      '[1s] 0/20 items, 0.0 MB, 0.0 items/s, 0.00 MB/s',
    ],
  ];
  for (const [name, input, expected] of table) it(name, () => assert.equal(formatProgress(input), expected));
});
