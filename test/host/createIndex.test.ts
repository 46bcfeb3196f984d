import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compose } from '../../host/compose';
import { loadConfig } from '../../host/config/loadConfig';
import { createIndex } from '../../host/createIndex';
import { silentLogger } from '../../host/log/createLogger';
import { SqliteIndex } from '../../knowledge/index/SqliteIndex';
import { ThreadedSearchIndex } from '../../knowledge/index/ThreadedSearchIndex';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import type { IndexedDocument } from '../../knowledge/index/IndexedDocument';

const SAMPLE = path.join(__dirname, '../../knowledge/sample');

const doc: IndexedDocument = {
  docId: 'handbook.md',
  title: 'Handbook',
  url: '',
  access: ['everyone'],
  brand: 'group',
  language: 'en',
  modified: '2026-01-01T00:00:00.000Z',
  contentHash: 'hash-handbook',
  chunks: [
    { chunkId: 'c0-handbook', docId: 'handbook.md', ordinal: 0, heading: '', text: 'Parking permits' },
  ],
};

describe('createIndex: the configured index alone (what the ingest CLI writes to)', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'create-index-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('opens the embedded index in a new DATA_DIR and opens nothing else there', async () => {
    const dataDir = path.join(root, 'data');
    const config = loadConfig({ DATA_DIR: dataDir }, { cwd: root });
    const index = createIndex(config);
    await index.upsert(doc);
    await index.close();
    assert.deepEqual(
      fs.readdirSync(dataDir).filter((name) => !name.includes('-')),
      ['index.sqlite'],
    );
  });

  it('searches on INDEX_SEARCH_THREADS worker threads, or on the calling thread with 0', async () => {
    for (const threads of ['0', '2']) {
      const config = loadConfig(
        { DATA_DIR: path.join(root, `data-${threads}`), INDEX_SEARCH_THREADS: threads },
        { cwd: root },
      );
      const index = createIndex(config);
      try {
        assert.equal(index instanceof ThreadedSearchIndex, threads !== '0');
        assert.equal(index instanceof SqliteIndex, threads === '0');
        await index.upsert(doc);
        const hits = await index.search('parking permits', { principals: ['everyone'], top: 3 });
        assert.deepEqual(
          hits.map((hit) => hit.docId),
          ['handbook.md'],
        );
      } finally {
        await index.close();
      }
    }
  });

  it('is the index the composition root serves: what it wrote, the bot finds', async () => {
    const config = loadConfig(
      { DATA_DIR: path.join(root, 'data'), DIRECTORY_FILE: path.join(SAMPLE, 'directory.yaml') },
      { cwd: root },
    );
    const index = createIndex(config);
    await index.upsert(doc);
    await index.close();
    const services = compose(config, { log: silentLogger, profile: defaultOrganisationProfile });
    try {
      const hits = await services.index.search('parking permits', { principals: ['everyone'], top: 3 });
      assert.deepEqual(
        hits.map((hit) => hit.docId),
        ['handbook.md'],
      );
    } finally {
      await services.close();
    }
  });
});
