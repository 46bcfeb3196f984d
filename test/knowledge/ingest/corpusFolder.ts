import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';

/** A test's folder of documents (`corpus`) and an empty SQLite index beside it. */
export interface CorpusFolder {
  readonly corpus: string;
  readonly index: SqliteIndex;
  /** Writes `text` to `name` (a path under `corpus`), making its folders. */
  write(name: string, text: string): void;
}

/**
 * Call inside a `describe`, before its own `beforeEach`: before each test, a fresh temporary folder
 * (`tmpPrefix…`) with `corpus/` and the index; after each, the index is closed and the folder removed.
 */
export function useCorpusFolder(tmpPrefix: string): CorpusFolder {
  let root = '';
  let index: SqliteIndex | undefined;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
    index = new SqliteIndex({ file: path.join(root, 'index.sqlite') });
  });
  afterEach(async () => {
    await index?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });
  return {
    get corpus() {
      return path.join(root, 'corpus');
    },
    get index() {
      if (!index) throw new Error('the index is opened before each test');
      return index;
    },
    write(name, text) {
      const file = path.join(root, 'corpus', name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    },
  };
}
