import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../knowledge/index/SqliteIndex';
import { loadBeir, type BeirDataset } from './loadBeir';

/** What a BEIR benchmark works on: the dataset, a fresh embedded index and the index's file. */
export interface BeirBench {
  readonly data: BeirDataset;
  readonly index: SqliteIndex;
  readonly file: string;
}

/**
 * A BEIR benchmark's command line: the BEIR folder (the first argument that is neither a flag nor `flag`'s
 * value) and `flag`'s whole number (`fallback` when absent). Prints `usage` and exits with code 2 when the folder
 * is missing or the number is not a whole number of at least `min`.
 */
export function beirArgs(
  argv: readonly string[],
  flag: string,
  fallback: number,
  min: number,
  usage: string,
): { folder: string; value: number } {
  const folder = argv.find((arg, i) => !arg.startsWith('--') && argv[i - 1] !== flag);
  const at = argv.indexOf(flag);
  const value = at >= 0 ? Number(argv[at + 1]) : fallback;
  if (!folder || !Number.isInteger(value) || value < min) {
    console.error(usage);
    process.exit(2);
  }
  return { folder, value };
}

/**
 * Runs `work` on the BEIR dataset in `folder` (`loadBeir`) and a fresh embedded index in a new temporary folder
 * (`<tmp>/bench-<name>-*`), then closes the index and removes the folder, whether `work` succeeded or not.
 */
export async function withBeirIndex(
  folder: string,
  name: string,
  work: (bench: BeirBench) => Promise<void> | void,
): Promise<void> {
  const data = loadBeir(folder);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  const file = path.join(dir, 'index.sqlite');
  const index = new SqliteIndex({ file });
  try {
    await work({ data, index, file });
  } finally {
    void index.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
