import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IngestRunLog } from '../../../knowledge/ingest/IngestRunLog';
import { runCli } from './runCli';

describe('npm run ingest records its run for the admin console', function () {
  this.timeout(60_000);
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-runs-cli-'));
    const corpus = path.join(root, 'corpus');
    fs.mkdirSync(corpus);
    fs.writeFileSync(
      path.join(corpus, 'open.md'),
      '---\naccess: [everyone]\n---\n# Open\n\nEveryone may read this.\n',
    );
    fs.writeFileSync(path.join(corpus, 'closed.md'), '# Closed\n\nNo access list here.\n');
    fs.writeFileSync(path.join(corpus, 'broken.pdf'), 'not a pdf');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('appends the counts, failures and documents without access list to DATA_DIR/ingest-runs.jsonl', async () => {
    const dataDir = path.join(root, 'data');
    const run = await runCli('ingest.ts', ['--source', path.join(root, 'corpus')], { DATA_DIR: dataDir });
    assert.equal(run.code, 1, run.stderr);
    const [latest] = await new IngestRunLog(path.join(dataDir, 'ingest-runs.jsonl')).latest();
    assert.deepEqual(
      [latest?.source, latest?.added, latest?.failedCount, latest?.noAccessCount],
      [path.join(root, 'corpus'), 2, 1, 1],
    );
    assert.equal(latest?.failed[0]?.docId, 'broken.pdf');
  });
});
