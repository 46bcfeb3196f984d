import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../knowledge/index/SqliteIndex';

/** The current test's temporary folder and the SqliteIndex over `index.sqlite` in it. */
export interface TempIndex {
  readonly dir: string;
  readonly index: SqliteIndex;
  /** Closes the index (when still open) and opens a new one over the same file, as after a restart. */
  reopen(): Promise<void>;
}

/**
 * Call inside a `describe`: before each test a fresh temporary folder named from `prefix` with a SqliteIndex
 * in it; after each, the index closed and the folder removed. Reading it outside a test or hook throws.
 */
export function useTempIndex(prefix: string): TempIndex {
  let current: { readonly dir: string; index: SqliteIndex } | undefined;
  const open = (dir: string) => new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
  beforeEach(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    current = { dir, index: open(dir) };
  });
  afterEach(async () => {
    if (!current) return;
    await current.index.close();
    fs.rmSync(current.dir, { recursive: true, force: true });
    current = undefined;
  });
  const now = () => {
    if (!current) throw new Error('useTempIndex: read it inside a test or hook');
    return current;
  };
  return {
    get dir() {
      return now().dir;
    },
    get index() {
      return now().index;
    },
    async reopen() {
      const temp = now();
      await temp.index.close();
      temp.index = open(temp.dir);
    },
  };
}
