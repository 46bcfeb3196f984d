import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { ThreadedSearchIndex } from '../../../knowledge/index/ThreadedSearchIndex';
import { knowledgeIndexContract } from './KnowledgeIndex.contract';

// The whole index contract with every search answered by a worker thread reading the file the writer writes.
knowledgeIndexContract('ThreadedSearchIndex (two search threads)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threaded-contract-'));
  const file = path.join(dir, 'index.sqlite');
  const errors: unknown[] = [];
  const index = new ThreadedSearchIndex(new SqliteIndex({ file }), { file }, 2, (error) =>
    errors.push(error),
  );
  return {
    index,
    cleanup: async () => {
      await index.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`search thread failed: ${String(errors[0])}`);
    },
  };
});
