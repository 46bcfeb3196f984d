import path from 'node:path';
import type { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { useTempIndex } from '../../support/useTempIndex';
import { writeFileIn } from '../../support/writeFileIn';

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
  const temp = useTempIndex(tmpPrefix);
  return {
    get corpus() {
      return path.join(temp.dir, 'corpus');
    },
    get index() {
      return temp.index;
    },
    write(name, text) {
      writeFileIn(path.join(temp.dir, 'corpus'), name, text);
    },
  };
}
