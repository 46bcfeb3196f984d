import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { knowledgeIndexContract } from './KnowledgeIndex.contract';

knowledgeIndexContract('SqliteIndex', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-contract-'));
  return {
    index: new SqliteIndex({ file: path.join(dir, 'index.sqlite') }),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
});
