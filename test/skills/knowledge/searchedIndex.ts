import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import type { DocumentSource } from '../../../knowledge/sources/DocumentSource';
import { suiteResource } from '../../support/suiteResource';

/** A suite's index and every query it was searched with (the suite clears `searched` as it needs). */
export interface SearchedIndex {
  /** The index itself. */
  readonly index: SqliteIndex;
  /** The index with each `search` query recorded in `searched`. */
  readonly recording: SqliteIndex;
  readonly searched: string[];
}

/**
 * Call inside a `describe`: before the suite, ingests `source(dir)` into a SQLite index in a fresh temporary
 * folder (`tmpPrefix…`); after it, closes the index and removes the folder. `index` is valid inside tests.
 */
export function useSearchedIndex(tmpPrefix: string, source: (dir: string) => DocumentSource): SearchedIndex {
  const searched: string[] = [];
  const opened = suiteResource(
    'the index',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
      const index = new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
      await runIngest({ source: source(dir), index });
      return { dir, index };
    },
    async ({ dir, index }) => {
      await index.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );
  return {
    get index() {
      return opened().index;
    },
    get recording() {
      const real = opened().index;
      return {
        ...real,
        search: (query: string, options: Parameters<SqliteIndex['search']>[1]) => {
          searched.push(query);
          return real.search(query, options);
        },
      } as unknown as SqliteIndex;
    },
    searched,
  };
}
