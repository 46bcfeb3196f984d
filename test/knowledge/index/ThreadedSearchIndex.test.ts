import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Passage } from '../../../knowledge/index/Passage';
import type { SearchOptions } from '../../../knowledge/index/SearchOptions';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { ThreadedSearchIndex } from '../../../knowledge/index/ThreadedSearchIndex';
import { indexedDocument } from './indexedDocument';

/** A SqliteIndex that counts the searches it runs itself (a search thread's are not counted). */
class CountingIndex extends SqliteIndex {
  searches = 0;
  override search(query: string, options: SearchOptions): Promise<Passage[]> {
    this.searches += 1;
    return super.search(query, options);
  }
}

const TOPICS = ['brake fade', 'battery cooling', 'paint colour', 'door seal', 'torque wrench', 'tyre wear'];

describe('ThreadedSearchIndex', () => {
  let dir: string;
  let file: string;
  let writer: CountingIndex;
  let errors: unknown[];
  let index: ThreadedSearchIndex | undefined;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threaded-search-'));
    file = path.join(dir, 'index.sqlite');
    writer = new CountingIndex({ file });
    errors = [];
    for (let i = 0; i < 30; i++) {
      const topic = TOPICS[i % TOPICS.length] as string;
      await writer.upsert(
        indexedDocument(`doc-${i}.md`, i % 3 === 0 ? ['group-a'] : ['everyone'], [
          `The ${topic} procedure ${i} has ${i + 2} steps.`,
          `Notes on ${TOPICS[(i + 1) % TOPICS.length]} for release ${i}.`,
        ]),
      );
    }
  });

  afterEach(async () => {
    await index?.close();
    index = undefined;
    await writer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const open = (threads: number, data = { file }): ThreadedSearchIndex =>
    (index = new ThreadedSearchIndex(writer, data, threads, (error) => errors.push(error)));

  it('answers searches on its threads exactly as the index itself would, many at once', async () => {
    const threaded = open(2);
    const asks = TOPICS.flatMap((topic) =>
      [['everyone'], ['everyone', 'group-a'], ['group-a']].map((principals) => ({
        query: topic,
        options: { principals, top: 5 },
      })),
    );
    const answers = await Promise.all(
      [...asks, ...asks, ...asks].map(({ query, options }) => threaded.search(query, options)),
    );
    const expected = [...asks, ...asks, ...asks].map(({ query, options }) =>
      writer.searchSync(query, options),
    );
    assert.deepEqual(answers, expected);
    assert.ok(answers.some((passages) => passages.length > 0));
    assert.equal(writer.searches, 0, 'every search ran on a thread');
    assert.deepEqual(errors, []);
  });

  it('sees a document as soon as its upsert resolves, and stops seeing it once deleted', async () => {
    const threaded = open(1);
    const options = { principals: ['everyone'] };
    assert.deepEqual(await threaded.search('zeppelin mooring', options), []);
    await threaded.upsert(indexedDocument('new.md', ['everyone'], ['Zeppelin mooring masts are tall.']));
    assert.deepEqual(
      (await threaded.search('zeppelin mooring', options)).map((p) => p.docId),
      ['new.md'],
    );
    await threaded.delete('new.md');
    assert.deepEqual(await threaded.search('zeppelin mooring', options), []);
    assert.equal(writer.searches, 0);
  });

  it('rejects a search that fails with its error and goes on serving on the same thread', async () => {
    const threaded = open(1);
    const bad = { principals: ['everyone'], top: 'many' } as unknown as SearchOptions;
    await assert.rejects(threaded.search('brake fade', bad), (error: Error & { code?: string }) => {
      assert.match(error.message, /datatype mismatch/);
      assert.equal(error.code, 'SQLITE_MISMATCH');
      return true;
    });
    assert.ok((await threaded.search('brake fade', { principals: ['everyone'] })).length > 0);
    assert.equal(writer.searches, 0);
    assert.deepEqual(errors, []);
  });

  it('searches on the calling thread when its threads cannot start, and stops restarting them', async () => {
    const threaded = open(1, { file: path.join(dir, 'missing', 'index.sqlite') });
    const options = { principals: ['everyone'], top: 3 };
    for (let i = 0; i < 20; i++)
      assert.deepEqual(
        await threaded.search('battery cooling', options),
        writer.searchSync('battery cooling', options),
      );
    assert.ok(writer.searches > 0, 'searches were answered by the writer');
    assert.ok(errors.length >= 1 && errors.length <= 5, `thread failures reported: ${errors.length}`);
    assert.match(String(errors[0]), /unable to open|does not exist|SQLITE_CANTOPEN|directory/i);
  });

  it('runs the searches of a thread that dies on the calling thread, reports it and starts a new thread', async () => {
    // Real worker threads that take one search and stop without answering it (as a thread killed mid-search).
    let spawned = 0;
    const dying = () => {
      spawned += 1;
      return new Worker("require('node:worker_threads').parentPort.once('message', () => process.exit(3));", {
        eval: true,
      });
    };
    const threaded = (index = new ThreadedSearchIndex(writer, { file }, 1, (e) => errors.push(e), dying));
    const options = { principals: ['everyone'], top: 3 };
    const first = await threaded.search('door seal', options);
    assert.deepEqual(first, writer.searchSync('door seal', options));
    assert.equal(writer.searches, 1, 'the lost search ran on the calling thread');
    assert.match(String(errors[0]), /index search thread stopped \(exit code 3\)/);
    await threaded.search('tyre wear', options);
    assert.equal(spawned, 2, 'a new thread took the next search');
    for (let i = 0; i < 10; i++) await threaded.search('tyre wear', options);
    assert.equal(spawned, 5, 'no new thread after five failures');
    assert.equal(errors.length, 5);
  });

  it('close() lets searches in flight finish, then closes the writer', async () => {
    const threaded = open(2);
    const options = { principals: ['everyone'], top: 4 };
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      threaded.search(TOPICS[i % TOPICS.length] as string, options),
    );
    await threaded.close();
    const answers = await Promise.all(inFlight);
    assert.ok(answers.every((passages) => passages.length > 0));
    await assert.rejects(threaded.search('brake fade', options), /not open/);
  });

  it('refuses a thread count below one', () => {
    assert.throws(() => new ThreadedSearchIndex(writer, { file }, 0), /threads must be an integer >= 1/);
  });
});
