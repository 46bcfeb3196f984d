/**
 * Retrieval benchmark: `npm run bench:retrieval -- <beir-folder> [--chunk-chars N]`.
 * Indexes a BEIR corpus into a fresh embedded index file (the engine's own chunker and SQLite FTS5 BM25),
 * runs every test query through `SqliteIndex.search` (with `--feedback`: through `searchWithFeedback`,
 * pseudo-relevance feedback) and prints nDCG@10, Recall@100, build time and
 * query latency percentiles. A document's rank is that of its best passage.
 */
import { performance } from 'node:perf_hooks';
import { EVERYONE } from '../../knowledge/access/Principal';
import { searchWithFeedback } from '../../knowledge/retrieve/searchWithFeedback';
import { beirIndexedDocument } from './beirIndexedDocument';
import { beirArgs, withBeirIndex } from './withBeirIndex';
import { ndcgAtK, quantile, recallAtK } from './beirMetrics';

const USAGE = 'usage: npm run bench:retrieval -- <beir-folder> [--chunk-chars N>=200] [--feedback]';

async function main(argv: string[]): Promise<void> {
  const { folder, value: maxChars } = beirArgs(argv, '--chunk-chars', 4000, 200, USAGE);
  await withBeirIndex(folder, 'retrieval', async ({ data, index }) => {
    const buildStart = performance.now();
    index.transaction(() => {
      for (const doc of data.corpus) index.upsertSync(beirIndexedDocument(doc.id, doc, [EVERYONE], maxChars));
    });
    const buildSeconds = (performance.now() - buildStart) / 1000;
    const stats = index.stats();
    const run = new Map<string, string[]>();
    const latencies: number[] = [];
    const feedback = argv.includes('--feedback');
    for (const query of data.queries) {
      const started = performance.now();
      const passages = feedback
        ? await searchWithFeedback(index, query.text, { principals: [EVERYONE], top: 300 })
        : index.searchSync(query.text, { principals: [EVERYONE], top: 300 });
      latencies.push(performance.now() - started);
      const ranked: string[] = [];
      for (const passage of passages) if (!ranked.includes(passage.docId)) ranked.push(passage.docId);
      run.set(query.id, ranked.slice(0, 100));
    }
    const fmt = (n: number, digits = 4): string => n.toFixed(digits);
    console.log(
      `corpus           ${data.corpus.length} documents, ${stats.chunks} chunks (chunk size ${maxChars} chars)`,
    );
    console.log(`queries          ${data.queries.length} (qrels: ${data.qrels.size})`);
    console.log(`nDCG@10          ${fmt(ndcgAtK(data.qrels, run, 10))}`);
    console.log(`Recall@100       ${fmt(recallAtK(data.qrels, run, 100))}`);
    console.log(`index build      ${fmt(buildSeconds, 2)} s`);
    console.log(
      `query latency    p50 ${fmt(quantile(latencies, 0.5), 2)} ms, p95 ${fmt(quantile(latencies, 0.95), 2)} ms`,
    );
    console.log('baseline         Lucene BM25 (BEIR paper): nDCG@10 0.679, Recall@100 0.925');
  });
}

void main(process.argv.slice(2));
