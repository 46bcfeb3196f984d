import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentMeta } from './DocumentMeta';
import type { IndexedDocument } from './IndexedDocument';
import type { KnowledgeIndex } from './KnowledgeIndex';
import type { Passage } from './Passage';
import type { SearchOptions } from './SearchOptions';
import type { SearchReply, SearchRequest, SearchThreadData } from './searchThread';
import type { SqliteIndex } from './SqliteIndex';

/** A search thread fails at most this many times before searches stay on the calling thread for good. */
const MAX_FAILURES = 5;

interface PendingSearch {
  readonly query: string;
  readonly options: SearchOptions;
  readonly resolve: (passages: Passage[]) => void;
  readonly reject: (error: Error) => void;
}

interface SearchThread {
  readonly worker: Worker;
  readonly pending: Map<number, PendingSearch>;
}

/**
 * The embedded index with its searches run on worker threads, so a search (milliseconds on a large index)
 * never holds up the event loop that serves every other conversation. `writer` (a `SqliteIndex` over `data.file`)
 * keeps every write and every other read; each of `threads` worker threads opens the same file read-only and
 * searches it in one read transaction (`searchThread`). SQLite's WAL lets them read while the writer writes, and a
 * search that starts after an `upsert` or `delete` resolved sees it.
 *
 * Contract: `search` gives what `writer.search` would (same code, same file). A search goes to the thread with
 * the fewest searches waiting. When a thread dies, its waiting searches are run on the calling thread instead
 * (searching is read-only, so running one again is safe) and a new thread is started at the next search; after
 * `MAX_FAILURES` deaths, or when a request cannot be sent, searches run on the calling thread. `onThreadError`
 * hears why. Threads start with the first search (the server's start-up example check is one) and don't keep
 * the process alive while no search waits. `close()` ends the threads (waiting
 * searches finish on the calling thread) and then closes `writer`.
 */
export class ThreadedSearchIndex implements KnowledgeIndex {
  private readonly slots: (SearchThread | undefined)[];
  private nextId = 1;
  private failures = 0;
  private closing = false;

  constructor(
    private readonly writer: SqliteIndex,
    private readonly data: SearchThreadData,
    threads: number,
    private readonly onThreadError: (error: unknown) => void = () => {},
    /** Starts one search thread (tests replace it with threads that misbehave). */
    private readonly spawn: (data: SearchThreadData) => Worker = spawnSearchThread,
  ) {
    if (!Number.isInteger(threads) || threads < 1)
      throw new RangeError('ThreadedSearchIndex: threads must be an integer >= 1');
    // Started by the first search (`pick`): a caller that only writes (the ingest CLI) starts none.
    this.slots = Array.from({ length: threads }, () => undefined);
  }

  search(query: string, options: SearchOptions): Promise<Passage[]> {
    const thread = this.pick();
    if (!thread) return this.writer.search(query, options);
    const id = this.nextId++;
    return new Promise<Passage[]>((resolve, reject) => {
      try {
        thread.worker.postMessage({ id, query, options } satisfies SearchRequest);
      } catch (error) {
        // Options that cannot be copied to a thread (not plain data): searched here.
        this.onThreadError(error);
        this.writer.search(query, options).then(resolve, reject);
        return;
      }
      thread.pending.set(id, { query, options, resolve, reject });
      if (thread.pending.size === 1) thread.worker.ref();
    });
  }

  upsert(doc: IndexedDocument): Promise<void> {
    return this.writer.upsert(doc);
  }

  delete(docId: string): Promise<void> {
    return this.writer.delete(docId);
  }

  getDocument(docId: string): Promise<(DocumentMeta & { contentHash: string }) | undefined> {
    return this.writer.getDocument(docId);
  }

  getChunks(docId: string): Promise<{ chunkId: string; heading: string; text: string }[]> {
    return this.writer.getChunks(docId);
  }

  listHashes(): Promise<Map<string, string>> {
    return this.writer.listHashes();
  }

  async close(): Promise<void> {
    this.closing = true;
    const running = this.slots.filter((slot): slot is SearchThread => slot !== undefined);
    this.slots.fill(undefined);
    await Promise.all(running.map((thread) => thread.worker.terminate()));
    // Searches still waiting on a thread were handed to the writer on its exit; let them finish first.
    await new Promise((resolve) => setImmediate(resolve));
    await this.writer.close();
  }

  /** The live thread with the fewest waiting searches (restarting dead ones), or undefined: search here. */
  private pick(): SearchThread | undefined {
    if (this.closing) return undefined;
    let best: SearchThread | undefined;
    for (let i = 0; i < this.slots.length; i++) {
      let thread = this.slots[i];
      if (!thread && this.failures < MAX_FAILURES) thread = this.slots[i] = this.start(i);
      if (thread && (!best || thread.pending.size < best.pending.size)) best = thread;
    }
    return best;
  }

  private start(slot: number): SearchThread | undefined {
    let worker: Worker;
    try {
      worker = this.spawn(this.data);
    } catch (error) {
      this.failures += 1;
      this.onThreadError(error);
      return undefined;
    }
    worker.unref();
    const thread: SearchThread = { worker, pending: new Map() };
    worker.on('message', (reply: SearchReply) => {
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      thread.pending.delete(reply.id);
      if (thread.pending.size === 0) worker.unref();
      if ('passages' in reply) waiting.resolve(reply.passages);
      else waiting.reject(Object.assign(new Error(reply.error.message), reply.error));
    });
    let reported = false;
    worker.on('error', (error) => {
      reported = true;
      this.onThreadError(error);
    });
    worker.on('exit', (code) => {
      // Every stop but `close()`'s is a failure, whether or not the thread threw (it may have been killed).
      if (!this.closing) {
        this.failures += 1;
        if (!reported) this.onThreadError(new Error(`index search thread stopped (exit code ${code})`));
      }
      if (this.slots[slot] === thread) this.slots[slot] = undefined;
      for (const waiting of thread.pending.values())
        this.writer.search(waiting.query, waiting.options).then(waiting.resolve, waiting.reject);
      thread.pending.clear();
    });
    return thread;
  }
}

/**
 * A worker thread running `searchThread` with `data`: the compiled module next to this one, or under a
 * TypeScript loader (tests, `npm start`) the `.ts` source through `tsx`.
 */
function spawnSearchThread(data: SearchThreadData): Worker {
  const extension = path.extname(__filename);
  const entry = path.join(__dirname, `searchThread${extension}`);
  if (extension !== '.ts') return new Worker(entry, { workerData: data });
  const source = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`;
  return new Worker(source, { eval: true, workerData: data });
}
