import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as LoadConfig from '../../../host/config/loadConfig';
import type * as CreateIndex from '../../../host/createIndex';
import type * as Directory from '../../../knowledge/identity/LocalDirectory';
import { quantile } from '../beirMetrics';
import type { Question } from './benchActivity';
import { builtModule } from './builtModule';

/** Timings of the raw index search, in milliseconds. */
export interface SearchFigures {
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Searches timed. */
  readonly count: number;
}

/**
 * Mean, p50, p95 and p99 of the raw index search (`KnowledgeIndex.search` with `top`, each question with its
 * asker's principals from the sample directory under `root`) over the index in `dataDir`: one untimed pass,
 * then timed passes until at least 1 s or 2,000 searches. The index is closed afterwards. It runs the production
 * build's code (`dist/`, see `builtModule`), as the compiled server the turns are measured on does.
 */
export async function measureSearch(
  root: string,
  dataDir: string,
  questions: readonly Question[],
  top: number,
): Promise<SearchFigures> {
  const { loadConfig } = builtModule<typeof LoadConfig>(root, 'host/config/loadConfig');
  const { createIndex } = builtModule<typeof CreateIndex>(root, 'host/createIndex');
  const { LocalDirectory } = builtModule<typeof Directory>(root, 'knowledge/identity/LocalDirectory');
  const config = loadConfig(
    // The search itself, on this thread: a search thread's hand-over is part of the turn, not of the search.
    { DATA_DIR: dataDir, PLAYGROUND: 'off', INDEX_SEARCH_THREADS: '0' },
    { cwd: root, envFile: path.join(dataDir, 'no.env') },
  );
  const index = createIndex(config);
  const directory = LocalDirectory.fromFile(path.join(root, 'knowledge', 'sample', 'directory.yaml'));
  const asked = await Promise.all(
    questions.map(async (q) => ({ query: q.question, principals: await directory.principalsFor(q.user) })),
  );
  try {
    for (const q of asked) await index.search(q.query, { principals: q.principals, top });
    const times: number[] = [];
    const started = performance.now();
    while (performance.now() - started < 1000 && times.length < 2000) {
      for (const q of asked) {
        const t = performance.now();
        await index.search(q.query, { principals: q.principals, top });
        times.push(performance.now() - t);
      }
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    return {
      mean,
      p50: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      p99: quantile(times, 0.99),
      count: times.length,
    };
  } finally {
    await index.close();
  }
}
