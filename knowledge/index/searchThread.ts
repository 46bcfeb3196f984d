import { parentPort, workerData } from 'node:worker_threads';
import type { Passage } from './Passage';
import type { SearchOptions } from './SearchOptions';
import { SqliteIndex, type SqliteIndexOptions } from './SqliteIndex';

/** What a search thread is started with: the index file and how to rank (see `SqliteIndexOptions`). */
export interface SearchThreadData {
  readonly file: string;
  readonly weights?: readonly [number, number, number];
  readonly twoStepAboveRows?: number;
}

/** A search asked of a thread; `id` comes back with its answer. */
export interface SearchRequest {
  readonly id: number;
  readonly query: string;
  readonly options: SearchOptions;
}

/** A thread's answer to one `SearchRequest`: the passages, or the error the search threw (name, message, code). */
export type SearchReply =
  | { readonly id: number; readonly passages: Passage[] }
  | { readonly id: number; readonly error: { name: string; message: string; code?: string } };

/**
 * The body of a search thread (run by `ThreadedSearchIndex` as a worker): opens the index file read-only and
 * answers each `SearchRequest` with `SqliteIndex.searchSnapshot` (one read transaction, so a write committed by
 * the main connection meanwhile is seen whole or not at all). A failing search is answered with its error; the
 * thread goes on.
 */
function serve(): void {
  const port = parentPort;
  if (!port) throw new Error('searchThread must run as a worker thread');
  const data = workerData as SearchThreadData;
  const options: SqliteIndexOptions = {
    file: data.file,
    readonly: true,
    ...(data.weights ? { weights: data.weights } : {}),
    ...(data.twoStepAboveRows === undefined ? {} : { twoStepAboveRows: data.twoStepAboveRows }),
  };
  const index = new SqliteIndex(options);
  port.on('message', (request: SearchRequest) => {
    let reply: SearchReply;
    try {
      reply = { id: request.id, passages: index.searchSnapshot(request.query, request.options) };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      const code = (e as Error & { code?: unknown }).code;
      reply = {
        id: request.id,
        error: { name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) },
      };
    }
    port.postMessage(reply);
  });
}

serve();
