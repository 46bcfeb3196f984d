import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { ThreadedSearchIndex } from '../../../knowledge/index/ThreadedSearchIndex';

const COMMON = ['system', 'vehicle', 'check', 'value', 'process', 'report'];
const RARE = ['caliper', 'torque', 'firmware', 'coolant', 'gasket', 'sensor'];

function document(n: number, access: string[], extra: string[] = []): IndexedDocument {
  const words = Array.from({ length: 12 + (n % 5) }, (_, j) => COMMON[(n + j * 5) % COMMON.length] as string);
  if (n % 5 === 0) words.push(RARE[n % RARE.length] as string);
  const docId = `d${n}.md`;
  return {
    docId,
    title: 'Guide',
    url: '',
    access,
    brand: 'brand-a',
    language: 'en',
    modified: '2026-01-01T00:00:00Z',
    contentHash: `${docId}-${access.join()}-${extra.join()}`,
    chunks: [{ chunkId: `${docId}#0`, docId, ordinal: 0, heading: '', text: [...words, ...extra].join(' ') }],
  };
}

// The two-step search keeps per-connection caches (term row counts, chunk access); a search thread's connection
// must drop them when the writer's connection changes the file.
describe('ThreadedSearchIndex: the two-step search on a thread follows the writer', () => {
  let dir: string;
  let writer: SqliteIndex;
  let threaded: ThreadedSearchIndex;
  const errors: unknown[] = [];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threaded-two-step-'));
    const file = path.join(dir, 'index.sqlite');
    writer = new SqliteIndex({ file, twoStepAboveRows: Number.POSITIVE_INFINITY });
    writer.transaction(() => {
      for (let n = 0; n < 200; n++) writer.upsertSync(document(n, n % 3 === 0 ? ['everyone'] : ['group:g1']));
    });
    threaded = new ThreadedSearchIndex(writer, { file, twoStepAboveRows: 0 }, 1, (error) =>
      errors.push(error),
    );
  });
  after(async () => {
    await threaded.close();
    fs.rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(errors, []);
  });

  const ids = (hits: { chunkId: string }[]) => hits.map((hit) => hit.chunkId);

  it('ranks as the one-step search of the writer, then sees new documents and new permissions', async () => {
    const everyone = { principals: ['everyone'], top: 5 };
    for (const rare of RARE) {
      const query = `${rare} system check`;
      assert.deepEqual(
        ids(await threaded.search(query, everyone)),
        ids(writer.searchSync(query, everyone)),
        query,
      );
    }
    // Warm the thread's caches, then change the file through the writer.
    const before = await threaded.search('caliper system', everyone);
    assert.ok(before.length > 0);
    await threaded.upsert(document(1000, ['everyone'], ['caliper', 'caliper', 'caliper']));
    const [first] = before;
    assert.ok(first);
    const revoked = Number(/^d(\d+)\.md/.exec(first.docId)?.[1]);
    await threaded.upsert(document(revoked, ['group:g1']));
    const after = await threaded.search('caliper system', everyone);
    assert.deepEqual(ids(after), ids(writer.searchSync('caliper system', everyone)));
    assert.equal(after[0]?.docId, 'd1000.md', 'the new document comes first');
    assert.ok(!after.some((hit) => hit.docId === first.docId), 'the re-permissioned document is gone');
  });
});
